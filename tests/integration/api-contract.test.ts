import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorResponseSchema } from '../../src/contracts/common.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { demoClient } from './support/demo-data.ts';
import type { ErrorBody } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

interface OpenApiDocument {
  openapi: string;
  info: { title: string };
  paths: Record<string, Record<string, unknown>>;
}

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect, { leadsPerClient: 10 });
    });
    afterAll(() => t?.close());

    it('GET /api/health answers ok with the dialect, without signing in', async () => {
      const response = await t.anonymous.get<{ status: string; database: string }>('/api/health');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok', database: dialect });
    });

    it('GET /api/openapi.json is an OpenAPI 3 document listing the main paths, readable without signing in', async () => {
      const response = await t.anonymous.get<OpenApiDocument>('/api/openapi.json');
      expect(response.status).toBe(200);
      expect(response.body.openapi).toMatch(/^3\./);
      expect(response.body.info.title).toBe('SetterDesk API');
      const paths = response.body.paths;
      for (const [path, method] of [
        ['/api/auth/login', 'post'],
        ['/api/auth/session', 'get'],
        ['/api/campaigns', 'get'],
        ['/api/campaigns', 'post'],
        ['/api/campaigns/{id}/next', 'post'],
        ['/api/leads/{id}', 'get'],
        ['/api/leads/{id}/attempts', 'post'],
        ['/api/leads/{id}/slots', 'get'],
        ['/api/appointments', 'post'],
        ['/api/appointments/{id}', 'get'],
        ['/api/imports', 'post'],
        ['/api/stats/today', 'get'],
      ] as const) {
        expect(paths[path]?.[method], `${method.toUpperCase()} ${path}`).toBeDefined();
      }
      expect(paths['/api/openapi.json']).toBeUndefined();
    });

    it('errors share one shape { error: { code, message } }: unknown route, validation, auth, not found', async () => {
      const sunpeak = await demoClient(t, 'sunpeak-solar');
      const setter = await t.authed('setter1@demo.test');
      const cases: [string, Promise<{ status: number; body: unknown }>, number, string][] = [
        ['unknown route', setter.get('/api/no-such-thing'), 404, 'NOT_FOUND'],
        // Without credentials the whole API is closed: unknown paths do not reveal themselves.
        ['unknown route, no session', t.anonymous.get('/api/no-such-thing'), 401, 'UNAUTHENTICATED'],
        ['no session', t.anonymous.get('/api/campaigns'), 401, 'UNAUTHENTICATED'],
        ['bad id', setter.get('/api/leads/not-a-number'), 400, 'VALIDATION'],
        ['bad body', setter.post('/api/appointments', { leadId: 'x' }), 400, 'VALIDATION'],
        ['missing lead', setter.get('/api/leads/999999'), 404, 'NOT_FOUND'],
        [
          'wrong role',
          setter.post('/api/campaigns', { clientId: sunpeak.id, name: 'x', listIds: [1] }),
          403,
          'FORBIDDEN',
        ],
      ];
      for (const [name, pending, status, code] of cases) {
        const response = await pending;
        expect(response.status, name).toBe(status);
        expect(errorResponseSchema.safeParse(response.body).success, name).toBe(true);
        const { error } = response.body as ErrorBody;
        expect(error.code, name).toBe(code);
        expect(error.message.length, name).toBeGreaterThan(0);
      }
    });

    it('a validation error names the offending field', async () => {
      const setter = await t.authed('setter1@demo.test');
      const response = await setter.post<ErrorBody>('/api/leads/1/attempts', { disposition: 'maybe' });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION');
      expect(response.body.error.field).toBe('body.disposition');
    });
  });
}
