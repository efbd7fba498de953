import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignDto, NextLeadResponse } from '../../src/contracts/campaigns.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient, userIdOf } from './support/demo-data.ts';
import { importedCampaign } from './support/imports.ts';
import type { Api } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let manager: Api;
    let campaign: CampaignDto;

    beforeAll(async () => {
      t = await createTestApp(dialect, { leadsPerClient: 10 });
      sunpeak = await demoClient(t, 'sunpeak-solar');
      manager = await t.authed('manager@demo.test');
      // A Miami lead: its state (FL, from the ZIP) allows calls 08:00–20:00 and 3 a day.
      ({ campaign } = await importedCampaign(manager, sunpeak.id, 'Miami', [
        ['Flo Rida', '(305) 555-0701', '33101'],
      ]));
    });
    afterAll(() => t?.close());

    const next = async () =>
      (
        await (
          await t.authed('setter3@demo.test')
        ).post<NextLeadResponse>(`/api/campaigns/${campaign.id}/next`)
      ).body;

    it('at 20:30 in Miami the default window is open but Florida’s hours are not: the lead is not served', async () => {
      t.clock.set('2026-06-11T00:30:00Z');
      const body = await next();
      expect(body.item).toBeNull();
      expect(body.empty?.blocked).toMatchObject({ STATE_HOURS: 1 });
    });

    it('a fourth call within 24 hours to the same number, from any campaign or client, is refused', async () => {
      t.clock.set('2026-06-11T15:00:00Z');
      const lead = await t.deps.database.db
        .selectFrom('leads')
        .select(['id', 'state'])
        .where('phone', '=', '+13055550701')
        .executeTakeFirstOrThrow();
      expect(lead.state).toBe('FL');
      const setterId = await userIdOf(t, 'setter1@demo.test');
      const ledgerly = await demoClient(t, 'ledgerly');
      const calls = [1, 2, 3].map((hour) => ({
        client_id: hour === 2 ? ledgerly.id : sunpeak.id,
        lead_id: lead.id,
        campaign_id: null,
        setter_id: setterId,
        direction: 'outbound',
        phone: '+13055550701',
        started_at: Date.parse('2026-06-11T00:00:00Z') - hour * 3_600_000,
        duration_seconds: 30,
        disposition: 'no_answer',
        reason: null,
        notes: null,
        contact: 0,
        created_at: Date.parse('2026-06-11T00:00:00Z'),
      }));
      await t.deps.database.db.insertInto('call_attempts').values(calls.slice(0, 2)).execute();
      expect((await next()).item?.lead.id).toBe(lead.id);
      await (await t.authed('setter3@demo.test')).post(`/api/leads/${lead.id}/release`);
      await t.deps.database.db.insertInto('call_attempts').values(calls.slice(2)).execute();
      const body = await next();
      expect(body.item).toBeNull();
      expect(body.empty?.blocked).toMatchObject({ STATE_CALL_CAP: 1 });
      const card = await manager.get<{ calling: { reasons: string[] } }>(`/api/leads/${lead.id}`);
      expect(card.body.calling.reasons).toContain('STATE_CALL_CAP');
    });

    it('a lead known only by its phone falls under the state of its area code (Florida 305 at 20:30)', async () => {
      // No postal code and no state: the area code says Florida, whose hours end at 20:00.
      const { campaign: phoneOnly } = await importedCampaign(manager, sunpeak.id, 'Phone only', [
        ['Only Phone', '(305) 555-0702', ''],
      ]);
      const lead = await t.deps.database.db
        .selectFrom('leads')
        .select(['id', 'state', 'postal_code'])
        .where('phone', '=', '+13055550702')
        .executeTakeFirstOrThrow();
      expect(lead.state).toBeNull();
      expect(lead.postal_code).toBeNull();
      t.clock.set('2026-06-12T00:30:00Z'); // 20:30 in Miami
      const setter = await t.authed('setter3@demo.test');
      const late = (await setter.post<NextLeadResponse>(`/api/campaigns/${phoneOnly.id}/next`)).body;
      expect(late.item).toBeNull();
      expect(late.empty?.blocked).toMatchObject({ STATE_HOURS: 1 });
      t.clock.set('2026-06-12T14:00:00Z'); // 10:00 in Miami
      const morning = (await setter.post<NextLeadResponse>(`/api/campaigns/${phoneOnly.id}/next`)).body;
      expect(morning.item?.lead.id).toBe(lead.id);
    });
  });
}
