import type { ErrorCode } from '../../../src/core/shared/app-error.ts';

/** Codes the server sends, plus NETWORK when no answer came back. The UI switches on these, never on text. */
export type ApiErrorCode = ErrorCode | 'NETWORK';

/** Every failed API call becomes one of these, parsed in one place: `request` below. */
export class ApiError extends Error {
  readonly code: ApiErrorCode | (string & {});
  readonly status: number;
  readonly field: string | undefined;
  readonly details: unknown;

  constructor(init: { code: string; message: string; status: number; field?: string; details?: unknown }) {
    super(init.message);
    this.name = 'ApiError';
    this.code = init.code;
    this.status = init.status;
    this.field = init.field;
    this.details = init.details;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** The login form and the session probe handle 401 themselves instead of leaving the page. */
  skipAuthRedirect?: boolean;
}

// The CSRF token comes with the session; the cookie itself is HttpOnly and never read here.
const state: { csrfToken: string | null; onUnauthenticated: (() => void) | null } = {
  csrfToken: null,
  onUnauthenticated: null,
};

export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}

/** Called when a request answers 401 UNAUTHENTICATED: the app sends the user to the login page. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  state.onUnauthenticated = handler;
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

function readErrorBody(body: unknown): {
  code?: string;
  message?: string;
  field?: string;
  details?: unknown;
} {
  if (typeof body !== 'object' || body === null || !('error' in body)) return {};
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null ? (error as Record<string, never>) : {};
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = readErrorBody(body);
  return new ApiError({
    code: error.code ?? (response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL'),
    message: error.message ?? response.statusText,
    status: response.status,
    ...(error.field ? { field: error.field } : {}),
    details: error.details,
  });
}

async function request<T>(
  method: string,
  path: string,
  body: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const isForm = body instanceof FormData;
  if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
  if (method !== 'GET' && state.csrfToken) headers['x-csrf-token'] = state.csrfToken;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ code: 'NETWORK', message: 'The server did not answer', status: 0 });
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (error.code === 'UNAUTHENTICATED' && !options.skipAuthRedirect) state.onUnauthenticated?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const apiClient = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, body ?? {}, options),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PUT', path, body, options),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, body, options),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, undefined, options),
  /** multipart/form-data: the browser sets the boundary, so no content-type header is set here. */
  upload: <T>(path: string, form: FormData, options?: RequestOptions) =>
    request<T>('POST', path, form, options),
};
