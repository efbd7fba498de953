import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignDto, NextLeadResponse, QueuePreviewDto } from '../../src/contracts/campaigns.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient } from './support/demo-data.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let manager: Api;

    beforeAll(async () => {
      // 10:00 in Denver, 12:00 in New York, 09:00 in Los Angeles: every demo lead is callable.
      t = await createTestApp(dialect, { leadsPerClient: 120 });
      sunpeak = await demoClient(t, 'sunpeak-solar');
      manager = await t.authed('manager@demo.test');
    });
    afterAll(() => t?.close());

    const patch = (body: unknown) =>
      manager.request<CampaignDto>({ method: 'PATCH', url: `/api/campaigns/${sunpeak.campaignId}`, body });
    const preview = async () => {
      const response = await manager.get<QueuePreviewDto>(
        `/api/campaigns/${sunpeak.campaignId}/queue-preview?limit=50`,
      );
      if (response.status !== 200)
        throw new Error(`preview ${response.status}: ${JSON.stringify(response.body)}`);
      return response.body;
    };

    it('the preview lists the next leads in order with why each is there, and counts what is callable', async () => {
      const body = await preview();
      expect(body.entries.length).toBe(50);
      expect(body.entries.every((e) => e.reason === 'queue' && e.calling.callable)).toBe(true);
      expect(body.entries.map((e) => e.position)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      // Leads whose window is closed (Honolulu at 06:00) are counted, not listed.
      expect(body.callableNow + (body.blocked.OUTSIDE_CALLING_WINDOW ?? 0)).toBe(body.openLeads);
    });

    it('a filter and a sort key change what the queue serves: only Colorado, by custom field', async () => {
      const changed = await patch({
        sortKeys: [
          { field: 'custom:roofType', direction: 'desc' },
          { field: 'created_at', direction: 'asc' },
        ],
        filters: [{ field: 'state', op: 'in', values: ['CO'] }],
      });
      expect(changed.status).toBe(200);
      expect(changed.body.filters).toEqual([{ field: 'state', op: 'in', values: ['CO'] }]);
      const body = await preview();
      expect(body.entries.length).toBeGreaterThan(0);
      expect(new Set(body.entries.map((e) => e.lead.state))).toEqual(new Set(['CO']));
      const roofs = body.entries.map((e) => e.lead.customFields.roofType ?? '');
      expect(roofs).toEqual([...roofs].sort().reverse());
      const setter = await t.authed('setter3@demo.test');
      const served = await setter.post<NextLeadResponse>(`/api/campaigns/${sunpeak.campaignId}/next`);
      expect(served.body.item?.lead.state).toBe('CO');
      expect(served.body.item?.lead.id).toBe(body.entries[0]?.lead.id);
    });

    it('not_in and area-code filters combine; an empty result says why', async () => {
      await patch({
        sortKeys: [{ field: 'attempts', direction: 'asc' }],
        filters: [
          { field: 'state', op: 'not_in', values: ['CO'] },
          { field: 'area_code', op: 'in', values: ['999'] },
        ],
      });
      const body = await preview();
      expect(body.entries).toEqual([]);
      expect(body.openLeads).toBe(0);
      await patch({ filters: [], sortKeys: [{ field: 'created_at', direction: 'asc' }] });
    });

    it('a retry policy caps attempts: a lead at its cap is blocked on its card and skipped by the queue', async () => {
      const changed = await patch({
        retryPolicy: {
          gapMinutes: { no_answer: 60, busy: 10 },
          maxAttemptsTotal: 2,
          maxAttemptsPerDay: null,
          rotate: true,
        },
      });
      expect(changed.body.retryPolicy).toMatchObject({ maxAttemptsTotal: 2, rotate: true });
      const first = (await preview()).entries[0];
      if (!first) throw new Error('no lead in the preview');
      await t.deps.database.db
        .updateTable('leads')
        .set({ attempt_count: 2 })
        .where('id', '=', first.lead.id)
        .execute();
      const card = await manager.get<{ calling: { reasons: string[]; callable: boolean } }>(
        `/api/leads/${first.lead.id}?campaignId=${sunpeak.campaignId}`,
      );
      expect(card.body.calling).toMatchObject({ callable: false, reasons: ['ATTEMPT_CAP'] });
      const after = await preview();
      expect(after.entries.map((e) => e.lead.id)).not.toContain(first.lead.id);
      expect(after.blocked.ATTEMPT_CAP).toBe(1);
      await patch({
        retryPolicy: {
          gapMinutes: { no_answer: 120 },
          maxAttemptsTotal: null,
          maxAttemptsPerDay: null,
          rotate: true,
        },
      });
    });

    it('bad ordering rules are 400 naming the key; setters may not change a campaign', async () => {
      const twice = await manager.request<ErrorBody>({
        method: 'PATCH',
        url: `/api/campaigns/${sunpeak.campaignId}`,
        body: {
          sortKeys: [
            { field: 'state', direction: 'asc' },
            { field: 'state', direction: 'desc' },
          ],
        },
      });
      expect(twice.status).toBe(400);
      expect(twice.body.error.field).toBe('sortKeys.1.field');
      const injected = await manager.request<ErrorBody>({
        method: 'PATCH',
        url: `/api/campaigns/${sunpeak.campaignId}`,
        body: { sortKeys: [{ field: "custom:x') --", direction: 'asc' }] },
      });
      expect(injected.status).toBe(400);
      const setter = await t.authed('setter1@demo.test');
      const refused = await setter.request<ErrorBody>({
        method: 'PATCH',
        url: `/api/campaigns/${sunpeak.campaignId}`,
        body: { status: 'paused' },
      });
      expect(refused.status).toBe(403);
    });
  });
}
