import { type Kysely, sql, type Transaction } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { AppointmentNotice } from '../../core/appointments/appointment-ports.ts';
import type { Appointment } from '../../core/appointments/appointment-state.ts';
import type { AppointmentStatus } from '../../core/appointments/rep.ts';
import type { Database } from '../schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

const instant = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms);

/** Appointments with what the lifecycle needs from their rep and booking call. */
function selectAppointments(executor: Executor) {
  return executor
    .selectFrom('appointments as a')
    .innerJoin('reps as r', 'r.id', 'a.rep_id')
    .leftJoin('call_attempts as ca', 'ca.id', 'a.attempt_id')
    .selectAll('a')
    .select(['r.user_id as rep_user_id', 'ca.campaign_id as campaign_id']);
}

type AppointmentRow = Awaited<ReturnType<ReturnType<typeof selectAppointments>['executeTakeFirstOrThrow']>>;

function appointmentRowToAppointment(r: AppointmentRow): Appointment {
  return {
    id: r.id,
    clientId: r.client_id,
    leadId: r.lead_id,
    repId: r.rep_id,
    repUserId: r.rep_user_id,
    setterId: r.setter_id,
    meetingTypeId: r.meeting_type_id,
    attemptId: r.attempt_id,
    campaignId: r.campaign_id,
    status: r.status as AppointmentStatus,
    statusReason: r.status_reason,
    startsAt: instant(r.starts_at),
    endsAt: instant(r.ends_at),
    blockedFrom: instant(r.blocked_from),
    blockedUntil: instant(r.blocked_until),
    leadTimeZone: r.lead_time_zone,
    locationKind: r.location_kind,
    location: r.location,
    questionsAsked: r.questions_asked,
    notes: r.notes,
    sequence: r.sequence,
    rescheduledFromId: r.rescheduled_from_id,
    selfServiceExpiresAt: r.self_service_expires_at === null ? null : instant(r.self_service_expires_at),
    createdAt: instant(r.created_at),
  };
}

export async function findAppointmentById(executor: Executor, id: number): Promise<Appointment | undefined> {
  const row = await selectAppointments(executor).where('a.id', '=', id).executeTakeFirst();
  return row && appointmentRowToAppointment(row);
}

/**
 * The first appointment of each one's reschedule chain (an appointment not rescheduled from any
 * is its own root), walked by a recursive query that both dialects run.
 */
export async function chainRootIds(executor: Executor, ids: readonly number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<{ id: number; root: number }>`
    with recursive chain(id, ancestor, parent) as (
      select id, id, rescheduled_from_id from appointments where id in (${sql.join(ids)})
      union all
      select chain.id, a.id, a.rescheduled_from_id from chain join appointments a on a.id = chain.parent
    )
    select id, ancestor as root from chain where parent is null`.execute(executor);
  return new Map(rows.map((r) => [Number(r.id), Number(r.root)]));
}

function selectNotices(executor: Executor) {
  return selectAppointments(executor)
    .innerJoin('leads as l', 'l.id', 'a.lead_id')
    .innerJoin('clients as c', 'c.id', 'a.client_id')
    .innerJoin('meeting_types as m', 'm.id', 'a.meeting_type_id')
    .leftJoin('users as u', 'u.id', 'r.user_id')
    .select([
      'l.first_name',
      'l.last_name',
      'l.company',
      'l.email as lead_email',
      'l.phone',
      'l.address',
      'l.city',
      'l.country',
      'l.time_zone as lead_zone',
      'r.name as rep_name',
      'r.email as rep_email',
      'r.time_zone as rep_time_zone',
      'u.locale as rep_locale',
      'c.name as client_name',
      'c.time_zone as client_time_zone',
      'm.name as meeting_type_name',
    ]);
}

type NoticeRow = Awaited<ReturnType<ReturnType<typeof selectNotices>['executeTakeFirstOrThrow']>>;

function noticeRowToNotice(row: NoticeRow, chainRootId: number): AppointmentNotice {
  const appointment = appointmentRowToAppointment(row);
  return {
    appointment,
    chainRootId,
    clientName: row.client_name,
    clientTimeZone: row.client_time_zone,
    meetingTypeName: row.meeting_type_name,
    lead: {
      firstName: row.first_name,
      lastName: row.last_name,
      company: row.company,
      email: row.lead_email,
      phone: row.phone,
      address: [row.address, row.city].filter(Boolean).join(', ') || null,
      country: row.country,
      timeZone: row.lead_zone,
    },
    rep: {
      id: appointment.repId,
      name: row.rep_name,
      email: row.rep_email,
      timeZone: row.rep_time_zone,
      locale: row.rep_locale,
    },
  };
}

/** Appointments with the lead, rep, client and meeting type their mails and pages speak of. */
export async function findNotices(
  executor: Executor,
  filter: { ids?: readonly number[]; repId?: number; endsAfter?: Temporal.Instant; limit?: number },
): Promise<AppointmentNotice[]> {
  let query = selectNotices(executor);
  if (filter.ids) query = query.where('a.id', 'in', filter.ids.length > 0 ? [...filter.ids] : [-1]);
  if (filter.repId !== undefined) query = query.where('a.rep_id', '=', filter.repId);
  if (filter.endsAfter) query = query.where('a.ends_at', '>', filter.endsAfter.epochMilliseconds);
  const rows = await query
    .orderBy('a.starts_at')
    .orderBy('a.id')
    .limit(filter.limit ?? 2000)
    .execute();
  const roots = await chainRootIds(
    executor,
    rows.map((r) => r.id),
  );
  return rows.map((row) => noticeRowToNotice(row, roots.get(row.id) ?? row.id));
}

export async function findNotice(executor: Executor, id: number): Promise<AppointmentNotice | undefined> {
  const [notice] = await findNotices(executor, { ids: [id] });
  return notice;
}
