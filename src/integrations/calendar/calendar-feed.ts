import type { Temporal } from 'temporal-polyfill';
import {
  type AppointmentEventFields,
  appointmentEventData,
  createAppointmentCalendar,
} from './appointment-calendar.ts';

/** One appointment of a feed: the invite's fields without method, organizer, attendees or clock. */
export type FeedAppointment = AppointmentEventFields;

export interface CalendarFeedInput {
  /** Shown by calendar apps as the subscribed calendar's name. */
  name: string;
  /** IANA zone every appointment is written in, e.g. the rep's. */
  timeZone: string;
  events: readonly FeedAppointment[];
  /** Written as DTSTAMP. */
  now: Temporal.Instant;
}

/**
 * A rep's subscribable iCalendar feed: no METHOD (a published calendar, not a scheduling message),
 * one VEVENT per appointment, cancelled ones kept with STATUS:CANCELLED so subscribers drop them.
 *
 * @example
 * buildCalendarFeed({ name: 'Rita Rep — SetterDesk', timeZone: 'America/Phoenix', events: [], now });
 * // BEGIN:VCALENDAR … X-WR-CALNAME:Rita Rep — SetterDesk … END:VCALENDAR
 */
export function buildCalendarFeed(input: CalendarFeedInput): string {
  const { calendar, timeZoneOf } = createAppointmentCalendar(input.timeZone, input.events);
  calendar.name(textValue(input.name));
  // The calendar's own zone, for apps (Google, Apple) that show a subscribed calendar in it.
  calendar.x('X-WR-TIMEZONE', input.timeZone);
  for (const event of input.events) {
    calendar.createEvent(appointmentEventData(event, timeZoneOf(event), input.now));
  }
  return calendar.toString();
}

/** ical-generator writes the calendar name unescaped, so TEXT escaping (RFC 5545 §3.3.11) is done here. */
function textValue(text: string): string {
  return text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}
