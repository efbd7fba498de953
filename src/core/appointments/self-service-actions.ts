import type { Temporal } from 'temporal-polyfill';
import { horizonEnd, pageOfSlots, type SlotPage, type SlotRange } from '../scheduling/slot-pages.ts';
import { AppError } from '../shared/app-error.ts';
import type { AppointmentNotice } from './appointment-ports.ts';
import { type ReschedulePort, rescheduleAppointment } from './appointment-reschedule.ts';
import { slotsForReschedule } from './appointment-reschedule-slots.ts';
import { canSelfServe, isLive } from './appointment-rules.ts';
import type { Changer } from './appointment-state.ts';
import { changeAppointmentStatus } from './appointment-status.ts';
import { type CalendarEvent, type CalendarLinks, calendarLinks } from './calendar-links.ts';
import { inviteUid } from './notify-appointment.ts';
import { eventSummary, recipientLanguage, recipientTimeZone, whereText } from './notify-texts.ts';
import type { AppointmentStatus } from './rep.ts';
import { type HorizonDays, horizonDays } from './slot-pages-for-lead.ts';

export interface SelfServicePort extends ReschedulePort {
  /** The appointment whose link secret hashes to this, with when the link expires. */
  findBySelfServiceHash(
    hash: string,
  ): Promise<{ id: number; expiresAt: Temporal.Instant | null } | undefined>;
  findNotice(appointmentId: number): Promise<AppointmentNotice | undefined>;
  /** The latest appointment a reschedule chain led to from this one, if it was rescheduled. */
  findRescheduledTo(
    appointmentId: number,
  ): Promise<{ id: number; startsAt: Temporal.Instant; endsAt: Temporal.Instant } | null>;
}

/** What the lead sees behind the link, in the lead's zone and language. */
export interface SelfServiceState {
  notice: AppointmentNotice;
  status: AppointmentStatus;
  timeZone: string;
  locale: string;
  canChange: boolean;
  rescheduledTo: { startsAt: Temporal.Instant; endsAt: Temporal.Instant } | null;
  /** The time the link was first sent for, when the appointment has moved since. */
  movedFrom: { startsAt: Temporal.Instant; endsAt: Temporal.Instant } | null;
  /** "Add to calendar" links; null once the appointment is not live. */
  calendar: CalendarLinks | null;
}

/** The appointment a link acts on: the end of its reschedule chain, and where the link began. */
interface Resolved {
  notice: AppointmentNotice;
  movedFrom: { startsAt: Temporal.Instant; endsAt: Temporal.Instant } | null;
}

const lead: Changer = { kind: 'lead' };

/**
 * The appointment behind a link secret's hash, followed along its reschedule chain: the link in the
 * first invite keeps acting on the appointment the lead has now. NOT_FOUND with a plain reason when
 * unknown, or expired by the current appointment's own expiry.
 */
async function resolve(port: SelfServicePort, tokenHash: string, now: Temporal.Instant): Promise<Resolved> {
  const found = await port.findBySelfServiceHash(tokenHash);
  if (!found) {
    throw new AppError('NOT_FOUND', { message: 'This link is not valid: check that it was copied whole' });
  }
  const first = await port.findNotice(found.id);
  if (!first) throw new AppError('NOT_FOUND', { message: 'This link is not valid' });
  const moved = first.appointment.status === 'rescheduled' ? await port.findRescheduledTo(found.id) : null;
  const current = moved ? await port.findNotice(moved.id) : undefined;
  const notice = current ?? first;
  const expiresAt = current ? current.appointment.selfServiceExpiresAt : found.expiresAt;
  if (expiresAt && now.epochMilliseconds >= expiresAt.epochMilliseconds) {
    throw new AppError('NOT_FOUND', { message: 'This link has expired' });
  }
  const { startsAt, endsAt } = first.appointment;
  return { notice, movedFrom: current ? { startsAt, endsAt } : null };
}

export async function viewSelfService(
  port: SelfServicePort,
  tokenHash: string,
  now: Temporal.Instant,
): Promise<SelfServiceState> {
  const { notice, movedFrom } = await resolve(port, tokenHash, now);
  const { appointment } = notice;
  return {
    notice,
    status: appointment.status,
    timeZone: recipientTimeZone(notice, 'lead'),
    locale: recipientLanguage(notice, 'lead'),
    canChange: canSelfServe(appointment, now),
    rescheduledTo: appointment.status === 'rescheduled' ? await port.findRescheduledTo(appointment.id) : null,
    movedFrom,
    calendar: isLive(appointment.status) ? calendarLinks(leadCalendarEvent(notice)) : null,
  };
}

/** The appointment as the lead's calendar shows it. */
function leadCalendarEvent(notice: AppointmentNotice): CalendarEvent {
  return {
    title: eventSummary(notice, 'lead'),
    startsAt: notice.appointment.startsAt,
    endsAt: notice.appointment.endsAt,
    details: whereText(notice, 'lead') ?? '',
    location: whereText(notice, 'lead'),
  };
}

/**
 * The current appointment as an iCalendar file for the lead ("Add to Apple Calendar", desktop
 * Outlook): the invite's UID and SEQUENCE, so importing it updates the invite's event in place.
 */
export async function selfServiceCalendarFile(
  port: SelfServicePort,
  tokenHash: string,
  now: Temporal.Instant,
): Promise<string> {
  const { notice } = await resolve(port, tokenHash, now);
  if (!isLive(notice.appointment.status)) {
    throw new AppError('CONFLICT', { message: 'This appointment is not on the calendar any more' });
  }
  const event = leadCalendarEvent(notice);
  const { messaging } = port;
  return messaging.renderInvite({
    method: 'REQUEST',
    uid: inviteUid(notice.chainRootId, messaging.uidHost),
    sequence: notice.appointment.sequence,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: recipientTimeZone(notice, 'lead'),
    summary: event.title,
    description: event.details,
    location: event.location,
    status: 'CONFIRMED',
    organizer: messaging.organizer,
    attendees: [{ name: notice.rep.name, email: notice.rep.email, role: 'rep' }],
    now,
  });
}

/** A window of the slots the lead may move to: the setter's rules for this lead and meeting type. */
export async function selfServiceSlots(
  port: SelfServicePort,
  tokenHash: string,
  range: SlotRange,
  now: Temporal.Instant,
): Promise<{ timeZone: string; page: SlotPage; horizonEnd: Temporal.Instant }> {
  const { notice } = await resolve(port, tokenHash, now);
  const timeZone = recipientTimeZone(notice, 'lead');
  if (!canSelfServe(notice.appointment, now)) {
    return { timeZone, page: { slots: [], hasMore: false, nextFrom: null }, horizonEnd: now };
  }
  const found = await slotsForReschedule(port, lead, notice.appointment, now);
  return { timeZone, page: pageOfSlots(found.slots, range), horizonEnd: horizonEnd(found.meetingType, now) };
}

/** Every date of the horizon in `timeZone` (default: the lead's), with the times the lead may move to. */
export async function selfServiceSlotDays(
  port: SelfServicePort,
  tokenHash: string,
  timeZone: string | null,
  now: Temporal.Instant,
): Promise<HorizonDays> {
  const { notice } = await resolve(port, tokenHash, now);
  const zone = timeZone ?? recipientTimeZone(notice, 'lead');
  if (!canSelfServe(notice.appointment, now)) return horizonDays([], zone, now, now);
  const found = await slotsForReschedule(port, lead, notice.appointment, now);
  return horizonDays(found.slots, zone, now, horizonEnd(found.meetingType, now));
}

const requireChangeable = (notice: AppointmentNotice, now: Temporal.Instant) => {
  if (!canSelfServe(notice.appointment, now)) {
    throw new AppError('CONFLICT', { message: 'This appointment can no longer be changed through the link' });
  }
};

export async function confirmBySelfService(port: SelfServicePort, tokenHash: string, now: Temporal.Instant) {
  const { notice } = await resolve(port, tokenHash, now);
  requireChangeable(notice, now);
  await changeAppointmentStatus(
    port,
    lead,
    notice.appointment.id,
    { status: 'confirmed', reason: null },
    now,
  );
  return viewSelfService(port, tokenHash, now);
}

export async function cancelBySelfService(
  port: SelfServicePort,
  tokenHash: string,
  reason: string | null,
  now: Temporal.Instant,
) {
  const { notice } = await resolve(port, tokenHash, now);
  requireChangeable(notice, now);
  await changeAppointmentStatus(port, lead, notice.appointment.id, { status: 'cancelled', reason }, now);
  return viewSelfService(port, tokenHash, now);
}

/** Moves the appointment; the new time gets its own link by mail, this one then shows where it went. */
export async function rescheduleBySelfService(
  port: SelfServicePort,
  tokenHash: string,
  startsAt: Temporal.Instant,
  now: Temporal.Instant,
) {
  const { notice } = await resolve(port, tokenHash, now);
  await rescheduleAppointment(
    port,
    lead,
    { appointmentId: notice.appointment.id, startsAt, repId: null, idempotencyKey: null },
    now,
  );
  return viewSelfService(port, tokenHash, now);
}
