import type { Insertable, Kysely, Transaction } from 'kysely';
import type { BookingWriter } from '../../core/appointments/booking-writes.ts';
import { liveAppointmentStatuses } from '../../core/appointments/rep.ts';
import type { LeadStatus } from '../../core/leads/lead.ts';
import type { DialectName } from '../create-database.ts';
import { isUniqueViolation, lockForUpdate } from '../dialect.ts';
import type { AppointmentsTable, Database } from '../schema.ts';

/** Whether the lead has a scheduled or confirmed appointment. */
export async function hasLiveAppointment(
  db: Kysely<Database> | Transaction<Database>,
  leadId: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('appointments')
    .select('id')
    .where('lead_id', '=', leadId)
    .where('status', 'in', [...liveAppointmentStatuses])
    .executeTakeFirst();
  return row !== undefined;
}

/** The writes only a booking makes; the lead's and the rep's calendar writes come from the other writers. */
export function createBookingWrites(
  trx: Transaction<Database>,
  dialect: DialectName,
): Pick<BookingWriter, 'lockLeadStatus' | 'hasLiveAppointment' | 'insertAppointment'> {
  return {
    async lockLeadStatus(leadId) {
      const row = await lockForUpdate(
        dialect,
        trx.selectFrom('leads').select('status').where('id', '=', leadId),
      ).executeTakeFirst();
      return row?.status as LeadStatus | undefined;
    },

    hasLiveAppointment: (leadId) => hasLiveAppointment(trx, leadId),

    insertAppointment: (a) =>
      insertLiveAppointment(trx, {
        client_id: a.clientId,
        lead_id: a.leadId,
        rep_id: a.repId,
        meeting_type_id: a.meetingTypeId,
        setter_id: a.setterId,
        attempt_id: a.attemptId,
        starts_at: a.startsAt.epochMilliseconds,
        ends_at: a.endsAt.epochMilliseconds,
        blocked_from: a.blockedFrom.epochMilliseconds,
        blocked_until: a.blockedUntil.epochMilliseconds,
        lead_time_zone: a.leadTimeZone,
        location_kind: a.locationKind,
        location: a.location,
        questions_asked: a.questionsAsked,
        notes: a.notes,
        idempotency_key: a.idempotencyKey,
        created_at: a.now.epochMilliseconds,
        updated_at: a.now.epochMilliseconds,
      }),
  };
}

/**
 * Inserts a scheduled appointment; undefined when the database refuses it as a duplicate (the
 * unique live (rep, start) index or the setter's idempotency key): the race was lost.
 */
export async function insertLiveAppointment(
  trx: Transaction<Database>,
  row: Omit<Insertable<AppointmentsTable>, 'status' | 'outcome'>,
): Promise<number | undefined> {
  try {
    const inserted = await trx
      .insertInto('appointments')
      .values({ ...row, status: 'scheduled', outcome: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return inserted.id;
  } catch (error) {
    if (isUniqueViolation(error)) return undefined;
    throw error;
  }
}
