import { Temporal } from 'temporal-polyfill';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppointmentDto } from '../../src/contracts/appointments.ts';
import type { CorrectionDto, CorrectionResult, UndoCallResponse } from '../../src/contracts/corrections.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { bookFreshLead } from './support/appointment-flow.ts';
import { demoClient, freshLeadIds, repIdOf } from './support/demo-data.ts';
import { type LoggedAttempt, servedLead } from './support/queue.ts';
import { useSetterScene } from './support/setter-scene.ts';
import type { Api, ErrorBody } from './support/test-api.ts';

afterAll(dropTestDatabases);

for (const dialect of dialects) {
  describe(dialect, () => {
    const scene = useSetterScene(dialect);
    const manager = () => scene.t.authed('manager@demo.test');
    const db = () => scene.t.deps.database.db;
    const log = async (api: Api, leadId: number, body: Record<string, unknown>) => {
      const response = await api.post<LoggedAttempt>(`/api/leads/${leadId}/attempts`, body);
      if (response.status !== 201)
        throw new Error(`log: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body;
    };
    const undo = (api: Api, attemptId: number) =>
      api.post<UndoCallResponse & ErrorBody>(`/api/attempts/${attemptId}/undo`, {});
    const edit = (api: Api, attemptId: number, body: Record<string, unknown>) =>
      api.request<CorrectionResult & ErrorBody>({ method: 'PATCH', url: `/api/attempts/${attemptId}`, body });
    const corrections = async (api: Api, leadId: number) =>
      (await api.get<{ items: CorrectionDto[] }>(`/api/leads/${leadId}/corrections`)).body.items;
    const leadRow = (leadId: number) =>
      db()
        .selectFrom('leads')
        .select(['status', 'attempt_count', 'lease_user_id'])
        .where('id', '=', leadId)
        .executeTakeFirstOrThrow();
    const callbackStatuses = async (leadId: number) =>
      (
        await db()
          .selectFrom('callbacks')
          .select(['id', 'status'])
          .where('lead_id', '=', leadId)
          .orderBy('id')
          .execute()
      ).map((c) => c.status);

    it('a wrong key undone within 60 s: the call counts nowhere, the lead is back with the setter', async () => {
      scene.t.clock.set('2026-06-10T16:00:00Z');
      const campaign = await scene.newYorkCampaign('Undo in time', ['Una Wrong']);
      const { lead } = await servedLead(scene.setter1, campaign.id);
      const wrong = await log(scene.setter1, lead.id, { campaignId: campaign.id, callResult: 'busy' });
      expect((await leadRow(lead.id)).attempt_count).toBe(1);
      scene.t.clock.advance({ seconds: 30 });
      const undone = await undo(scene.setter1, wrong.attempt.id);
      expect(undone.status).toBe(200);
      expect(undone.body).toMatchObject({
        leadId: lead.id,
        leadStatus: 'new',
        leased: true,
        doNotCallKept: false,
      });
      expect(await leadRow(lead.id)).toMatchObject({ status: 'new', attempt_count: 0 });
      const detail = await scene.leadDetail(lead.id);
      expect(detail.attempts).toEqual([]);
      // The setter records the right outcome on the same lead, which they hold again.
      const right = await log(scene.setter1, lead.id, {
        campaignId: campaign.id,
        disposition: 'call_back',
        callbackAt: '2026-06-11T15:00:00Z',
      });
      expect(right.leadStatus).toBe('callback');
      expect((await leadRow(lead.id)).attempt_count).toBe(1);
      const audit = await corrections(scene.setter1, lead.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        subject: 'attempt',
        subjectId: wrong.attempt.id,
        action: 'undo',
        actorName: expect.any(String),
        before: { disposition: 'busy', callResult: 'busy' },
        after: { undone: true },
        fromStatus: 'attempting',
        toStatus: 'new',
      });
      // The timeline tells the correction, not the undone call.
      const timeline = await scene.setter1.get<{ items: { kind: string; data: Record<string, unknown> }[] }>(
        `/api/leads/${lead.id}/timeline`,
      );
      const kinds = timeline.body.items.map((i) => i.kind);
      expect(kinds.filter((k) => k === 'attempt')).toHaveLength(1);
      expect(timeline.body.items.find((i) => i.kind === 'correction')?.data).toMatchObject({
        action: 'undo',
      });
    });

    it('undo is refused after 60 s, for someone else’s call, twice, and for an earlier call', async () => {
      scene.t.clock.set('2026-06-10T17:00:00Z');
      const campaign = await scene.newYorkCampaign('Undo refused', ['Tom Late']);
      const { lead } = await servedLead(scene.setter1, campaign.id);
      const first = await log(scene.setter1, lead.id, {
        campaignId: campaign.id,
        disposition: 'call_back',
        callbackAt: '2026-06-10T17:30:00Z',
      });
      expect((await undo(scene.setter2, first.attempt.id)).body.error.code).toBe('NOT_YOUR_CALL');
      scene.t.clock.advance({ seconds: 61 });
      const late = await undo(scene.setter1, first.attempt.id);
      expect(late.status).toBe(409);
      expect(late.body.error.code).toBe('UNDO_WINDOW_PASSED');
      scene.t.clock.set('2026-06-10T17:31:00Z');
      await servedLead(scene.setter1, campaign.id);
      const second = await log(scene.setter1, lead.id, { campaignId: campaign.id, callResult: 'no_answer' });
      expect(await callbackStatuses(lead.id)).toEqual(['done']);
      expect((await undo(scene.setter1, first.attempt.id)).body.error.code).toBe('CALL_NOT_UNDOABLE');
      // Undoing the second call brings the first call's callback back, pending.
      expect((await undo(scene.setter1, second.attempt.id)).body.leadStatus).toBe('callback');
      expect(await callbackStatuses(lead.id)).toEqual(['pending']);
      expect((await undo(scene.setter1, second.attempt.id)).body.error.code).toBe('CALL_NOT_UNDOABLE');
    });

    it('undoing a callback call cancels the callback it promised', async () => {
      scene.t.clock.set('2026-06-10T18:00:00Z');
      const campaign = await scene.newYorkCampaign('Undo callback', ['Cal Back']);
      const { lead } = await servedLead(scene.setter1, campaign.id);
      const call = await log(scene.setter1, lead.id, {
        campaignId: campaign.id,
        disposition: 'call_back',
        callbackAt: '2026-06-11T15:00:00Z',
      });
      expect(await callbackStatuses(lead.id)).toEqual(['pending']);
      await undo(scene.setter1, call.attempt.id);
      expect(await callbackStatuses(lead.id)).toEqual(['cancelled']);
      expect((await leadRow(lead.id)).status).toBe('new');
    });

    it('a setter edits their own call within 24 h with a reason; later only a manager; the status follows', async () => {
      scene.t.clock.set('2026-06-12T16:00:00Z');
      const campaign = await scene.newYorkCampaign('Edits', ['Eda Edit']);
      const { lead } = await servedLead(scene.setter1, campaign.id);
      const call = await log(scene.setter1, lead.id, { campaignId: campaign.id, callResult: 'no_answer' });
      scene.t.clock.advance({ hours: 2 });
      const noReason = await edit(scene.setter1, call.attempt.id, {
        callResult: 'wrong_number',
        reason: ' ',
      });
      expect(noReason.status).toBe(400);
      expect(noReason.body.error).toMatchObject({ code: 'CORRECTION_REASON_REQUIRED', field: 'reason' });
      const other = await edit(scene.setter2, call.attempt.id, { callResult: 'wrong_number', reason: 'x' });
      expect(other.body.error.code).toBe('NOT_YOUR_CALL');
      const fixed = await edit(scene.setter1, call.attempt.id, {
        callResult: 'wrong_number',
        notes: 'A bakery answered',
        reason: 'I pressed the wrong key',
      });
      expect(fixed.status).toBe(200);
      expect(fixed.body.leadStatus).toBe('bad_number');
      expect((await leadRow(lead.id)).status).toBe('bad_number');
      const detail = await scene.leadDetail(lead.id);
      expect(detail.attempts[0]).toMatchObject({ disposition: 'wrong_number', notes: 'A bakery answered' });
      scene.t.clock.advance({ hours: 23 });
      const late = await edit(scene.setter1, call.attempt.id, {
        callResult: 'no_answer',
        reason: 'after all',
      });
      expect(late.status).toBe(403);
      expect(late.body.error.code).toBe('EDIT_WINDOW_PASSED');
      const boss = await manager();
      const byManager = await edit(boss, call.attempt.id, {
        callResult: 'no_answer',
        reason: 'Checked the recording',
      });
      expect(byManager.status).toBe(200);
      expect((await leadRow(lead.id)).status).toBe('attempting');
      const audit = await corrections(boss, lead.id);
      expect(audit.map((c) => c.action)).toEqual(['edit', 'edit']);
      expect(audit[1]).toMatchObject({
        reason: 'I pressed the wrong key',
        before: { disposition: 'no_answer', notes: null },
        after: { disposition: 'wrong_number', notes: 'A bakery answered' },
        fromStatus: 'attempting',
        toStatus: 'bad_number',
      });
      expect(audit[0]).toMatchObject({ reason: 'Checked the recording', toStatus: 'attempting' });
    });

    it('undoing a do-not-call keeps the number listed; only a manager lifts it, with a reason', async () => {
      scene.t.clock.set('2026-06-15T16:00:00Z');
      const campaign = await scene.newYorkCampaign('Dnc', ['Dan Never']);
      const { lead } = await servedLead(scene.setter1, campaign.id);
      const call = await log(scene.setter1, lead.id, { campaignId: campaign.id, disposition: 'do_not_call' });
      const undone = await undo(scene.setter1, call.attempt.id);
      expect(undone.body).toMatchObject({ leadStatus: 'dnc', doNotCallKept: true, leased: false });
      expect((await leadRow(lead.id)).status).toBe('dnc');
      const bySetter = await scene.setter1.post<ErrorBody>(`/api/leads/${lead.id}/dnc/lift`, {
        reason: 'oops',
      });
      expect(bySetter.status).toBe(403);
      const boss = await manager();
      const noReason = await boss.post<ErrorBody>(`/api/leads/${lead.id}/dnc/lift`, {});
      expect(noReason.body.error.code).toBe('CORRECTION_REASON_REQUIRED');
      expect((await leadRow(lead.id)).status).toBe('dnc');
      const lifted = await boss.post<CorrectionResult & { liftedPhones: string[] }>(
        `/api/leads/${lead.id}/dnc/lift`,
        { reason: 'The setter pressed the key by mistake; confirmed with the prospect' },
      );
      expect(lifted.status).toBe(200);
      expect(lifted.body.leadStatus).toBe('new');
      expect(lifted.body.liftedPhones).toEqual([lead.phone]);
      const again = await boss.post<ErrorBody>(`/api/leads/${lead.id}/dnc/lift`, { reason: 'again' });
      expect(again.body.error.code).toBe('CONFLICT');
      const audit = await corrections(boss, lead.id);
      expect(audit[0]).toMatchObject({ subject: 'dnc', action: 'lift', fromStatus: 'dnc', toStatus: 'new' });
      expect(audit[0]?.before).toMatchObject({ entries: [expect.objectContaining({ phone: lead.phone })] });
    });

    it('a rep corrects a no-show to held and a manager the sale; the lead and the rebook callback follow', async () => {
      scene.t.clock.set('2026-06-16T14:00:00Z');
      const rep1 = await repIdOf(scene.t, 'rep1@demo.test');
      const rita = await scene.t.authed('rep1@demo.test');
      const appointment = await bookFreshLead(scene.t, scene.setter1, scene.sunpeak, { repId: rep1 });
      const correct = (api: Api, body: Record<string, unknown>) =>
        api.post<CorrectionResult & ErrorBody>(`/api/appointments/${appointment.id}/correction`, body);
      const live = await correct(rita, { status: 'held', reason: 'too early' });
      expect(live.status).toBe(409);
      scene.t.clock.set(Temporal.Instant.from(appointment.startsAt).add({ hours: 2 }).toString());
      const marked = await rita.post<AppointmentDto>(`/api/appointments/${appointment.id}/status`, {
        status: 'no_show',
      });
      expect(marked.status).toBe(200);
      expect(await callbackStatuses(appointment.lead.id)).toEqual(['pending']);
      expect((await correct(scene.setter1, { status: 'held', reason: 'x' })).status).toBe(403);
      expect((await correct(rita, { status: 'held' })).body.error.code).toBe('CORRECTION_REASON_REQUIRED');
      const held = await correct(rita, { status: 'held', reason: 'They joined ten minutes late' });
      expect(held.status).toBe(200);
      expect(held.body.leadStatus).toBe('appointment_held');
      expect(await callbackStatuses(appointment.lead.id)).toEqual(['cancelled']);
      const boss = await manager();
      const won = await correct(boss, {
        status: 'held',
        outcome: { result: 'won', amountMinor: 1250000, currency: 'USD' },
        reason: 'The contract came in',
      });
      expect(won.body.leadStatus).toBe('won');
      const row = await db()
        .selectFrom('appointments')
        .select(['status', 'outcome', 'outcome_amount_minor'])
        .where('id', '=', appointment.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'held', outcome: 'won', outcome_amount_minor: 1250000 });
      const audit = await corrections(boss, appointment.lead.id);
      expect(audit.map((c) => [c.action, c.fromStatus, c.toStatus])).toEqual([
        ['outcome', 'appointment_held', 'won'],
        ['status', 'callback', 'appointment_held'],
      ]);
      expect(audit[1]).toMatchObject({ before: { status: 'no_show' }, after: { status: 'held' } });
    });

    it('another client’s call, lead and appointment answer 404 to every correction', async () => {
      scene.t.clock.set('2026-06-17T16:00:00Z');
      const ledgerly = await demoClient(scene.t, 'ledgerly');
      const setter3 = await scene.t.authed('setter3@demo.test');
      const [leadId] = await freshLeadIds(scene.t, ledgerly.id, 1);
      const call = await log(scene.setter1, Number(leadId), { disposition: 'no_answer' });
      const expectNotFound = (response: { status: number; body: unknown }) => {
        expect(response.status).toBe(404);
        expect((response.body as ErrorBody).error.code).toBe('NOT_FOUND');
      };
      expectNotFound(await undo(setter3, call.attempt.id));
      expectNotFound(await edit(setter3, call.attempt.id, { callResult: 'busy', reason: 'x' }));
      expectNotFound(await setter3.get(`/api/leads/${leadId}/corrections`));
      expect((await leadRow(Number(leadId))).attempt_count).toBe(1);
      expect(await corrections(scene.setter1, Number(leadId))).toEqual([]);
    });
  });
}
