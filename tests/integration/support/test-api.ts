import type { FastifyInstance } from 'fastify';
import type { SessionResponse } from '../../../src/contracts/auth.ts';
import type { ErrorResponse } from '../../../src/contracts/common.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiResponse<T> {
  status: number;
  /** The parsed JSON body, typed by the caller: check `status` before trusting the shape. */
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

export interface RawRequest {
  method: Method;
  url: string;
  headers?: Record<string, string>;
  /** A JSON body, or a ready payload (a multipart Buffer) whose content-type is in `headers`. */
  body?: unknown;
}

/** An in-process client of the app (Fastify `inject`) that sends one identity's credentials. */
export interface Api {
  get<T>(url: string): Promise<ApiResponse<T>>;
  post<T>(url: string, body?: unknown): Promise<ApiResponse<T>>;
  request<T>(request: RawRequest): Promise<ApiResponse<T>>;
}

/** A response body of the error shape, for assertions on failures. */
export type ErrorBody = ErrorResponse;

export interface Login {
  /** `sd_session=…`, ready for a Cookie header. */
  cookie: string;
  csrfToken: string;
  session: SessionResponse;
}

export const demoPassword = 'setterdesk';

export function createApi(app: FastifyInstance, credentials: Record<string, string> = {}): Api {
  const request = async <T>({ method, url, headers = {}, body }: RawRequest): Promise<ApiResponse<T>> => {
    const isJson = body !== undefined && !Buffer.isBuffer(body);
    const response = await app.inject({
      method,
      url,
      headers: { ...credentials, ...(isJson ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body === undefined ? {} : { payload: isJson ? JSON.stringify(body) : (body as Buffer) }),
    });
    const text = response.body;
    return {
      status: response.statusCode,
      // JSON bodies parsed; anything else (CSV, iCalendar) as its text.
      body: (text.length === 0
        ? undefined
        : String(response.headers['content-type'] ?? '').includes('json')
          ? JSON.parse(text)
          : text) as T,
      headers: response.headers,
    };
  };
  return {
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, body) => request({ method: 'POST', url, body: body ?? {} }),
  };
}

/** Signs in with the demo password (unless another is given) and returns the session credentials. */
export async function loginAs(app: FastifyInstance, email: string, password = demoPassword): Promise<Login> {
  const response = await createApi(app).post<SessionResponse>('/api/auth/login', { email, password });
  if (response.status !== 200) {
    throw new Error(`Login of ${email} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  const cookie = sessionCookie(response.headers['set-cookie']);
  if (!cookie) throw new Error(`Login of ${email} set no session cookie`);
  return { cookie, csrfToken: response.body.csrfToken, session: response.body };
}

/** The `name=value` part of the session cookie among Set-Cookie headers. */
export function sessionCookie(setCookie: string | string[] | number | undefined): string | undefined {
  const all = Array.isArray(setCookie) ? setCookie : typeof setCookie === 'string' ? [setCookie] : [];
  return all.map((c) => c.split(';')[0] ?? '').find((c) => c.startsWith('sd_session='));
}

export const cookieApi = (app: FastifyInstance, login: Login): Api =>
  createApi(app, { cookie: login.cookie, 'x-csrf-token': login.csrfToken });

export const bearerApi = (app: FastifyInstance, token: string): Api =>
  createApi(app, { authorization: `Bearer ${token}` });
