import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { AppointmentWriter } from '../../core/appointments/appointment-ports.ts';
import type { BookingWriter } from '../../core/appointments/booking-writes.ts';
import type { AppointmentStatus } from '../../core/appointments/rep.ts';
import type { MailJobWriter } from '../../core/jobs/send-mail-job.ts';
import type { DialectName } from '../create-database.ts';
import type { Database } from '../schema.ts';
import { findAppointmentById, findNotice } from './appointment-rows.ts';
import { createAppointmentWriter } from './appointment-writer.ts';
import { createBookingWrites, hasLiveAppointment } from './booking-writer.ts';
import { createLeadWriter } from './leads.repository.ts';

const instant = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms);

export interface AppointmentRecord {
  id: number;
  clientId: number;
  clientName: string;
  leadId: number;
  status: AppointmentStatus;
  startsAt: Temporal.Instant;
  endsAt: Temporal.Instant;
  leadTimeZone: string | null;
  locationKind: string;
  location: string | null;
  rep: { id: number; name: string; timeZone: string; userId: number | null };
  setter: { id: number; name: string };
  meetingTypeName: string;
  questionsAsked: string | null;
  notes: string | null;
  sequence: number;
  statusReason: string | null;
  outcome: {
    result: 'won' | 'lost';
    amountMinor: number | null;
    currency: string | null;
    reason: string | null;
  } | null;
  rescheduledFromId: number | null;
  /** The rep's own notes (migration 0014). */
  repNotes: { text: string; updatedAt: Temporal.Instant } | null;
}

export function createAppointmentsRepository(db: Kysely<Database>, dialect: DialectName) {
  return {
    /** Keys belong to the setter who sent them (a reschedule's to the setter of the chain). */
    async findAppointmentByIdempotencyKey(key: string, setterId: number) {
      const row = await db
        .selectFrom('appointments')
        .select(['id', 'lead_id'])
        .where('idempotency_key', '=', key)
        .where('setter_id', '=', setterId)
        .executeTakeFirst();
      return row && { id: row.id, leadId: row.lead_id };
    },

    hasLiveAppointment: (leadId: number) => hasLiveAppointment(db, leadId),

    findAppointment: (id: number) => findAppointmentById(db, id),
    findNotice: (id: number) => findNotice(db, id),

    /** The appointment whose self-service secret hashes to this. */
    async findBySelfServiceHash(hash: string) {
      const row = await db
        .selectFrom('appointments')
        .select(['id', 'self_service_expires_at'])
        .where('self_service_token_hash', '=', hash)
        .executeTakeFirst();
      return (
        row && {
          id: row.id,
          expiresAt: row.self_service_expires_at === null ? null : instant(row.self_service_expires_at),
        }
      );
    },

    /** Follows a reschedule chain forward to the appointment it ends at now. */
    async findRescheduledTo(id: number) {
      let found: { id: number; startsAt: Temporal.Instant; endsAt: Temporal.Instant } | null = null;
      let current = id;
      for (let hop = 0; hop < 100; hop++) {
        const next = await db
          .selectFrom('appointments')
          .select(['id', 'starts_at', 'ends_at'])
          .where('rescheduled_from_id', '=', current)
          .orderBy('id', 'desc')
          .executeTakeFirst();
        if (!next) break;
        found = { id: next.id, startsAt: instant(next.starts_at), endsAt: instant(next.ends_at) };
        current = next.id;
      }
      return found;
    },

    /** One transaction for a booking or any later change, with the mails and jobs it queues. */
    transaction<T>(
      work: (writer: BookingWriter & AppointmentWriter & MailJobWriter) => Promise<T>,
    ): Promise<T> {
      return db.transaction().execute((trx) =>
        work({
          ...createAppointmentWriter(trx, dialect),
          ...createLeadWriter(trx, async () => {
            throw new Error('A booking never writes do-not-call entries');
          }),
          ...createBookingWrites(trx, dialect),
        }),
      );
    },

    async list(filter: {
      ids?: number[];
      clientIds: readonly number[];
      repUserId?: number;
      from?: Temporal.Instant;
      to?: Temporal.Instant;
    }): Promise<AppointmentRecord[]> {
      if (filter.clientIds.length === 0) return [];
      let query = db
        .selectFrom('appointments as a')
        .innerJoin('reps as r', 'r.id', 'a.rep_id')
        .innerJoin('users as s', 's.id', 'a.setter_id')
        .innerJoin('clients as c', 'c.id', 'a.client_id')
        .innerJoin('meeting_types as m', 'm.id', 'a.meeting_type_id')
        .selectAll('a')
        .select([
          'r.name as rep_name',
          'r.time_zone as rep_time_zone',
          'r.user_id as rep_user_id',
          's.name as setter_name',
          'c.name as client_name',
          'm.name as meeting_type_name',
        ])
        .where('a.client_id', 'in', filter.clientIds);
      if (filter.ids) query = query.where('a.id', 'in', filter.ids.length > 0 ? filter.ids : [-1]);
      if (filter.repUserId !== undefined) query = query.where('r.user_id', '=', filter.repUserId);
      if (filter.from) query = query.where('a.ends_at', '>', filter.from.epochMilliseconds);
      if (filter.to) query = query.where('a.starts_at', '<', filter.to.epochMilliseconds);
      const rows = await query.orderBy('a.starts_at').limit(500).execute();
      return rows.map((r) => ({
        id: r.id,
        clientId: r.client_id,
        clientName: r.client_name,
        leadId: r.lead_id,
        status: r.status as AppointmentStatus,
        startsAt: instant(r.starts_at),
        endsAt: instant(r.ends_at),
        leadTimeZone: r.lead_time_zone,
        locationKind: r.location_kind,
        location: r.location,
        rep: { id: r.rep_id, name: r.rep_name, timeZone: r.rep_time_zone, userId: r.rep_user_id },
        setter: { id: r.setter_id, name: r.setter_name },
        meetingTypeName: r.meeting_type_name,
        questionsAsked: r.questions_asked,
        notes: r.notes,
        sequence: r.sequence,
        statusReason: r.status_reason,
        outcome:
          r.outcome === 'won' || r.outcome === 'lost'
            ? {
                result: r.outcome,
                amountMinor: r.outcome_amount_minor,
                currency: r.outcome_currency,
                reason: r.outcome_reason,
              }
            : null,
        rescheduledFromId: r.rescheduled_from_id,
        repNotes:
          r.rep_notes === null
            ? null
            : { text: r.rep_notes, updatedAt: instant(r.rep_notes_at ?? r.created_at) },
      }));
    },
  };
}

export type AppointmentsRepository = ReturnType<typeof createAppointmentsRepository>;
