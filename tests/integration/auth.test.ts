import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../src/contracts/auth.ts';
import type { NextLeadResponse } from '../../src/contracts/campaigns.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { demoClient } from './support/demo-data.ts';
import { cookieApi, createApi, type ErrorBody, sessionCookie } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    beforeAll(async () => {
      // The product's default session length, so expiry is tested against the real setting.
      t = await createTestApp(dialect, { env: { SESSION_TTL_HOURS: '12' } });
    });
    afterAll(() => t?.close());

    it('login with the right password answers the user, an HttpOnly session cookie and a CSRF token', async () => {
      const response = await t.anonymous.post<SessionResponse>('/api/auth/login', {
        email: 'Setter1@Demo.test',
        password: 'setterdesk',
      });
      expect(response.status).toBe(200);
      expect(response.body.user).toMatchObject({ email: 'setter1@demo.test', role: 'setter' });
      expect(response.body.user.clients.map((c) => c.slug).sort()).toEqual(['ledgerly', 'sunpeak-solar']);
      expect(response.body.csrfToken.length).toBeGreaterThan(20);
      const setCookie = String(response.headers['set-cookie']);
      expect(sessionCookie(response.headers['set-cookie'])).toBeDefined();
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);
    });

    it('a saved language comes back at the next sign-in, on any browser; only the product’s languages', async () => {
      const manager = await t.authed('manager@demo.test');
      expect(
        (await manager.request({ method: 'PUT', url: '/api/auth/locale', body: { locale: 'sr' } })).status,
      ).toBe(200);
      const again = await t.anonymous.post<SessionResponse>('/api/auth/login', {
        email: 'manager@demo.test',
        password: 'setterdesk',
      });
      expect(again.body.user.locale).toBe('sr');
      const refused = await manager.request<ErrorBody>({
        method: 'PUT',
        url: '/api/auth/locale',
        body: { locale: 'de' },
      });
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body.error)).toContain('locale');
      expect(
        (await t.anonymous.request({ method: 'PUT', url: '/api/auth/locale', body: { locale: 'en' } }))
          .status,
      ).toBe(401);
      await manager.request({ method: 'PUT', url: '/api/auth/locale', body: { locale: 'en' } });
    });

    it('login with a wrong password is 401 UNAUTHENTICATED and sets no cookie', async () => {
      const response = await t.anonymous.post<ErrorBody>('/api/auth/login', {
        email: 'setter1@demo.test',
        password: 'not-the-password',
      });
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('UNAUTHENTICATED');
      expect(sessionCookie(response.headers['set-cookie'])).toBeUndefined();
    });

    it('an unknown email is refused exactly like a wrong password', async () => {
      const response = await t.anonymous.post<ErrorBody>('/api/auth/login', {
        email: 'nobody@demo.test',
        password: 'setterdesk',
      });
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('UNAUTHENTICATED');
    });

    it('GET /api/auth/session without a cookie is 401', async () => {
      const response = await t.anonymous.get<ErrorBody>('/api/auth/session');
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('UNAUTHENTICATED');
    });

    it('a cookie-authenticated write without x-csrf-token is 403 CSRF and changes nothing', async () => {
      const login = await t.login('setter1@demo.test');
      const withoutCsrf = createApi(t.app, { cookie: login.cookie });
      const refused = await withoutCsrf.post<ErrorBody>('/api/auth/tokens', { name: 'sneaky' });
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('CSRF');
      const wrongCsrf = createApi(t.app, { cookie: login.cookie, 'x-csrf-token': 'x'.repeat(43) });
      expect((await wrongCsrf.post<ErrorBody>('/api/auth/logout')).status).toBe(403);
      // The refused logout did not end the session.
      expect((await withoutCsrf.get('/api/auth/session')).status).toBe(200);
      const tokens = await t.deps.database.db.selectFrom('api_tokens').select('name').execute();
      expect(tokens.map((r) => r.name)).not.toContain('sneaky');
    });

    it('the same write with the session’s x-csrf-token is accepted', async () => {
      const api = cookieApi(t.app, await t.login('setter1@demo.test'));
      expect((await api.post('/api/auth/tokens', { name: 'laptop' })).status).toBe(200);
    });

    it('a bearer-token write needs no CSRF token', async () => {
      const sunpeak = await demoClient(t, 'sunpeak-solar');
      const api = await t.bearer('setter3@demo.test');
      const served = await api.post<NextLeadResponse>(`/api/campaigns/${sunpeak.campaignId}/next`);
      expect(served.status).toBe(200);
      expect(served.body.item?.lead.clientId).toBe(sunpeak.id);
      const session = await api.get<SessionResponse>('/api/auth/session');
      expect(session.body.user.email).toBe('setter3@demo.test');
    });

    it('an unknown bearer token is 401', async () => {
      const api = createApi(t.app, { authorization: 'Bearer sd_not-a-real-token' });
      const response = await api.get<ErrorBody>('/api/campaigns');
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('UNAUTHENTICATED');
    });

    it('logout ends the session: the same cookie is 401 afterwards', async () => {
      const api = cookieApi(t.app, await t.login('manager@demo.test'));
      expect((await api.get('/api/campaigns')).status).toBe(200);
      expect((await api.post('/api/auth/logout')).status).toBe(200);
      const after = await api.get<ErrorBody>('/api/campaigns');
      expect(after.status).toBe(401);
      expect(after.body.error.code).toBe('UNAUTHENTICATED');
    });

    it('a session idle for longer than SESSION_TTL_HOURS has expired (401)', async () => {
      const api = cookieApi(t.app, await t.login('manager@demo.test'));
      t.clock.advance({ hours: t.config.SESSION_TTL_HOURS - 1 });
      // Activity slides the expiry forward…
      expect((await api.get('/api/auth/session')).status).toBe(200);
      t.clock.advance({ hours: t.config.SESSION_TTL_HOURS - 1 });
      expect((await api.get('/api/auth/session')).status).toBe(200);
      // …but a whole idle TTL ends it.
      t.clock.advance({ hours: t.config.SESSION_TTL_HOURS, minutes: 1 });
      const expired = await api.get<ErrorBody>('/api/auth/session');
      expect(expired.status).toBe(401);
      expect(expired.body.error.code).toBe('UNAUTHENTICATED');
    });
  });
}
