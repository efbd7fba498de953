import type { Temporal } from 'temporal-polyfill';
import { notFound } from '../shared/app-error.ts';
import type { AppointmentMessaging, AppointmentNotice, AppointmentWriter } from './appointment-ports.ts';
import { selfServiceExpiry } from './appointment-rules.ts';
import {
  eventSummary,
  type InviteReason,
  inviteDescription,
  inviteMailText,
  leadName,
  type Recipient,
  recipientAddress,
  recipientTimeZone,
  whereText,
} from './notify-texts.ts';
import { scheduleReminders } from './reminder-jobs.ts';

/**
 * The invite UID of an appointment: one per reschedule chain, so a calendar moves its event in
 * place when a REQUEST with a higher SEQUENCE arrives instead of showing two.
 */
export const inviteUid = (chainRootId: number, host: string): string => `appointment-${chainRootId}@${host}`;

/** The lead's private page behind a link secret. */
export const selfServiceUrl = (baseUrl: string, token: string): string => `${baseUrl}/a/${token}`;

function renderInvite(
  messaging: AppointmentMessaging,
  notice: AppointmentNotice,
  recipient: Recipient,
  method: 'REQUEST' | 'CANCEL',
  link: string | null,
  now: Temporal.Instant,
): string {
  const { appointment, lead, rep } = notice;
  const leadLink = recipient === 'lead' ? link : null;
  return messaging.renderInvite({
    method,
    uid: inviteUid(notice.chainRootId, messaging.uidHost),
    sequence: appointment.sequence,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    timeZone: recipientTimeZone(notice, recipient),
    summary: eventSummary(notice, recipient),
    description: inviteDescription(notice, recipient, leadLink),
    location: whereText(notice, recipient),
    status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    organizer: messaging.organizer,
    attendees: [
      { name: rep.name, email: rep.email, role: 'rep' },
      ...(lead.email ? [{ name: leadName(notice), email: lead.email, role: 'lead' as const }] : []),
    ],
    ...(leadLink ? { url: leadLink } : {}),
    now,
  });
}

/**
 * Queues, in the caller's transaction, one mail per recipient with the iCalendar part: REQUEST for
 * a booking or a new time, CANCEL for a cancellation. A lead without an email address gets none.
 */
export async function queueInviteMails(
  writer: AppointmentWriter,
  messaging: AppointmentMessaging,
  notice: AppointmentNotice,
  reason: InviteReason,
  options: { recipients: readonly Recipient[]; link: string | null; now: Temporal.Instant },
): Promise<void> {
  const method = reason === 'cancelled' ? 'CANCEL' : 'REQUEST';
  for (const recipient of options.recipients) {
    const to = recipientAddress(notice, recipient);
    if (!to) continue;
    const link = recipient === 'lead' ? options.link : null;
    const text = inviteMailText(notice, recipient, reason, link);
    await writer.enqueueMail(
      {
        clientId: notice.appointment.clientId,
        appointmentId: notice.appointment.id,
        to: [to],
        subject: text.subject,
        text: text.text,
        calendar: { method, content: renderInvite(messaging, notice, recipient, method, link, options.now) },
      },
      options.now,
    );
  }
}

/** A new private link for the lead; only its hash is stored, valid until some days after the start. */
export async function issueSelfServiceLink(
  writer: AppointmentWriter,
  messaging: AppointmentMessaging,
  notice: AppointmentNotice,
): Promise<string> {
  const { token, hash } = messaging.newSecret();
  const { appointment } = notice;
  await writer.setSelfServiceToken(
    appointment.id,
    hash,
    selfServiceExpiry(appointment.startsAt, messaging.selfServiceLinkDays),
  );
  return selfServiceUrl(messaging.baseUrl, token);
}

/**
 * Everything a new appointment (booked, or the new time of a reschedule) sets in motion, inside
 * its transaction: the lead's link, invites to the lead and the rep, and the reminder jobs.
 */
export async function announceAppointment(
  writer: AppointmentWriter,
  messaging: AppointmentMessaging,
  appointmentId: number,
  reason: 'booked' | 'rescheduled',
  now: Temporal.Instant,
): Promise<void> {
  const notice = await writer.loadNotice(appointmentId);
  if (!notice) throw notFound('Appointment');
  const link = await issueSelfServiceLink(writer, messaging, notice);
  await queueInviteMails(writer, messaging, notice, reason, { recipients: ['lead', 'rep'], link, now });
  await scheduleReminders(writer, messaging, notice.appointment, link, now);
}
