import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/shared/app-error.ts';
import { buildCalendarFeed, type FeedAppointment } from './calendar-feed.ts';
import { readIcs } from './ics-reader.test-support.ts';

const at = (iso: string): Temporal.Instant => Temporal.Instant.from(iso);
const now = at('2026-10-20T08:00:00Z');

const appointment = (n: number, startsAt: string, endsAt: string): FeedAppointment => ({
  uid: `appointment-${n}@setterdesk`,
  sequence: 0,
  startsAt: at(startsAt),
  endsAt: at(endsAt),
  summary: `Consultation ${n}`,
  description: `Lead #${n}`,
  location: null,
  status: 'CONFIRMED',
});

describe('buildCalendarFeed', () => {
  it('publishes one VEVENT per appointment without METHOD, named, in the rep’s zone', () => {
    const events = [
      appointment(1, '2026-10-30T13:00:00Z', '2026-10-30T13:30:00Z'),
      // The fall-back day: 08:00 EST, after the switch.
      appointment(2, '2026-11-01T13:00:00Z', '2026-11-01T14:00:00Z'),
      { ...appointment(3, '2026-11-02T15:00:00Z', '2026-11-02T15:30:00Z'), status: 'CANCELLED', sequence: 1 },
    ] satisfies FeedAppointment[];
    const text = buildCalendarFeed({ name: 'Rita Rep, Acme', timeZone: 'America/New_York', events, now });
    const calendar = readIcs(text);
    expect(calendar).toMatchObject({ version: '2.0', prodid: '-//SetterDesk//SetterDesk//EN', method: null });
    expect(calendar.vtimezones).toEqual(['America/New_York']);
    expect(text).toContain('X-WR-CALNAME:Rita Rep\\, Acme\r\n');
    expect(text).toContain('X-WR-TIMEZONE:America/New_York\r\n');
    expect(
      calendar.events.map((event) => [event.uid, event.sequence, event.status, event.startTzid]),
    ).toEqual([
      ['appointment-1@setterdesk', 0, 'CONFIRMED', 'America/New_York'],
      ['appointment-2@setterdesk', 0, 'CONFIRMED', 'America/New_York'],
      ['appointment-3@setterdesk', 1, 'CANCELLED', 'America/New_York'],
    ]);
    calendar.events.forEach((read, index) => {
      const written = events[index];
      expect(read.startsAt.equals(written?.startsAt ?? now)).toBe(true);
      expect(read.endsAt.equals(written?.endsAt ?? now)).toBe(true);
      expect(read.stamp.equals(now)).toBe(true);
      expect(read.zonesFromFile).toBe(true);
    });
  });

  it('writes a Phoenix rep’s feed with the fixed -0700 zone', () => {
    const events = [appointment(1, '2026-03-08T15:00:00Z', '2026-03-08T16:00:00Z')];
    const text = buildCalendarFeed({ name: 'Phoenix', timeZone: 'America/Phoenix', events, now });
    expect(text).toContain('DTSTART;TZID=America/Phoenix:20260308T080000\r\n');
    expect(readIcs(text).events[0]?.startsAt.equals(at('2026-03-08T15:00:00Z'))).toBe(true);
  });

  it('writes an appointment in the repeated hour (New York, 2026-11-01 01:30 EST) in UTC, others locally', () => {
    const events = [
      appointment(1, '2026-11-01T06:30:00Z', '2026-11-01T07:00:00Z'),
      appointment(2, '2026-11-01T15:00:00Z', '2026-11-01T15:30:00Z'),
    ];
    const calendar = readIcs(buildCalendarFeed({ name: 'Rita', timeZone: 'America/New_York', events, now }));
    expect(calendar.events.map((event) => event.startTzid)).toEqual(['UTC', 'America/New_York']);
    expect(calendar.events[0]?.startsAt.equals(at('2026-11-01T06:30:00Z'))).toBe(true);
  });

  it('writes every time in UTC when the zone changed its rules within the feed (Mexico City 2022→2023)', () => {
    const events = [
      appointment(1, '2022-06-01T17:00:00Z', '2022-06-01T18:00:00Z'),
      appointment(2, '2023-06-01T17:00:00Z', '2023-06-01T18:00:00Z'),
    ];
    const calendar = readIcs(
      buildCalendarFeed({ name: 'CDMX', timeZone: 'America/Mexico_City', events, now }),
    );
    expect(calendar.vtimezones).toEqual([]);
    expect(calendar.events.map((event) => event.startTzid)).toEqual(['UTC', 'UTC']);
    expect(calendar.events[1]?.startsAt.equals(at('2023-06-01T17:00:00Z'))).toBe(true);
  });

  it('publishes an empty feed for a rep without appointments', () => {
    const calendar = readIcs(
      buildCalendarFeed({ name: 'New rep', timeZone: 'America/Chicago', events: [], now }),
    );
    expect(calendar.events).toEqual([]);
  });

  it('rejects an appointment that ends before it starts', () => {
    const events = [appointment(1, '2026-10-30T13:00:00Z', '2026-10-30T12:00:00Z')];
    expect(() => buildCalendarFeed({ name: 'Rita', timeZone: 'America/New_York', events, now })).toThrow(
      AppError,
    );
  });
});
