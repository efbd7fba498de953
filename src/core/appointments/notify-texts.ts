import type { Temporal } from 'temporal-polyfill';
import { displayPhone } from '../lead-intake/phone-display.ts';
import type { AppointmentNotice } from './appointment-ports.ts';

export type Recipient = 'lead' | 'rep';
export type InviteReason = 'booked' | 'rescheduled' | 'cancelled';

export interface MailText {
  subject: string;
  text: string;
}

/** The zone a recipient reads times in: the rep's own; the lead's as booked, else the client's. */
export function recipientTimeZone(notice: AppointmentNotice, recipient: Recipient): string {
  if (recipient === 'rep') return notice.rep.timeZone;
  return notice.appointment.leadTimeZone ?? notice.lead.timeZone ?? notice.clientTimeZone;
}

/**
 * A start time as a person reads it, labelled with its zone.
 *
 * @example
 * formatWhen(Temporal.Instant.from('2026-06-12T14:00:00Z'), 'America/Denver')
 * // 'Friday, June 12, 2026 at 8:00 AM MDT'
 */
export function formatWhen(instant: Temporal.Instant, timeZone: string): string {
  return instant.toZonedDateTimeISO(timeZone).toLocaleString('en-US', {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
}

export const leadName = (notice: AppointmentNotice): string =>
  `${notice.lead.firstName} ${notice.lead.lastName}`.trim() || notice.lead.phone;

/** The address a recipient's mail goes to; null for a lead without an email address. */
export function recipientAddress(
  notice: AppointmentNotice,
  recipient: Recipient,
): { name: string; email: string } | null {
  if (recipient === 'rep') return { name: notice.rep.name, email: notice.rep.email };
  return notice.lead.email ? { name: leadName(notice), email: notice.lead.email } : null;
}

/** Where the meeting happens, as the calendar's LOCATION. */
export function whereText(notice: AppointmentNotice): string | null {
  const { locationKind, location } = notice.appointment;
  switch (locationKind) {
    case 'phone':
      return location ?? `Phone call: ${notice.rep.name} calls ${displayPhone(notice.lead.phone)}`;
    case 'video':
      return location ?? 'Video call (the link follows)';
    case 'in_person':
      return location ?? notice.lead.address;
    default:
      return location;
  }
}

export function eventSummary(notice: AppointmentNotice, recipient: Recipient): string {
  if (recipient === 'lead') return `${notice.meetingTypeName} with ${notice.rep.name} (${notice.clientName})`;
  const company = notice.lead.company ? ` (${notice.lead.company})` : '';
  return `${notice.meetingTypeName}: ${leadName(notice)}${company}`;
}

/** What the rep walks in with: how to reach the lead and what they asked. */
export function repBriefing(notice: AppointmentNotice): string[] {
  const { appointment, lead } = notice;
  return [
    `Lead: ${leadName(notice)}${lead.company ? `, ${lead.company}` : ''}`,
    `Phone: ${displayPhone(lead.phone)}`,
    ...(lead.email ? [`Email: ${lead.email}`] : []),
    ...(appointment.questionsAsked ? [`Questions asked: ${appointment.questionsAsked}`] : []),
    ...(appointment.notes ? [`Setter's notes: ${appointment.notes}`] : []),
  ];
}

const inviteSubjects: Record<InviteReason, (what: string, when: string) => string> = {
  booked: (what, when) => `Appointment: ${what}, ${when}`,
  rescheduled: (what, when) => `Moved: ${what}, now ${when}`,
  cancelled: (what, when) => `Cancelled: ${what}, ${when}`,
};

const inviteOpenings: Record<InviteReason, string> = {
  booked: 'Your appointment is booked.',
  rescheduled: 'Your appointment has moved to a new time.',
  cancelled: 'Your appointment has been cancelled.',
};

/** The mail that carries an invite or a cancellation to one recipient. */
export function inviteMailText(
  notice: AppointmentNotice,
  recipient: Recipient,
  reason: InviteReason,
  link: string | null,
): MailText {
  const when = formatWhen(notice.appointment.startsAt, recipientTimeZone(notice, recipient));
  const reasonLines =
    reason === 'cancelled' && notice.appointment.statusReason
      ? [`Why: ${notice.appointment.statusReason}`]
      : [];
  const lines = mailLines(notice, recipient, link, [
    inviteOpenings[reason],
    '',
    `What: ${eventSummary(notice, recipient)}`,
    `When: ${when}`,
    ...whereLines(notice),
    ...reasonLines,
  ]);
  return { subject: inviteSubjects[reason](eventSummary(notice, recipient), when), text: lines.join('\n') };
}

/** A reminder before the meeting; the calendar entry already exists, so it carries no invite. */
export function reminderMailText(
  notice: AppointmentNotice,
  recipient: Recipient,
  link: string | null,
): MailText {
  const when = formatWhen(notice.appointment.startsAt, recipientTimeZone(notice, recipient));
  const lines = mailLines(notice, recipient, link, [
    `A reminder of your appointment: ${eventSummary(notice, recipient)}`,
    `When: ${when}`,
    ...whereLines(notice),
  ]);
  return { subject: `Reminder: ${eventSummary(notice, recipient)}, ${when}`, text: lines.join('\n') };
}

const whereLines = (notice: AppointmentNotice): string[] => {
  const where = whereText(notice);
  return where ? [`Where: ${where}`] : [];
};

/** Greeting, the body, the rep's briefing, the lead's link and the signature: every mail's frame. */
function mailLines(
  notice: AppointmentNotice,
  recipient: Recipient,
  link: string | null,
  body: string[],
): string[] {
  return [
    recipient === 'lead'
      ? `Hello ${notice.lead.firstName || leadName(notice)},`
      : `Hello ${notice.rep.name},`,
    '',
    ...body,
    ...(recipient === 'rep' ? ['', ...repBriefing(notice)] : []),
    ...(link ? ['', `To confirm, reschedule or cancel: ${link}`] : []),
    '',
    `— ${notice.clientName}`,
  ];
}
