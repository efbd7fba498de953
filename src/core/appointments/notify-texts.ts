import type { Temporal } from 'temporal-polyfill';
import { type Language, languages } from '../../contracts/auth.ts';
import { displayPhone } from '../lead-intake/phone-display.ts';
import type { AppointmentNotice } from './appointment-ports.ts';
import { type NotifyWording, notifyWording } from './notify-wording.ts';

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

/** The lead's language: Serbian for leads in Serbia, English elsewhere (the languages of the app). */
export const localeForCountry = (country: string): Language => (country.toUpperCase() === 'RS' ? 'sr' : 'en');

/**
 * A saved locale as one of the product's languages; none, or one the product does not speak, is
 * English.
 *
 * @example
 * languageOf('sr') // 'sr'
 * languageOf('de') // 'en'
 */
export const languageOf = (locale: string | null): Language => languages.find((l) => l === locale) ?? 'en';

/** The language a recipient reads: the lead's by their country, the rep's as set on their account. */
export function recipientLanguage(notice: AppointmentNotice, recipient: Recipient): Language {
  return recipient === 'rep' ? languageOf(notice.rep.locale) : localeForCountry(notice.lead.country);
}

const wordingFor = (notice: AppointmentNotice, recipient: Recipient): NotifyWording =>
  notifyWording[recipientLanguage(notice, recipient)];

/**
 * A start time as a person reads it in their language, labelled with its zone.
 *
 * @example
 * formatWhen(Temporal.Instant.from('2026-06-12T14:00:00Z'), 'America/Denver', 'en')
 * // 'Friday, June 12, 2026 at 8:00 AM MDT'
 * formatWhen(Temporal.Instant.from('2026-06-12T12:00:00Z'), 'Europe/Belgrade', 'sr')
 * // 'петак, 12. јун 2026. 14:00 CEST'
 */
export function formatWhen(instant: Temporal.Instant, timeZone: string, language: Language): string {
  return instant.toZonedDateTimeISO(timeZone).toLocaleString(notifyWording[language].dateLocale, {
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

/** Where the meeting happens, as the calendar's LOCATION, in the recipient's language. */
export function whereText(notice: AppointmentNotice, recipient: Recipient): string | null {
  const { locationKind, location } = notice.appointment;
  const words = wordingFor(notice, recipient);
  switch (locationKind) {
    case 'phone':
      return location ?? words.phoneCall(notice.rep.name, displayPhone(notice.lead.phone));
    case 'video':
      return location ?? words.videoCall;
    case 'in_person':
      return location ?? notice.lead.address;
    default:
      return location;
  }
}

export function eventSummary(notice: AppointmentNotice, recipient: Recipient): string {
  if (recipient === 'lead') {
    return wordingFor(notice, 'lead').leadSummary(notice.meetingTypeName, notice.rep.name, notice.clientName);
  }
  const company = notice.lead.company ? ` (${notice.lead.company})` : '';
  return `${notice.meetingTypeName}: ${leadName(notice)}${company}`;
}

/** What the rep walks in with, in the rep's language: how to reach the lead and what they asked. */
export function repBriefing(notice: AppointmentNotice): string[] {
  const { appointment, lead } = notice;
  const words = wordingFor(notice, 'rep').briefing;
  return [
    `${words.lead} ${leadName(notice)}${lead.company ? `, ${lead.company}` : ''}`,
    `${words.phone} ${displayPhone(lead.phone)}`,
    ...(lead.email ? [`${words.email} ${lead.email}`] : []),
    ...(appointment.questionsAsked ? [`${words.questionsAsked} ${appointment.questionsAsked}`] : []),
    ...(appointment.notes ? [`${words.setterNotes} ${appointment.notes}`] : []),
  ];
}

/** The invite's DESCRIPTION: the rep's briefing; for the lead, the private link when there is one. */
export function inviteDescription(
  notice: AppointmentNotice,
  recipient: Recipient,
  link: string | null,
): string {
  if (recipient === 'rep') return repBriefing(notice).join('\n');
  return link ? wordingFor(notice, 'lead').selfServiceLine(link) : '';
}

/** The mail that carries an invite or a cancellation to one recipient. */
export function inviteMailText(
  notice: AppointmentNotice,
  recipient: Recipient,
  reason: InviteReason,
  link: string | null,
): MailText {
  const words = wordingFor(notice, recipient);
  const when = recipientWhen(notice, recipient);
  const reasonLines =
    reason === 'cancelled' && notice.appointment.statusReason
      ? [`${words.why} ${notice.appointment.statusReason}`]
      : [];
  const lines = mailLines(notice, recipient, link, [
    words.inviteOpening[reason],
    '',
    `${words.what} ${eventSummary(notice, recipient)}`,
    `${words.when} ${when}`,
    ...whereLines(notice, recipient),
    ...reasonLines,
  ]);
  return {
    subject: words.inviteSubject[reason](eventSummary(notice, recipient), when),
    text: lines.join('\n'),
  };
}

/** A reminder before the meeting; the calendar entry already exists, so it carries no invite. */
export function reminderMailText(
  notice: AppointmentNotice,
  recipient: Recipient,
  link: string | null,
): MailText {
  const words = wordingFor(notice, recipient);
  const when = recipientWhen(notice, recipient);
  const lines = mailLines(notice, recipient, link, [
    words.reminderOpening(eventSummary(notice, recipient)),
    `${words.when} ${when}`,
    ...whereLines(notice, recipient),
  ]);
  return { subject: words.reminderSubject(eventSummary(notice, recipient), when), text: lines.join('\n') };
}

const recipientWhen = (notice: AppointmentNotice, recipient: Recipient): string =>
  formatWhen(
    notice.appointment.startsAt,
    recipientTimeZone(notice, recipient),
    recipientLanguage(notice, recipient),
  );

const whereLines = (notice: AppointmentNotice, recipient: Recipient): string[] => {
  const where = whereText(notice, recipient);
  return where ? [`${wordingFor(notice, recipient).where} ${where}`] : [];
};

/** Greeting, the body, the rep's briefing, the lead's link and the signature: every mail's frame. */
function mailLines(
  notice: AppointmentNotice,
  recipient: Recipient,
  link: string | null,
  body: string[],
): string[] {
  const words = wordingFor(notice, recipient);
  return [
    words.greeting(recipient === 'lead' ? notice.lead.firstName || leadName(notice) : notice.rep.name),
    '',
    ...body,
    ...(recipient === 'rep' ? ['', ...repBriefing(notice)] : []),
    ...(link ? ['', words.selfServiceLine(link)] : []),
    '',
    `— ${notice.clientName}`,
  ];
}
