import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueuePreviewDto } from '../../src/contracts/campaigns.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient, extraSetters } from './support/demo-data.ts';
import { servedLead } from './support/queue.ts';
import type { Api } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

// The claim and the manager's preview walk one serving order (src/core/lead-queue/serving-order.ts):
// what the preview lists first is what the next setters get, in that order.
for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let setter1: Api;
    let manager: Api;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      t.clock.set('2026-06-10T16:00:00Z');
      setter1 = await t.authed('setter1@demo.test');
      manager = await t.authed('manager@demo.test');
    });
    afterAll(() => t?.close());

    it("the preview's first N leads are the next N claims, a callback due first", async () => {
      const called = await servedLead(setter1, sunpeak.campaignId);
      const saved = await setter1.post(`/api/leads/${called.lead.id}/attempts`, {
        disposition: 'call_back',
        callbackAt: '2026-06-10T16:30:00Z',
        callbackFor: 'anyone',
        campaignId: sunpeak.campaignId,
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(201);
      t.clock.set('2026-06-10T16:31:00Z');

      const count = 8;
      const preview = await manager.get<QueuePreviewDto>(
        `/api/campaigns/${sunpeak.campaignId}/queue-preview?limit=${count}`,
      );
      expect(preview.status).toBe(200);
      const previewed = preview.body.entries.map((e) => e.lead.id);
      expect(previewed).toHaveLength(count);
      expect(preview.body.entries[0]).toMatchObject({ reason: 'callback_due', lead: { id: called.lead.id } });

      const claimed: number[] = [];
      for (const setter of await extraSetters(t, count, [sunpeak.id])) {
        claimed.push((await servedLead(setter.api, sunpeak.campaignId)).lead.id);
      }
      expect(claimed).toEqual(previewed);
    });
  });
}
