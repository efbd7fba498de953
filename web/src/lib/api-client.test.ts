import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiClient, setCsrfToken, setUnauthenticatedHandler } from './api-client.ts';

const respond = (status: number, body: unknown) =>
  vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { status }));

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  setUnauthenticatedHandler(null);
});

describe('apiClient', () => {
  it('sends the CSRF token on writes only, and cookies same-origin', async () => {
    const fetchMock = respond(200, { ok: true });
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-1');
    await apiClient.get('/lists', { query: { clientId: 3, empty: '' } });
    await apiClient.post('/leads/4/release');
    const [getUrl, getInit] = fetchMock.mock.calls[0] ?? [];
    const [, postInit] = fetchMock.mock.calls[1] ?? [];
    expect(getUrl).toBe('/api/lists?clientId=3');
    expect(getInit?.credentials).toBe('same-origin');
    expect(getInit?.headers).not.toHaveProperty('x-csrf-token');
    expect(postInit?.headers).toHaveProperty('x-csrf-token', 'token-1');
  });

  it('turns an error body into an ApiError with code, field and status', async () => {
    vi.stubGlobal(
      'fetch',
      respond(422, { error: { code: 'VALIDATION', message: 'Reason needed', field: 'reason' } }),
    );
    const error = await apiClient.post('/leads/1/attempts', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'reason', status: 422 });
  });

  it('reports 401 UNAUTHENTICATED to the app, except where the caller handles it', async () => {
    const onUnauthenticated = vi.fn();
    setUnauthenticatedHandler(onUnauthenticated);
    vi.stubGlobal('fetch', respond(401, { error: { code: 'UNAUTHENTICATED', message: 'Sign in' } }));
    await apiClient.get('/campaigns').catch(() => undefined);
    await apiClient.post('/auth/login', {}, { skipAuthRedirect: true }).catch(() => undefined);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('a failed connection is a NETWORK error, not a crash', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(apiClient.get('/campaigns')).rejects.toMatchObject({ code: 'NETWORK', status: 0 });
  });
});
