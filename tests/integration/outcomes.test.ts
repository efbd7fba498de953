import { Temporal } from 'temporal-polyfill';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClientOutcomesDto, SaveClientOutcomesRequest } from '../../src/contracts/dispositions.ts';
import type { LeadDetail } from '../../src/contracts/leads.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient, freshLeadIds } from './support/demo-data.ts';
import { nextLead, servedLead } from './support/queue.ts';
import { useSetterScene } from './support/setter-scene.ts';
import type { Api, ErrorBody } from './support/test-api.ts';

afterAll(dropTestDatabases);

interface Logged {
  leadStatus: string;
  callbackId: number | null;
  attempt: LeadDetail['attempts'][number];
}

const outcomesOf = async (api: Api, clientId: number) =>
  (await api.get<ClientOutcomesDto>(`/api/clients/${clientId}/outcomes`)).body;

/** The request that saves a client's outcome list as it reads now. */
const asRequest = (list: ClientOutcomesDto): SaveClientOutcomesRequest => ({
  outcomes: list.outcomes
    .filter((o) => o.active)
    .map(({ key, label, flags, requiresReason }) => ({ key, label, flags, requiresReason, active: true })),
  reasons: list.reasons
    .filter((r) => r.active)
    .map(({ outcomeKey, label }) => ({ outcomeKey, label, active: true })),
});

for (const dialect of dialects) {
  describe(dialect, () => {
    const scene = useSetterScene(dialect);
    const put = <T>(api: Api, url: string, body: unknown) => api.request<T>({ method: 'PUT', url, body });
    const ids = async (client: DemoClient = scene.sunpeak) => {
      const list = await outcomesOf(scene.setter1, client.id);
      const outcome = (key: string) => list.outcomes.find((o) => o.key === key)?.id ?? 0;
      const reason = (key: string, label: string) =>
        list.reasons.find((r) => r.outcomeKey === key && r.label === label)?.id ?? 0;
      return { list, outcome, reason };
    };
    const log = async <T = Logged>(body: object, clientId = scene.sunpeak.id) => {
      const [leadId] = await freshLeadIds(scene.t, clientId, 1);
      const response = await scene.setter1.post<T>(`/api/leads/${leadId}/attempts`, body);
      return { leadId: Number(leadId), response };
    };
    const attemptsOf = (leadId: number) =>
      scene.t.deps.database.db
        .selectFrom('call_attempts')
        .selectAll()
        .where('lead_id', '=', leadId)
        .execute();

    it('a client starts with the default outcomes and reasons; a user of another client gets 404', async () => {
      const { list } = await ids();
      expect(list.outcomes.map((o) => o.key)).toEqual([
        'interested_callback',
        'appointment',
        'not_interested',
        'not_qualified',
        'nurture',
        'do_not_call',
      ]);
      expect(list.reasons.filter((r) => r.outcomeKey === 'not_interested').map((r) => r.label)).toContain(
        'Other',
      );
      const ledgerly = await demoClient(scene.t, 'ledgerly');
      const setter3 = await scene.t.authed('setter3@demo.test');
      expect((await setter3.get(`/api/clients/${ledgerly.id}/outcomes`)).status).toBe(404);
      expect((await setter3.get(`/api/clients/${scene.sunpeak.id}/outcomes`)).status).toBe(200);
    });

    const callback = '2026-06-11T16:00:00Z';
    it.each([
      ['no_answer', null, null, null, 'no_answer', 'attempting'],
      ['busy', null, null, null, 'busy', 'attempting'],
      ['voicemail_left', null, null, null, 'voicemail', 'attempting'],
      ['wrong_number', null, null, null, 'wrong_number', 'bad_number'],
      ['disconnected', null, null, null, 'wrong_number', 'bad_number'],
      ['contact_made', 'interested_callback', null, callback, 'call_back', 'callback'],
      ['contact_made', 'not_interested', 'No budget', null, 'not_interested', 'not_interested'],
      ['contact_made', 'not_qualified', 'Too small', null, 'not_qualified', 'nurture'],
      ['contact_made', 'nurture', null, null, 'not_qualified', 'nurture'],
      ['contact_made', 'do_not_call', null, null, 'do_not_call', 'dnc'],
    ] as const)(
      '%s with the outcome %s (reason %s, callback %s) is stored as %s and the lead becomes %s',
      async (callResult, key, reasonLabel, callbackAt, disposition, status) => {
        scene.t.clock.set('2026-06-10T16:00:00Z');
        const { list, outcome, reason } = await ids();
        const reasonId = key && reasonLabel ? reason(key, reasonLabel) : null;
        const { leadId, response } = await log({
          callResult,
          ...(key ? { outcomeId: outcome(key) } : {}),
          ...(reasonId ? { reasonId } : {}),
          ...(callbackAt ? { callbackAt } : {}),
        });
        expect(response.status).toBe(201);
        expect(response.body.leadStatus).toBe(status);
        const label = list.outcomes.find((o) => o.key === key)?.label ?? null;
        const expected = {
          disposition,
          callResult,
          outcomeId: key ? outcome(key) : null,
          outcomeLabel: label,
        };
        expect(response.body.attempt).toMatchObject({ ...expected, reason: reasonLabel });
        const detail = await scene.leadDetail(leadId);
        expect(detail.lead.status).toBe(status);
        expect(detail.attempts[0]).toMatchObject(expected);
        const [row] = await attemptsOf(leadId);
        expect(row).toMatchObject({ call_result: callResult, reason_id: reasonId });
      },
    );

    it('the appointment outcome is refused: it is logged by booking (400 BOOK_THROUGH_CALENDAR)', async () => {
      const { outcome } = await ids();
      const { leadId, response } = await log<ErrorBody>({
        callResult: 'contact_made',
        outcomeId: outcome('appointment'),
      });
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ code: 'BOOK_THROUGH_CALENDAR', field: 'outcomeId' });
      expect(await attemptsOf(leadId)).toEqual([]);
    });

    it('reasons are required and checked, naming the field; nothing is stored on a refusal', async () => {
      const { outcome, reason } = await ids();
      const ledgerly = await ids(await demoClient(scene.t, 'ledgerly'));
      const notInterested = outcome('not_interested');
      const cases: [object, string][] = [
        [{ callResult: 'contact_made' }, 'outcomeId'],
        [{ callResult: 'contact_made', outcomeId: notInterested }, 'reasonId'],
        [
          {
            callResult: 'contact_made',
            outcomeId: notInterested,
            reasonId: reason('not_qualified', 'Too small'),
          },
          'reasonId',
        ],
        [
          {
            callResult: 'contact_made',
            outcomeId: notInterested,
            reasonId: reason('not_interested', 'Other'),
          },
          'reasonText',
        ],
        [{ callResult: 'contact_made', outcomeId: ledgerly.outcome('nurture') }, 'outcomeId'],
        [
          {
            callResult: 'contact_made',
            outcomeId: notInterested,
            reasonId: ledgerly.reason('not_interested', 'No budget'),
          },
          'reasonId',
        ],
        [{ callResult: 'no_answer', outcomeId: notInterested }, 'outcomeId'],
        [{ callResult: 'busy', reasonId: reason('not_interested', 'No budget') }, 'reasonId'],
        [{ callResult: 'no_answer', disposition: 'no_answer' }, 'callResult'],
        [{}, 'callResult'],
      ];
      for (const [body, field] of cases) {
        const { leadId, response } = await log<ErrorBody>(body);
        expect(response.status, JSON.stringify(body)).toBe(400);
        expect(response.body.error).toMatchObject({ code: 'VALIDATION', field });
        expect(await attemptsOf(leadId)).toEqual([]);
      }
      const other = await log({
        callResult: 'contact_made',
        outcomeId: notInterested,
        reasonId: reason('not_interested', 'Other'),
        reasonText: 'Moving abroad',
      });
      expect(other.response.status).toBe(201);
      expect(other.response.body.attempt.reason).toBe('Other: Moving abroad');
      expect((await attemptsOf(other.leadId))[0]).toMatchObject({ reason_text: 'Moving abroad' });
    });

    it('the single-level disposition still works as before, with its free-text reason', async () => {
      const { response } = await log({ disposition: 'not_interested', reason: 'Has solar already' });
      expect(response.status).toBe(201);
      expect(response.body.attempt).toMatchObject({
        disposition: 'not_interested',
        reason: 'Has solar already',
        callResult: null,
        outcomeId: null,
      });
    });

    it('a do-not-call outcome blocks the lead in every campaign of the client at once', async () => {
      scene.t.clock.set('2026-06-10T16:00:00Z');
      const manager = await scene.t.authed('manager@demo.test');
      const first = await scene.newYorkCampaign('DNC outcome', ['Ivy Cole']);
      const second = await manager.post<{ id: number }>('/api/campaigns', {
        clientId: scene.sunpeak.id,
        name: 'DNC outcome, second campaign',
        listIds: first.listIds,
      });
      expect(second.status).toBe(201);
      const held = await servedLead(scene.setter2, second.body.id);
      const callback = await scene.setter2.post<Logged>(`/api/leads/${held.lead.id}/attempts`, {
        campaignId: second.body.id,
        disposition: 'call_back',
        callbackAt: '2026-06-10T17:00:00Z',
      });
      expect(callback.body.callbackId).not.toBeNull();
      scene.t.clock.set('2026-06-10T17:00:00Z');
      expect((await servedLead(scene.setter2, second.body.id)).lead.id).toBe(held.lead.id);
      // setter2 holds the lead in one campaign; setter1 records the request from the other one.
      const { outcome } = await ids();
      const logged = await scene.setter1.post<Logged>(`/api/leads/${held.lead.id}/attempts`, {
        campaignId: first.id,
        callResult: 'contact_made',
        outcomeId: outcome('do_not_call'),
      });
      expect(logged.status).toBe(201);
      expect(logged.body.leadStatus).toBe('dnc');
      const { db } = scene.t.deps.database;
      const lead = await db
        .selectFrom('leads')
        .selectAll()
        .where('id', '=', held.lead.id)
        .executeTakeFirstOrThrow();
      expect(lead).toMatchObject({ status: 'dnc', lease_user_id: null, lease_expires_at: null });
      const callbacks = await db
        .selectFrom('callbacks')
        .select('status')
        .where('lead_id', '=', held.lead.id)
        .execute();
      expect(callbacks.map((c) => c.status)).toEqual(['done']);
      const entries = await db
        .selectFrom('dnc_entries')
        .selectAll()
        .where('phone', '=', held.lead.phone)
        .execute();
      const setter1Id = (
        await db
          .selectFrom('users')
          .select('id')
          .where('email', '=', 'setter1@demo.test')
          .executeTakeFirstOrThrow()
      ).id;
      expect(entries).toEqual([
        expect.objectContaining({
          client_id: scene.sunpeak.id,
          source: 'call',
          created_by_user_id: setter1Id,
          created_at: Temporal.Instant.from('2026-06-10T17:00:00Z').epochMilliseconds,
        }),
      ]);
      for (const campaignId of [first.id, second.body.id]) {
        for (const api of [scene.setter1, scene.setter2]) {
          expect((await nextLead(api, campaignId)).item?.lead.id).not.toBe(held.lead.id);
        }
      }
      const check = await scene.setter1.get<{ blocked: boolean }>(
        `/api/dnc/check?clientId=${scene.sunpeak.id}&phone=${encodeURIComponent(held.lead.phone)}`,
      );
      expect(check.body.blocked).toBe(true);
      // The setter who held it cannot log an ordinary call on it any more.
      const late = await scene.setter2.post<ErrorBody>(`/api/leads/${held.lead.id}/attempts`, {
        callResult: 'no_answer',
      });
      expect(late.status).toBe(409);
    });

    it('managers edit the list: custom outcome maps to contact_made, retired outcomes refused, ids kept', async () => {
      scene.t.clock.set('2026-06-10T16:00:00Z');
      const ledgerly = await demoClient(scene.t, 'ledgerly');
      const manager = await scene.t.authed('manager@demo.test');
      const before = await outcomesOf(manager, ledgerly.id);
      const request = asRequest(before);
      request.outcomes = request.outcomes.filter((o) => o.key !== 'nurture');
      request.outcomes.push({
        key: 'sent_info',
        label: 'Sent information',
        flags: {
          contact: true,
          qualified: false,
          appointment: false,
          callback: false,
          nurture: false,
          notInterested: false,
          doNotCall: false,
        },
        requiresReason: false,
        active: true,
      });
      expect((await put(scene.setter1, `/api/clients/${ledgerly.id}/outcomes`, request)).status).toBe(403);
      const setter3 = await scene.t.authed('setter3@demo.test');
      expect((await put(setter3, `/api/clients/${ledgerly.id}/outcomes`, request)).status).toBe(404);
      const saved = await put<ClientOutcomesDto>(manager, `/api/clients/${ledgerly.id}/outcomes`, request);
      expect(saved.status).toBe(200);
      expect(saved.body.reasons.filter((r) => r.active).map((r) => r.id)).toEqual(
        before.reasons.filter((r) => r.active).map((r) => r.id),
      );
      expect(saved.body.outcomes.find((o) => o.key === 'nurture')).toMatchObject({ active: false });
      const after = await ids(ledgerly);
      const retired = await log<ErrorBody>(
        { callResult: 'contact_made', outcomeId: before.outcomes.find((o) => o.key === 'nurture')?.id },
        ledgerly.id,
      );
      expect(retired.response.body.error).toMatchObject({ code: 'VALIDATION', field: 'outcomeId' });
      const custom = await log(
        { callResult: 'contact_made', outcomeId: after.outcome('sent_info') },
        ledgerly.id,
      );
      expect(custom.response.body).toMatchObject({
        leadStatus: 'attempting',
        attempt: { disposition: 'contact_made' },
      });
      const lead = await scene.t.deps.leads.findLead(custom.leadId);
      // Without a campaign gap for a bare conversation the lead waits three days.
      expect(lead?.nextCallAt.toString()).toBe('2026-06-13T16:00:00Z');
      const invalid = asRequest(saved.body);
      invalid.outcomes = invalid.outcomes.filter((o) => !o.flags.appointment);
      const refused = await put<ErrorBody>(manager, `/api/clients/${ledgerly.id}/outcomes`, invalid);
      expect(refused.body.error).toMatchObject({ code: 'VALIDATION', field: 'outcomes' });
      const restored = await put(manager, `/api/clients/${ledgerly.id}/outcomes`, asRequest(before));
      expect(restored.status).toBe(200);
      expect((await outcomesOf(manager, ledgerly.id)).outcomes.find((o) => o.key === 'nurture')?.id).toBe(
        before.outcomes.find((o) => o.key === 'nurture')?.id,
      );
    });
  });
}
