import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient } from './support/demo-data.ts';
import { servedLead as served } from './support/queue.ts';
import type { ErrorBody } from './support/test-api.ts';
import { at, createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
    });
    afterAll(() => t?.close());

    it('a renewed lease outlives its first term: a long call never lets the lead slip to another setter', async () => {
      t.clock.set('2026-06-10T16:00:00Z');
      const setter1 = await t.authed('setter1@demo.test');
      const setter2 = await t.authed('setter2@demo.test');
      const held = await served(setter1, sunpeak.campaignId);
      t.clock.advance({ minutes: t.config.LEASE_MINUTES - 1 });
      const renewed = await setter1.post<{ leaseExpiresAt: string }>(`/api/leads/${held.lead.id}/lease`);
      expect(renewed.status).toBe(200);
      expect(at(renewed.body.leaseExpiresAt).equals(t.clock().add({ minutes: t.config.LEASE_MINUTES }))).toBe(
        true,
      );
      t.clock.advance({ minutes: 5 });
      for (let i = 0; i < 3; i++)
        expect((await served(setter2, sunpeak.campaignId)).lead.id).not.toBe(held.lead.id);
      const refused = await setter2.post<ErrorBody>(`/api/leads/${held.lead.id}/lease`);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('LEAD_NOT_LEASED');
    });

    it('a setter of another client cannot renew (404)', async () => {
      const ledgerly = await demoClient(t, 'ledgerly');
      const setter1 = await t.authed('setter1@demo.test');
      const setter3 = await t.authed('setter3@demo.test');
      const held = await served(setter1, ledgerly.campaignId);
      expect((await setter3.post(`/api/leads/${held.lead.id}/lease`)).status).toBe(404);
    });
  });
}
