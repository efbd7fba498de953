import { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod } from 'ical-generator';
import type { Temporal } from 'temporal-polyfill';
import { AppError } from '../../core/shared/app-error.ts';
import {
  type AppointmentEventFields,
  appointmentEventData,
  createAppointmentCalendar,
  parameterText,
} from './appointment-calendar.ts';

export const inviteMethods = ['REQUEST', 'CANCEL'] as const;
export type InviteMethod = (typeof inviteMethods)[number];

export const attendeeRoles = ['rep', 'lead'] as const;
export type AttendeeRole = (typeof attendeeRoles)[number];

export interface InviteInput extends AppointmentEventFields {
  method: InviteMethod;
  /** Stable per appointment, e.g. `appointment-42@setterdesk`. */
  uid: string;
  /** Raised on each change (reschedule, cancel), so clients replace the older copy. */
  sequence: number;
  /** IANA zone the times are written in (TZID with a matching VTIMEZONE), e.g. the recipient's. */
  timeZone: string;
  organizer: { name: string; email: string };
  attendees: { name: string; email: string; role: AttendeeRole }[];
  /** The lead's self-service link, for instance. */
  url?: string;
  /** Written as DTSTAMP. */
  now: Temporal.Instant;
}

/**
 * The iCalendar (RFC 5545/5546) text of an appointment invite or cancellation, for the
 * `text/calendar; method=…` part of an email. The booking is already on the rep's calendar, so the
 * rep is listed as accepted; the lead is asked to reply.
 *
 * @example
 * buildAppointmentInvite({
 *   method: 'REQUEST', uid: 'appointment-42@setterdesk', sequence: 0,
 *   startsAt: Temporal.Instant.from('2026-03-10T14:00:00Z'), endsAt: Temporal.Instant.from('2026-03-10T14:30:00Z'),
 *   timeZone: 'America/New_York', summary: 'Demo', description: '', location: null, status: 'CONFIRMED',
 *   organizer: { name: 'Acme', email: 'meetings@acme.test' },
 *   attendees: [{ name: 'Lee Lead', email: 'lee@example.com', role: 'lead' }],
 *   now: Temporal.Instant.from('2026-03-01T09:00:00Z'),
 * });
 * // METHOD:REQUEST … DTSTART;TZID=America/New_York:20260310T100000 …
 */
export function buildAppointmentInvite(input: InviteInput): string {
  requireConsistentStatus(input);
  const { calendar, timeZoneOf } = createAppointmentCalendar(input.timeZone, [input]);
  calendar.method(input.method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL);
  const event = calendar.createEvent(appointmentEventData(input, timeZoneOf(input), input.now));
  event.organizer({
    name: parameterText(input.organizer.name) || input.organizer.email,
    email: input.organizer.email,
  });
  for (const attendee of input.attendees) {
    const isRep = attendee.role === 'rep';
    const name = parameterText(attendee.name);
    event.createAttendee({
      email: attendee.email,
      ...(name ? { name } : {}),
      role: ICalAttendeeRole.REQ,
      status: isRep ? ICalAttendeeStatus.ACCEPTED : ICalAttendeeStatus.NEEDSACTION,
      rsvp: !isRep && input.method === 'REQUEST',
    });
  }
  return calendar.toString();
}

/** A cancellation must say CANCELLED and a request must not: clients trust METHOD and STATUS alike. */
function requireConsistentStatus(input: InviteInput): void {
  const expected = input.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED';
  if (input.status !== expected) {
    throw new AppError('VALIDATION', {
      message: `An invite with method ${input.method} must have status ${expected}, not ${input.status}`,
      field: 'status',
    });
  }
  if (input.attendees.length === 0) {
    throw new AppError('VALIDATION', {
      message: 'An invite needs at least one attendee',
      field: 'attendees',
    });
  }
}
