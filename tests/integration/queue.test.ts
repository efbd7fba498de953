import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJson } from '../../src/db/json.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient, extraSetters, userIdOf } from './support/demo-data.ts';
import { importedCampaign } from './support/imports.ts';
import { nextLead as next, servedLead as served } from './support/queue.ts';
import type { Api, ErrorBody } from './support/test-api.ts';
import { at, createTestApp, type TestApp } from './support/test-app.ts';
import { wallClock } from './support/test-clock.ts';

afterAll(dropTestDatabases);

/** The default window 08:00–21:00 holds on the wall clock of every zone. */
const insideWindowEverywhere = (zones: readonly string[], now: TestApp['clock']) =>
  zones.every((zone) => {
    const local = wallClock(now(), zone);
    return local >= '08:00' && local < '21:00';
  });

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let ledgerly: DemoClient;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      ledgerly = await demoClient(t, 'ledgerly');
    });
    afterAll(() => t?.close());

    it('a served lead is leased: another setter gets a different lead, the holder gets it again on reload', async () => {
      t.clock.set('2026-06-10T16:00:00Z');
      const setter1 = await t.authed('setter1@demo.test');
      const setter2 = await t.authed('setter2@demo.test');
      const first = await served(setter1, sunpeak.campaignId);
      expect(first.lead.clientId).toBe(sunpeak.id);
      expect(at(first.leaseExpiresAt).equals(t.clock().add({ minutes: t.config.LEASE_MINUTES }))).toBe(true);
      const other = await served(setter2, sunpeak.campaignId);
      expect(other.lead.id).not.toBe(first.lead.id);
      // A reload of the call screen asks again: the setter keeps the lead in front of them.
      t.clock.advance({ minutes: 5 });
      const again = await served(setter1, sunpeak.campaignId);
      expect(again.lead.id).toBe(first.lead.id);
      expect(again.reason).toBe('queue');
    });

    it('releasing (skip) gives the lead back: the next setter asking is served it', async () => {
      t.clock.set('2026-06-10T16:10:00Z');
      const setter1 = await t.authed('setter1@demo.test');
      const setter3 = await t.authed('setter3@demo.test');
      const held = await served(setter1, sunpeak.campaignId);
      expect((await setter1.post(`/api/leads/${held.lead.id}/release`)).status).toBe(200);
      const lead = await t.deps.leads.findLead(held.lead.id);
      expect(lead?.leaseUserId).toBeNull();
      const taken = await served(setter3, sunpeak.campaignId);
      expect(taken.lead.id).toBe(held.lead.id);
    });

    it('a sales rep is not served leads: the queue is for setters (403), nothing leased', async () => {
      t.clock.set('2026-06-10T16:15:00Z');
      const rep = await t.authed('rep1@demo.test');
      const response = await rep.post<ErrorBody>(`/api/campaigns/${sunpeak.campaignId}/next`);
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('FORBIDDEN');
      const repUserId = await userIdOf(t, 'rep1@demo.test');
      const held = await t.deps.database.db
        .selectFrom('leads')
        .select('id')
        .where('lease_user_id', '=', repUserId)
        .execute();
      expect(held).toEqual([]);
    });

    it('20 concurrent claims by four users never give one lead to two of them', async () => {
      t.clock.set('2026-06-10T16:20:00Z');
      const users = ['setter1@demo.test', 'setter2@demo.test', 'manager@demo.test', 'admin@demo.test'];
      const apis = await Promise.all(users.map((email) => t.authed(email)));
      const claims = await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const body = await next(apis[i % apis.length] as Api, ledgerly.campaignId);
          return { user: users[i % users.length], leadId: body.item?.lead.id };
        }),
      );
      const holders = new Map<number, Set<string | undefined>>();
      for (const { user, leadId } of claims) {
        expect(leadId).toBeDefined();
        if (leadId !== undefined) holders.set(leadId, (holders.get(leadId) ?? new Set()).add(user));
      }
      for (const [, owners] of holders) expect(owners.size).toBe(1);
      const leased = await t.deps.database.db
        .selectFrom('leads')
        .select(['id', 'lease_user_id'])
        .where('id', 'in', [...holders.keys()])
        .execute();
      expect(leased.every((row) => row.lease_user_id !== null)).toBe(true);
    });

    it('20 setters claiming at the same moment get 20 different leads', async () => {
      t.clock.set('2026-06-10T16:30:00Z');
      const setters = await extraSetters(t, 20, [sunpeak.id]);
      const items = await Promise.all(setters.map(({ api }) => served(api, sunpeak.campaignId)));
      const ids = items.map((item) => item.lead.id);
      expect(new Set(ids).size).toBe(20);
      const leases = await t.deps.database.db
        .selectFrom('leads')
        .select(['id', 'lease_user_id'])
        .where('id', 'in', ids)
        .execute();
      const holderOf = new Map(leases.map((row) => [row.id, row.lease_user_id]));
      items.forEach((item, i) => {
        expect(holderOf.get(item.lead.id)).toBe(setters[i]?.userId);
      });
    });

    it('a lead outside its calling window in any of its zones is never served (09:30 New York)', async () => {
      // 09:30 New York, 08:30 Chicago, 07:30 Denver, 06:30 Phoenix and Los Angeles, 03:30 Honolulu.
      t.clock.set('2026-06-11T13:30:00Z');
      const setter = await t.authed('setter2@demo.test');
      const servedIds: number[] = [];
      for (let guard = 0; guard < 100; guard++) {
        const body = await next(setter, ledgerly.campaignId);
        if (!body.item) {
          expect(body.empty?.blocked.OUTSIDE_CALLING_WINDOW ?? 0).toBeGreaterThan(0);
          break;
        }
        const { lead, calling } = body.item;
        expect(calling.callable).toBe(true);
        expect(calling.timeZones.length).toBeGreaterThan(0);
        expect(insideWindowEverywhere(calling.timeZones, t.clock)).toBe(true);
        servedIds.push(lead.id);
        const logged = await setter.post(`/api/leads/${lead.id}/attempts`, {
          campaignId: ledgerly.campaignId,
          disposition: 'no_answer',
        });
        expect(logged.status).toBe(201);
      }
      expect(servedIds.length).toBeGreaterThan(0);
      // What was left behind is exactly what the window forbids now.
      const left = await t.deps.database.db
        .selectFrom('leads')
        .select(['id', 'time_zones'])
        .where('list_id', '=', ledgerly.listId)
        .where('status', '=', 'new')
        .execute();
      expect(left.length).toBeGreaterThan(0);
      for (const row of left) {
        // Blocked by the window in one of its zones, or by its state's own calling hours.
        const card = await setter.get<{ calling: { callable: boolean; reasons: string[] } }>(
          `/api/leads/${row.id}?campaignId=${ledgerly.campaignId}`,
        );
        expect(card.body.calling.callable).toBe(false);
        const zones = parseJson<{ timeZone: string }[]>(row.time_zones, []).map((c) => c.timeZone);
        if (insideWindowEverywhere(zones.length > 0 ? zones : ['America/New_York'], t.clock)) {
          expect(card.body.calling.reasons.every((r) => r.startsWith('STATE_'))).toBe(true);
        }
      }
    });

    it('Honolulu leads wait at noon New York time and are served from 08:00 Honolulu time', async () => {
      t.clock.set('2026-06-11T16:00:00Z');
      const manager = await t.authed('manager@demo.test');
      const { campaign, report } = await importedCampaign(manager, ledgerly.id, 'Oahu homeowners', [
        ['Kai Akana', '(808) 555-0201', '96813'],
        ['Leilani Kahale', '808-555-0202', '96814'],
        ['Noa Makoa', '+1 808 555 0203', '96815'],
      ]);
      expect(report.counts.imported).toBe(3);
      const setter = await t.authed('setter1@demo.test');
      const waiting = await next(setter, campaign.id);
      expect(waiting.item).toBeNull();
      expect(waiting.empty?.candidates).toBe(3);
      expect(waiting.empty?.blocked.OUTSIDE_CALLING_WINDOW).toBe(3);
      expect(
        at(waiting.empty?.nextOpensAt ?? '1970-01-01T00:00:00Z').equals(at('2026-06-11T18:00:00Z')),
      ).toBe(true);
      t.clock.set('2026-06-11T17:59:00Z');
      expect((await next(setter, campaign.id)).item).toBeNull();
      t.clock.set('2026-06-11T18:00:00Z');
      const item = await served(setter, campaign.id);
      expect(item.calling.primaryTimeZone).toBe('Pacific/Honolulu');
      expect(item.calling.localTime).toBe('08:00');
    });

    it('thousands of leads outside their window ahead in the order never hide a callable lead', async () => {
      t.clock.set('2026-06-13T13:30:00Z'); // 09:30 New York, 03:30 Honolulu
      const manager = await t.authed('manager@demo.test');
      // 2,500 Honolulu leads first in the campaign's order, then one New York lead.
      const oahu = Array.from({ length: 2500 }, (_, i) => [
        `Oahu Lead ${i}`,
        `+1808${String(2_000_000 + i).padStart(7, '0')}`,
        '96813',
      ]);
      const { campaign, report } = await importedCampaign(manager, ledgerly.id, 'Islands then Manhattan', [
        ...oahu,
        ['Manny Park', '(212) 555-0177', '10001'],
      ]);
      expect(report.counts.imported).toBe(2501);
      const setter = await t.authed('setter2@demo.test');
      const item = await served(setter, campaign.id);
      expect(item.lead.firstName).toBe('Manny');
      expect(item.calling.primaryTimeZone).toBe('America/New_York');
      const rest = await next(await t.authed('setter1@demo.test'), campaign.id);
      expect(rest.item).toBeNull();
      expect(rest.empty?.blocked.OUTSIDE_CALLING_WINDOW).toBe(2500);
      expect(at(rest.empty?.nextOpensAt ?? '1970-01-01T00:00:00Z').equals(at('2026-06-13T18:00:00Z'))).toBe(
        true,
      );
    });

    it('a number a person answered is not called from any client for 24 hours (cool-off); then it is', async () => {
      t.clock.set('2026-06-15T16:00:00Z'); // noon in New York
      const manager = await t.authed('manager@demo.test');
      const [sunpeakSetter] = await extraSetters(t, 1, [sunpeak.id]);
      const [ledgerlySetter] = await extraSetters(t, 1, [ledgerly.id]);
      if (!sunpeakSetter || !ledgerlySetter) throw new Error('setters');
      const talkedTo = await served(sunpeakSetter.api, sunpeak.campaignId);
      const logged = await sunpeakSetter.api.post(`/api/leads/${talkedTo.lead.id}/attempts`, {
        campaignId: sunpeak.campaignId,
        disposition: 'not_interested',
        reason: 'Has a provider',
      });
      expect(logged.status).toBe(201);
      // The same person is on another client's new list.
      const { campaign } = await importedCampaign(manager, ledgerly.id, 'Cool-off', [
        ['Same Person', talkedTo.lead.phone, '10001'],
      ]);
      const blocked = await next(ledgerlySetter.api, campaign.id);
      expect(blocked.item).toBeNull();
      expect(blocked.empty?.blocked.COOL_OFF).toBe(1);
      t.clock.advance({ hours: 23, minutes: 59 });
      expect((await next(ledgerlySetter.api, campaign.id)).empty?.blocked.COOL_OFF).toBe(1);
      t.clock.advance({ minutes: 2 });
      const item = await served(ledgerlySetter.api, campaign.id);
      expect(item.lead.phone).toBe(talkedTo.lead.phone);
      expect(item.lead.clientId).toBe(ledgerly.id);
    });

    it("a campaign without a cool-off calls the number again at once; the setting is the campaign's", async () => {
      t.clock.set('2026-06-17T16:00:00Z');
      const manager = await t.authed('manager@demo.test');
      const [sunpeakSetter] = await extraSetters(t, 1, [sunpeak.id]);
      const [ledgerlySetter] = await extraSetters(t, 1, [ledgerly.id]);
      if (!sunpeakSetter || !ledgerlySetter) throw new Error('setters');
      const talkedTo = await served(sunpeakSetter.api, sunpeak.campaignId);
      await sunpeakSetter.api.post(`/api/leads/${talkedTo.lead.id}/attempts`, {
        campaignId: sunpeak.campaignId,
        disposition: 'not_interested',
        reason: 'Bad timing',
      });
      const { campaign } = await importedCampaign(manager, ledgerly.id, 'No cool-off', [
        ['Same Person Again', talkedTo.lead.phone, '10001'],
      ]);
      const patched = await manager.request<{ retryPolicy: { coolOffHours: number | null } }>({
        method: 'PATCH',
        url: `/api/campaigns/${campaign.id}`,
        body: {
          retryPolicy: {
            gapMinutes: { no_answer: 120, busy: 15, voicemail: 1440 },
            maxAttemptsTotal: null,
            maxAttemptsPerDay: null,
            rotate: false,
            coolOffHours: null,
          },
        },
      });
      expect(patched.status).toBe(200);
      expect(patched.body.retryPolicy.coolOffHours).toBeNull();
      expect((await served(ledgerlySetter.api, campaign.id)).lead.phone).toBe(talkedTo.lead.phone);
    });

    it('an empty queue at 03:00 New York time says why and when it opens (08:00 New York)', async () => {
      t.clock.set('2026-06-12T07:00:00Z');
      const setter = await t.authed('setter1@demo.test');
      const body = await next(setter, sunpeak.campaignId);
      expect(body.item).toBeNull();
      const empty = body.empty;
      expect(empty?.candidates).toBeGreaterThan(0);
      expect(empty?.blocked.OUTSIDE_CALLING_WINDOW).toBe(empty?.candidates);
      expect(at(empty?.nextOpensAt ?? '1970-01-01T00:00:00Z').equals(at('2026-06-12T12:00:00Z'))).toBe(true);
    });
  });
}
