import type { Kysely, Transaction } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { AppointmentOutcome } from '../../core/appointments/appointment-state.ts';
import type { AppointmentStatus } from '../../core/appointments/rep.ts';
import type {
  CorrectionAction,
  CorrectionPort,
  CorrectionRecord,
  CorrectionSubject,
  CorrectionWriter,
  StoredCall,
} from '../../core/corrections/correction-ports.ts';
import type { AppointmentFact, CallFact, LeadHistory } from '../../core/corrections/lead-state.ts';
import type { CallDetailsPort } from '../../core/leads/call-details.ts';
import type { Disposition } from '../../core/leads/lead.ts';
import { withContactMadeGap } from '../../core/leads/log-attempt.ts';
import { defaultRetryPolicy, type RetryPolicy } from '../../core/leads/retry-policy.ts';
import type { DialectName } from '../create-database.ts';
import { lockForUpdate } from '../dialect.ts';
import { parseJson, toJson } from '../json.ts';
import type { Database } from '../schema.ts';
import { findAppointmentById } from './appointment-rows.ts';
import { leadRowToLead } from './lead-mapping.ts';
import { createLeadWriter } from './leads.repository.ts';

const instant = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms);
const idOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) ? value : null;

/** The events of a logged call or its correction: their data names the call and its callback. */
const callEventTypes = new Set(['attempt', 'call_corrected']);
/** The events of a no-show (or a correction to one): their data names the rebook callback. */
const rebookEventTypes = new Set(['appointment_no_show', 'appointment_corrected']);

/** Reads the lead's history as recomputing its state needs it (see recomputeLeadState). */
async function readHistory(
  trx: Transaction<Database>,
  organizationId: number,
  lead: {
    id: number;
    clientId: number;
    createdAt: Temporal.Instant;
    timeZone: string | null;
    phones: { e164: string }[];
  },
): Promise<LeadHistory> {
  const phones = [...new Set(lead.phones.map((p) => p.e164))];
  const [calls, events, callbacks, appointments, dnc] = await Promise.all([
    trx
      .selectFrom('call_attempts')
      .select(['id', 'started_at', 'disposition', 'undone_at'])
      .where('lead_id', '=', lead.id)
      .execute(),
    trx
      .selectFrom('lead_events')
      .select(['id', 'type', 'data', 'created_at'])
      .where('lead_id', '=', lead.id)
      .orderBy('id')
      .execute(),
    trx.selectFrom('callbacks').select(['id', 'due_at']).where('lead_id', '=', lead.id).execute(),
    trx
      .selectFrom('appointments')
      .select(['id', 'status', 'outcome', 'created_at'])
      .where('lead_id', '=', lead.id)
      .execute(),
    phones.length === 0
      ? Promise.resolve([])
      : trx
          .selectFrom('dnc_entries')
          .select('id')
          .where('organization_id', '=', organizationId)
          .where((eb) => eb.or([eb('client_id', 'is', null), eb('client_id', '=', lead.clientId)]))
          .where('phone', 'in', phones)
          .limit(1)
          .execute(),
  ]);
  const callbackOfCall = new Map<number, number | null>();
  const rebookOf = new Map<number, number>();
  const changedAt = new Map<number, number>();
  for (const event of events) {
    const data = parseJson<Record<string, unknown>>(event.data, {});
    const attemptId = idOrNull(data.attemptId);
    if (attemptId !== null && callEventTypes.has(event.type))
      callbackOfCall.set(attemptId, idOrNull(data.callbackId));
    const appointmentId = idOrNull(data.appointmentId);
    if (appointmentId !== null) {
      changedAt.set(appointmentId, Math.max(changedAt.get(appointmentId) ?? 0, event.created_at));
      const callbackId = idOrNull(data.callbackId);
      if (callbackId !== null && rebookEventTypes.has(event.type)) rebookOf.set(appointmentId, callbackId);
    }
  }
  const dueAt = new Map(callbacks.map((c) => [c.id, c.due_at]));
  const callFacts: CallFact[] = calls.map((c) => {
    const callbackId = callbackOfCall.get(c.id) ?? null;
    const due = callbackId === null ? undefined : dueAt.get(callbackId);
    return {
      id: c.id,
      startedAt: instant(c.started_at),
      disposition: c.disposition as Disposition,
      callbackId,
      callbackDueAt: due === undefined ? null : instant(due),
      undone: c.undone_at !== null,
    };
  });
  const appointmentFacts: AppointmentFact[] = appointments.map((a) => ({
    id: a.id,
    status: a.status as AppointmentStatus,
    outcome: a.outcome === 'won' || a.outcome === 'lost' ? a.outcome : null,
    changedAt: instant(Math.max(changedAt.get(a.id) ?? 0, a.created_at)),
    rebookCallbackId: rebookOf.get(a.id) ?? null,
  }));
  return {
    calls: callFacts,
    appointments: appointmentFacts,
    onDoNotCallList: dnc.length > 0,
    createdAt: lead.createdAt,
    timeZone: lead.timeZone,
  };
}

async function findStoredCall(
  trx: Transaction<Database>,
  attemptId: number,
): Promise<StoredCall | undefined> {
  const row = await trx
    .selectFrom('call_attempts as a')
    .leftJoin('outcomes as o', 'o.id', 'a.outcome_id')
    .leftJoin('outcome_reasons as r', 'r.id', 'a.reason_id')
    .selectAll('a')
    .select(['o.label as outcome_label', 'r.label as reason_label'])
    .where('a.id', '=', attemptId)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      clientId: row.client_id,
      leadId: row.lead_id,
      campaignId: row.campaign_id,
      setterId: row.setter_id,
      startedAt: instant(row.started_at),
      createdAt: instant(row.created_at),
      undone: row.undone_at !== null,
      disposition: row.disposition as Disposition,
      callResult: row.call_result,
      outcomeId: row.outcome_id,
      outcomeLabel: row.outcome_label,
      reasonId: row.reason_id,
      reasonLabel: row.reason_label,
      reasonText: row.reason_text,
      reason: row.reason,
      notes: row.notes,
    }
  );
}

/** The writes of one correction, bound to its transaction. */
export function createCorrectionWriter(
  trx: Transaction<Database>,
  dialect: DialectName,
  organizationId: number,
): CorrectionWriter {
  const leads = createLeadWriter(trx, async () => organizationId);
  return {
    insertCallback: leads.insertCallback,
    insertDnc: leads.insertDnc,
    insertEvent: leads.insertEvent,

    async lockLead(leadId) {
      await lockForUpdate(dialect, trx.selectFrom('leads').select('id').where('id', '=', leadId)).execute();
      const row = await trx.selectFrom('leads').selectAll().where('id', '=', leadId).executeTakeFirst();
      return row && leadRowToLead(row);
    },

    findCall: (attemptId) => findStoredCall(trx, attemptId),

    async lockAppointment(appointmentId) {
      await lockForUpdate(
        dialect,
        trx.selectFrom('appointments').select('id').where('id', '=', appointmentId),
      ).execute();
      return findAppointmentById(trx, appointmentId);
    },

    async appointmentOutcome(appointmentId) {
      const row = await trx
        .selectFrom('appointments')
        .select(['outcome', 'outcome_amount_minor', 'outcome_currency', 'outcome_reason'])
        .where('id', '=', appointmentId)
        .executeTakeFirst();
      if (!row || (row.outcome !== 'won' && row.outcome !== 'lost')) return null;
      return {
        result: row.outcome,
        amountMinor: row.outcome_amount_minor,
        currency: row.outcome_currency,
        reason: row.outcome_reason,
      } satisfies AppointmentOutcome;
    },

    history: (lead) => readHistory(trx, organizationId, lead),

    async retryPolicy(campaignId) {
      const row =
        campaignId === null
          ? undefined
          : await trx
              .selectFrom('campaigns')
              .select('retry_policy')
              .where('id', '=', campaignId)
              .executeTakeFirst();
      const stored = row ? parseJson<Partial<RetryPolicy>>(row.retry_policy, {}) : {};
      return withContactMadeGap({ ...defaultRetryPolicy, ...stored });
    },

    async markUndone(attemptId, userId, now) {
      await trx
        .updateTable('call_attempts')
        .set({ undone_at: now.epochMilliseconds, undone_by_user_id: userId })
        .where('id', '=', attemptId)
        .execute();
    },

    async updateCall(attemptId, call) {
      await trx
        .updateTable('call_attempts')
        .set({
          disposition: call.disposition,
          call_result: call.callResult,
          outcome_id: call.outcomeId,
          reason_id: call.reasonId,
          reason_text: call.reasonText,
          reason: call.reason,
          notes: call.notes,
          contact: call.contact ? 1 : 0,
        })
        .where('id', '=', attemptId)
        .execute();
    },

    async updateAppointment(appointmentId, change) {
      await trx
        .updateTable('appointments')
        .set({
          status: change.status,
          status_reason: change.statusReason,
          outcome: change.outcome?.result ?? null,
          outcome_amount_minor: change.outcome?.amountMinor ?? null,
          outcome_currency: change.outcome?.currency ?? null,
          outcome_reason: change.outcome?.reason ?? null,
          updated_at: change.now.epochMilliseconds,
        })
        .where('id', '=', appointmentId)
        .execute();
    },

    async applyLeadState(lead, state, linkedCallbackIds, now) {
      await trx
        .updateTable('leads')
        .set({
          status: state.status,
          attempt_count: state.attemptCount,
          last_attempt_at: state.lastAttemptAt?.epochMilliseconds ?? null,
          next_call_at: state.nextCallAt.epochMilliseconds,
          updated_at: now.epochMilliseconds,
        })
        .where('id', '=', lead.id)
        .execute();
      const live = state.liveCallbackId;
      const stale = [...new Set(linkedCallbackIds)].filter((id) => id !== live);
      if (stale.length > 0)
        await trx
          .updateTable('callbacks')
          .set({ status: 'cancelled' })
          .where('lead_id', '=', lead.id)
          .where('id', 'in', stale)
          .where('status', '=', 'pending')
          .execute();
      if (live !== null)
        await trx
          .updateTable('callbacks')
          .set({ status: 'pending' })
          .where('lead_id', '=', lead.id)
          .where('id', '=', live)
          .execute();
    },

    async lease(leadId, userId, until, now) {
      const result = await trx
        .updateTable('leads')
        .set({ lease_user_id: userId, lease_expires_at: until.epochMilliseconds })
        .where('id', '=', leadId)
        .where((eb) =>
          eb.or([
            eb('lease_user_id', '=', userId),
            eb('lease_user_id', 'is', null),
            eb('lease_expires_at', '<=', now.epochMilliseconds),
          ]),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async deleteClientDnc(orgId, clientId, phones) {
      const unique = [...new Set(phones)];
      if (unique.length === 0) return [];
      const rows = await trx
        .selectFrom('dnc_entries')
        .select(['id', 'phone', 'source', 'created_at'])
        .where('organization_id', '=', orgId)
        .where('client_id', '=', clientId)
        .where('phone', 'in', unique)
        .execute();
      if (rows.length === 0) return [];
      await trx
        .deleteFrom('dnc_entries')
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
      return rows.map((r) => ({ phone: r.phone, source: r.source, createdAt: instant(r.created_at) }));
    },

    async insertCorrection(c) {
      const row = await trx
        .insertInto('corrections')
        .values({
          client_id: c.clientId,
          lead_id: c.leadId,
          actor_user_id: c.actorUserId,
          subject: c.subject,
          subject_id: c.subjectId,
          action: c.action,
          reason: c.reason,
          before: toJson(c.before),
          after: toJson(c.after),
          from_status: c.fromStatus,
          to_status: c.toStatus,
          created_at: c.now.epochMilliseconds,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
  };
}

/** The lead's corrections, newest first, with who made them. */
export async function correctionsOfLead(db: Kysely<Database>, leadId: number): Promise<CorrectionRecord[]> {
  const rows = await db
    .selectFrom('corrections as c')
    .innerJoin('users as u', 'u.id', 'c.actor_user_id')
    .selectAll('c')
    .select('u.name as actor_name')
    .where('c.lead_id', '=', leadId)
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    leadId: r.lead_id,
    actorName: r.actor_name,
    subject: r.subject as CorrectionSubject,
    subjectId: r.subject_id,
    action: r.action as CorrectionAction,
    reason: r.reason,
    before: parseJson<Record<string, unknown>>(r.before, {}),
    after: parseJson<Record<string, unknown>>(r.after, {}),
    fromStatus: r.from_status,
    toStatus: r.to_status,
    createdAt: instant(r.created_at),
  }));
}

/** Corrections of calls, appointments and do-not-call entries, each in one transaction, and their audit. */
export function createCorrectionsRepository(db: Kysely<Database>, dialect: DialectName) {
  return {
    /** The port a correction runs through, for an actor of this organization. */
    port(organizationId: number, details: CallDetailsPort, leaseMinutes: number): CorrectionPort {
      return {
        details,
        leaseMinutes,
        transaction: (work) =>
          db.transaction().execute((trx) => work(createCorrectionWriter(trx, dialect, organizationId))),
      };
    },

    /** The lead's corrections, newest first, with who made them. */
    forLead: (leadId: number) => correctionsOfLead(db, leadId),

    /** The client of a lead or an appointment, for tenant checks before reading corrections. */
    async leadClientId(leadId: number): Promise<number | undefined> {
      const row = await db
        .selectFrom('leads')
        .select('client_id')
        .where('id', '=', leadId)
        .executeTakeFirst();
      return row?.client_id;
    },
  };
}

export type CorrectionsRepository = ReturnType<typeof createCorrectionsRepository>;
