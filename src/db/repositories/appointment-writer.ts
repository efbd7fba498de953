import type { Transaction } from 'kysely';
import type { AppointmentWriter } from '../../core/appointments/appointment-ports.ts';
import { liveAppointmentStatuses } from '../../core/appointments/rep.ts';
import type { MailJobWriter } from '../../core/jobs/send-mail-job.ts';
import type { LeadStatus } from '../../core/leads/lead.ts';
import type { DialectName } from '../create-database.ts';
import { lockForUpdate } from '../dialect.ts';
import type { Database } from '../schema.ts';
import { findAppointmentById, findNotice } from './appointment-rows.ts';
import { insertLiveAppointment } from './booking-writer.ts';
import { insertJob } from './jobs.repository.ts';
import { createLeadWriter } from './leads.repository.ts';
import { insertMail, markMailSent } from './outbox.repository.ts';

const live = [...liveAppointmentStatuses];

/** The lifecycle's writes inside one transaction: appointments, the lead, its history, mail, jobs. */
export function createAppointmentWriter(
  trx: Transaction<Database>,
  dialect: DialectName,
): AppointmentWriter & MailJobWriter {
  const leads = createLeadWriter(trx, async () => {
    throw new Error('The appointment lifecycle never writes do-not-call entries');
  });
  return {
    insertCallback: leads.insertCallback,
    insertEvent: leads.insertEvent,
    closePendingCallbacks: leads.closePendingCallbacks,

    async lockAppointment(id) {
      // Locked alone: PostgreSQL refuses FOR UPDATE over the outer join that reads it.
      await lockForUpdate(
        dialect,
        trx.selectFrom('appointments').select('id').where('id', '=', id),
      ).execute();
      return findAppointmentById(trx, id);
    },

    async updateAppointment(id, change) {
      await trx
        .updateTable('appointments')
        .set({
          updated_at: change.now.epochMilliseconds,
          ...(change.status ? { status: change.status } : {}),
          ...(change.statusReason !== undefined ? { status_reason: change.statusReason } : {}),
          ...(change.sequence !== undefined ? { sequence: change.sequence } : {}),
          ...(change.confirmedAt ? { confirmed_at: change.confirmedAt.epochMilliseconds } : {}),
          ...(change.outcome
            ? {
                outcome: change.outcome.result,
                outcome_amount_minor: change.outcome.amountMinor,
                outcome_currency: change.outcome.currency,
                outcome_reason: change.outcome.reason,
              }
            : {}),
        })
        .where('id', '=', id)
        .execute();
    },

    insertRescheduled(a) {
      const { from } = a;
      return insertLiveAppointment(trx, {
        client_id: from.clientId,
        lead_id: from.leadId,
        rep_id: a.repId,
        meeting_type_id: from.meetingTypeId,
        setter_id: from.setterId,
        attempt_id: from.attemptId,
        starts_at: a.startsAt.epochMilliseconds,
        ends_at: a.endsAt.epochMilliseconds,
        blocked_from: a.blockedFrom.epochMilliseconds,
        blocked_until: a.blockedUntil.epochMilliseconds,
        lead_time_zone: from.leadTimeZone,
        location_kind: from.locationKind,
        location: from.location,
        questions_asked: from.questionsAsked,
        notes: from.notes,
        idempotency_key: a.idempotencyKey,
        sequence: a.sequence,
        rescheduled_from_id: from.id,
        created_at: a.now.epochMilliseconds,
        updated_at: a.now.epochMilliseconds,
      });
    },

    async lockRep(repId) {
      await lockForUpdate(dialect, trx.selectFrom('reps').select('id').where('id', '=', repId)).execute();
    },

    async hasOverlap(repId, blockedFrom, blockedUntil) {
      const row = await trx
        .selectFrom('appointments')
        .select('id')
        .where('rep_id', '=', repId)
        .where('status', 'in', live)
        .where('blocked_from', '<', blockedUntil.epochMilliseconds)
        .where('blocked_until', '>', blockedFrom.epochMilliseconds)
        .executeTakeFirst();
      return row !== undefined;
    },

    async updateLeadStatus(leadId, status, nextCallAt, now) {
      const before = await trx
        .selectFrom('leads')
        .select('status')
        .where('id', '=', leadId)
        .executeTakeFirst();
      await trx
        .updateTable('leads')
        .set({
          status,
          ...(nextCallAt ? { next_call_at: nextCallAt.epochMilliseconds } : {}),
          updated_at: now.epochMilliseconds,
        })
        .where('id', '=', leadId)
        .execute();
      return (before?.status ?? status) as LeadStatus;
    },

    loadNotice: (id) => findNotice(trx, id),

    async setSelfServiceToken(appointmentId, tokenHash, expiresAt) {
      await trx
        .updateTable('appointments')
        .set({ self_service_token_hash: tokenHash, self_service_expires_at: expiresAt.epochMilliseconds })
        .where('id', '=', appointmentId)
        .execute();
    },

    enqueueMail: (mail, now) => insertMail(trx, mail, now),
    scheduleJob: (job) => insertJob(trx, job),
    markMailSent: (id, now) => markMailSent(trx, id, now),
  };
}
