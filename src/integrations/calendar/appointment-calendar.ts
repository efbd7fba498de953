import { ICalCalendar, type ICalEventData, ICalEventStatus } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { AppError } from '../../core/shared/app-error.ts';
import { buildVtimezone } from './vtimezone.ts';

/** What every appointment event carries, in an invite as in a feed. */
export interface AppointmentEventFields {
  uid: string;
  sequence: number;
  startsAt: Temporal.Instant;
  endsAt: Temporal.Instant;
  summary: string;
  description: string;
  location: string | null;
  status: 'CONFIRMED' | 'CANCELLED';
  url?: string;
}

export const productId = { company: 'SetterDesk', product: 'SetterDesk', language: 'EN' } as const;

/**
 * A calendar whose events are written in `timeZone` (TZID plus a matching VTIMEZONE) wherever that
 * is exact, and in UTC otherwise: when the zone's rules cannot be written as a VTIMEZONE, or for a
 * time inside the repeated hour of a fall-back day, which local time cannot name unambiguously.
 * DTSTAMP is always UTC, as RFC 5545 requires.
 */
export function createAppointmentCalendar(
  timeZone: string,
  events: readonly AppointmentEventFields[],
): { calendar: ICalCalendar; timeZoneOf: (event: AppointmentEventFields) => string | null } {
  requireTimeZone(timeZone);
  for (const event of events) requireEventTimes(event);
  const vtimezone = buildVtimezone(
    timeZone,
    events.flatMap((event) => [event.startsAt, event.endsAt]),
  );
  const calendar = new ICalCalendar({ prodId: productId });
  // The name stays null so that DTSTAMP is written in UTC; the generator serves the events' TZID.
  calendar.timezone({ name: null, generator: (id) => (id === timeZone ? vtimezone : null) });
  const timeZoneOf = (event: AppointmentEventFields): string | null =>
    vtimezone !== null &&
    isNamedByLocalTime(event.startsAt, timeZone) &&
    isNamedByLocalTime(event.endsAt, timeZone)
      ? timeZone
      : null;
  return { calendar, timeZoneOf };
}

/** The ical-generator data of one appointment; `timeZone` null writes UTC times. */
export function appointmentEventData(
  event: AppointmentEventFields,
  timeZone: string | null,
  now: Temporal.Instant,
): ICalEventData {
  return {
    id: event.uid,
    sequence: event.sequence,
    stamp: now,
    start: event.startsAt,
    end: event.endsAt,
    timezone: timeZone,
    summary: event.summary,
    description: event.description,
    location: event.location,
    status: event.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    url: event.url ?? null,
  };
}

/**
 * A CN parameter value: parameters cannot escape DQUOTE, backslash or line breaks (RFC 5545 §3.2),
 * so those are replaced rather than sent as text a client would show literally.
 */
export function parameterText(name: string): string {
  return name
    .replace(/[\p{Cc}"\\]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A local time names one instant unless it falls in the repeated hour of a fall-back day. RFC 5545
 * reads such a time as its first occurrence, but readers differ (ical.js takes the second), so
 * those times are not written locally at all.
 */
function isNamedByLocalTime(instant: Temporal.Instant, timeZone: string): boolean {
  const local = instant.toZonedDateTimeISO(timeZone).toPlainDateTime();
  const earlier = local.toZonedDateTime(timeZone, { disambiguation: 'earlier' }).toInstant();
  const later = local.toZonedDateTime(timeZone, { disambiguation: 'later' }).toInstant();
  return earlier.equals(instant) && later.equals(instant);
}

function requireTimeZone(timeZone: string): void {
  try {
    Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(timeZone);
  } catch (cause) {
    throw new AppError('VALIDATION', { message: `Unknown time zone: ${timeZone}`, field: 'timeZone', cause });
  }
}

function requireEventTimes(event: AppointmentEventFields): void {
  if (Temporal.Instant.compare(event.endsAt, event.startsAt) <= 0) {
    throw new AppError('VALIDATION', {
      message: `Appointment ${event.uid} must end after it starts`,
      field: 'endsAt',
    });
  }
  if (!Number.isInteger(event.sequence) || event.sequence < 0) {
    throw new AppError('VALIDATION', {
      message: `Appointment ${event.uid} has an invalid sequence: ${event.sequence}`,
      field: 'sequence',
    });
  }
}
