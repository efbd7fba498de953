import type { Temporal } from 'temporal-polyfill';
import { AppError } from '../shared/app-error.ts';
import type { AppointmentNotice } from './appointment-ports.ts';
import { type ReschedulePort, rescheduleAppointment } from './appointment-reschedule.ts';
import { slotsForReschedule } from './appointment-reschedule-slots.ts';
import { canSelfServe } from './appointment-rules.ts';
import type { Changer } from './appointment-state.ts';
import { changeAppointmentStatus } from './appointment-status.ts';
import { recipientTimeZone } from './notify-texts.ts';
import type { AppointmentStatus } from './rep.ts';

export interface SelfServicePort extends ReschedulePort {
  /** The appointment whose link secret hashes to this, with when the link expires. */
  findBySelfServiceHash(
    hash: string,
  ): Promise<{ id: number; expiresAt: Temporal.Instant | null } | undefined>;
  findNotice(appointmentId: number): Promise<AppointmentNotice | undefined>;
  /** The latest appointment a reschedule chain led to from this one, if it was rescheduled. */
  findRescheduledTo(
    appointmentId: number,
  ): Promise<{ startsAt: Temporal.Instant; endsAt: Temporal.Instant } | null>;
}

/** What the lead sees behind the link, in the lead's zone and language. */
export interface SelfServiceState {
  notice: AppointmentNotice;
  status: AppointmentStatus;
  timeZone: string;
  locale: string;
  canChange: boolean;
  rescheduledTo: { startsAt: Temporal.Instant; endsAt: Temporal.Instant } | null;
}

const lead: Changer = { kind: 'lead' };

/** The lead's language: Serbian for leads in Serbia, English elsewhere (the languages of the app). */
export const localeForCountry = (country: string): string => (country.toUpperCase() === 'RS' ? 'sr' : 'en');

/** The appointment behind a link secret's hash; NOT_FOUND with a plain reason when unknown or expired. */
async function resolve(
  port: SelfServicePort,
  tokenHash: string,
  now: Temporal.Instant,
): Promise<AppointmentNotice> {
  const found = await port.findBySelfServiceHash(tokenHash);
  if (!found) {
    throw new AppError('NOT_FOUND', { message: 'This link is not valid: check that it was copied whole' });
  }
  if (found.expiresAt && now.epochMilliseconds >= found.expiresAt.epochMilliseconds) {
    throw new AppError('NOT_FOUND', { message: 'This link has expired' });
  }
  const notice = await port.findNotice(found.id);
  if (!notice) throw new AppError('NOT_FOUND', { message: 'This link is not valid' });
  return notice;
}

export async function viewSelfService(
  port: SelfServicePort,
  tokenHash: string,
  now: Temporal.Instant,
): Promise<SelfServiceState> {
  const notice = await resolve(port, tokenHash, now);
  const { appointment } = notice;
  return {
    notice,
    status: appointment.status,
    timeZone: recipientTimeZone(notice, 'lead'),
    locale: localeForCountry(notice.lead.country),
    canChange: canSelfServe(appointment, now),
    rescheduledTo: appointment.status === 'rescheduled' ? await port.findRescheduledTo(appointment.id) : null,
  };
}

/** The slots the lead may move to: the setter's rules for this lead and meeting type. */
export async function selfServiceSlots(
  port: SelfServicePort,
  tokenHash: string,
  limit: number,
  now: Temporal.Instant,
) {
  const notice = await resolve(port, tokenHash, now);
  if (!canSelfServe(notice.appointment, now))
    return { timeZone: recipientTimeZone(notice, 'lead'), slots: [] };
  const found = await slotsForReschedule(port, lead, notice.appointment, limit, now);
  return { timeZone: recipientTimeZone(notice, 'lead'), slots: found.slots };
}

const requireChangeable = (notice: AppointmentNotice, now: Temporal.Instant) => {
  if (!canSelfServe(notice.appointment, now)) {
    throw new AppError('CONFLICT', { message: 'This appointment can no longer be changed through the link' });
  }
};

export async function confirmBySelfService(port: SelfServicePort, tokenHash: string, now: Temporal.Instant) {
  const notice = await resolve(port, tokenHash, now);
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
  const notice = await resolve(port, tokenHash, now);
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
  const notice = await resolve(port, tokenHash, now);
  await rescheduleAppointment(
    port,
    lead,
    { appointmentId: notice.appointment.id, startsAt, repId: null, idempotencyKey: null },
    now,
  );
  return viewSelfService(port, tokenHash, now);
}
