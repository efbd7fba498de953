import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';

/**
 * Reads produced .ics text back with ical.js, an independent parser, into plain values the tests
 * compare field by field. Times are resolved through the file's own VTIMEZONE, as a client does.
 */
export interface ReadEvent {
  uid: string;
  sequence: number;
  stamp: Temporal.Instant;
  startsAt: Temporal.Instant;
  endsAt: Temporal.Instant;
  /** 'UTC' for a time written with 'Z'. */
  startTzid: string;
  endTzid: string;
  /** True when each local time was resolved through a VTIMEZONE of the file itself. */
  zonesFromFile: boolean;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  status: string | null;
  organizer: Person | null;
  attendees: (Person & { role: string; partstat: string; rsvp: string })[];
}

interface Person {
  cn: string;
  email: string;
}

export interface ReadCalendar {
  version: string | null;
  prodid: string | null;
  method: string | null;
  /** TZIDs of the VTIMEZONE blocks of the file. */
  vtimezones: string[];
  events: ReadEvent[];
}

export function readIcs(text: string): ReadCalendar {
  const root = new ICAL.Component(ICAL.parse(text));
  if (root.name !== 'vcalendar') throw new Error(`expected a VCALENDAR, got ${root.name}`);
  return {
    version: stringValue(root, 'version'),
    prodid: stringValue(root, 'prodid'),
    method: stringValue(root, 'method'),
    vtimezones: root
      .getAllSubcomponents('vtimezone')
      .map((zone) => String(zone.getFirstPropertyValue('tzid'))),
    events: root.getAllSubcomponents('vevent').map(readEvent),
  };
}

function readEvent(vevent: ICAL.Component): ReadEvent {
  const event = new ICAL.Event(vevent);
  const stamp = vevent.getFirstPropertyValue('dtstamp');
  if (!(stamp instanceof ICAL.Time)) throw new Error('DTSTAMP is missing');
  const organizer = vevent.getFirstProperty('organizer');
  return {
    uid: event.uid,
    sequence: event.sequence,
    stamp: instantOf(stamp),
    startsAt: instantOf(event.startDate),
    endsAt: instantOf(event.endDate),
    startTzid: event.startDate.zone?.tzid ?? 'floating',
    endTzid: event.endDate.zone?.tzid ?? 'floating',
    zonesFromFile: [event.startDate, event.endDate].every(
      (time) => time.zone?.tzid === 'UTC' || Boolean(time.zone?.component),
    ),
    summary: event.summary,
    description: event.description,
    location: stringValue(vevent, 'location'),
    url: stringValue(vevent, 'url'),
    status: stringValue(vevent, 'status'),
    organizer: organizer ? personOf(organizer) : null,
    attendees: event.attendees.map((attendee) => ({
      ...personOf(attendee),
      role: String(attendee.getParameter('role')),
      partstat: String(attendee.getParameter('partstat')),
      rsvp: String(attendee.getParameter('rsvp')),
    })),
  };
}

function personOf(property: ICAL.Property): Person {
  return {
    cn: String(property.getParameter('cn')),
    email: String(property.getFirstValue()).replace(/^mailto:/i, ''),
  };
}

function instantOf(time: ICAL.Time): Temporal.Instant {
  return Temporal.Instant.fromEpochMilliseconds(time.toUnixTime() * 1000);
}

function stringValue(component: ICAL.Component, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  return value === null ? null : String(value);
}
