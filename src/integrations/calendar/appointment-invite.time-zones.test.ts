import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { at, baseInput, readSingle } from './appointment-invite.test-support.ts';

describe('buildAppointmentInvite in the recipient’s time zone', () => {
  const zoneCases = [
    {
      title: 'New York, spring-forward day 2026-03-08: 01:30 EST to 03:30 EDT is one hour',
      timeZone: 'America/New_York',
      startsAt: '2026-03-08T06:30:00Z',
      endsAt: '2026-03-08T07:30:00Z',
      dtstart: 'DTSTART;TZID=America/New_York:20260308T013000',
      dtend: 'DTEND;TZID=America/New_York:20260308T033000',
    },
    {
      title: 'New York, fall-back day 2026-11-01: 00:30–01:00 EDT ends just before the repeated hour',
      timeZone: 'America/New_York',
      startsAt: '2026-11-01T04:30:00Z',
      endsAt: '2026-11-01T04:59:00Z',
      dtstart: 'DTSTART;TZID=America/New_York:20261101T003000',
      dtend: 'DTEND;TZID=America/New_York:20261101T005900',
    },
    {
      // RFC 5545 means the first 01:10, ical.js reads the second: only UTC is unambiguous.
      title: 'New York, fall-back day 2026-11-01: 01:10 EDT, the first of two 01:10s, is written in UTC',
      timeZone: 'America/New_York',
      startsAt: '2026-11-01T05:10:00Z',
      endsAt: '2026-11-01T05:50:00Z',
      dtstart: 'DTSTART:20261101T051000Z',
      dtend: 'DTEND:20261101T055000Z',
    },
    {
      title: 'New York, fall-back day 2026-11-01: 01:30 EST, the second of two 01:30s, is written in UTC',
      timeZone: 'America/New_York',
      startsAt: '2026-11-01T06:30:00Z',
      endsAt: '2026-11-01T07:00:00Z',
      dtstart: 'DTSTART:20261101T063000Z',
      dtend: 'DTEND:20261101T070000Z',
    },
    {
      title: 'New York, fall-back day 2026-11-01: 09:00 EST after the switch',
      timeZone: 'America/New_York',
      startsAt: '2026-11-01T14:00:00Z',
      endsAt: '2026-11-01T14:45:00Z',
      dtstart: 'DTSTART;TZID=America/New_York:20261101T090000',
      dtend: 'DTEND;TZID=America/New_York:20261101T094500',
    },
    {
      title: 'Phoenix keeps MST (-0700) on New York’s spring-forward day',
      timeZone: 'America/Phoenix',
      startsAt: '2026-03-08T15:00:00Z',
      endsAt: '2026-03-08T15:30:00Z',
      dtstart: 'DTSTART;TZID=America/Phoenix:20260308T080000',
      dtend: 'DTEND;TZID=America/Phoenix:20260308T083000',
    },
    {
      title: 'Phoenix in July is still -0700',
      timeZone: 'America/Phoenix',
      startsAt: '2026-07-15T17:00:00Z',
      endsAt: '2026-07-15T18:00:00Z',
      dtstart: 'DTSTART;TZID=America/Phoenix:20260715T100000',
      dtend: 'DTEND;TZID=America/Phoenix:20260715T110000',
    },
    {
      title: 'Sydney, southern summer ends 2026-04-05: 09:00 AEST the morning after',
      timeZone: 'Australia/Sydney',
      startsAt: '2026-04-04T23:00:00Z',
      endsAt: '2026-04-04T23:30:00Z',
      dtstart: 'DTSTART;TZID=Australia/Sydney:20260405T090000',
      dtend: 'DTEND;TZID=Australia/Sydney:20260405T093000',
    },
    {
      title: 'Kolkata, a half-hour offset (+0530)',
      timeZone: 'Asia/Kolkata',
      startsAt: '2026-06-01T04:30:00Z',
      endsAt: '2026-06-01T05:00:00Z',
      dtstart: 'DTSTART;TZID=Asia/Kolkata:20260601T100000',
      dtend: 'DTEND;TZID=Asia/Kolkata:20260601T103000',
    },
  ] as const;

  it.each(zoneCases)('$title', ({ timeZone, startsAt, endsAt, dtstart, dtend }) => {
    const { text, calendar, event } = readSingle({
      ...baseInput,
      timeZone,
      startsAt: at(startsAt),
      endsAt: at(endsAt),
    });
    const lines = text.split('\r\n');
    expect(lines).toContain(dtstart);
    expect(lines).toContain(dtend);
    const inUtc = dtstart.endsWith('Z');
    expect(calendar.vtimezones).toEqual(inUtc ? [] : [timeZone]);
    expect(event).toMatchObject({
      startTzid: inUtc ? 'UTC' : timeZone,
      endTzid: inUtc ? 'UTC' : timeZone,
      zonesFromFile: true,
    });
    expect(event.startsAt.equals(at(startsAt))).toBe(true);
    expect(event.endsAt.equals(at(endsAt))).toBe(true);
  });

  it('property: ical.js reads back the exact instants, in the zone unless a local time repeats', () => {
    const zones = [
      'America/New_York',
      'America/Phoenix',
      'Europe/Berlin',
      'Australia/Sydney',
      'Australia/Lord_Howe',
    ];
    const from = at('2026-01-01T00:00:00Z');
    const until = at('2031-01-01T00:00:00Z');
    // Half the starts fall within three hours of one of the zone's transitions, where mistakes live.
    const startArbitrary = (timeZone: string) =>
      fc.oneof(
        fc.integer({ min: 0, max: 5 * 365 * 24 * 60 }).map((minute) => from.add({ minutes: minute })),
        fc
          .tuple(
            fc.constantFrom(...transitionsOf(timeZone, from, until)),
            fc.integer({ min: -180, max: 180 }),
          )
          .map(([transition, minute]) => transition.add({ minutes: minute })),
      );
    const caseArbitrary = fc.constantFrom(...zones).chain((timeZone) =>
      fc.record({
        timeZone: fc.constant(timeZone),
        startsAt: startArbitrary(timeZone),
        minutes: fc.integer({ min: 15, max: 180 }),
      }),
    );
    fc.assert(
      fc.property(caseArbitrary, ({ timeZone, startsAt, minutes }) => {
        const endsAt = startsAt.add({ minutes });
        const { event } = readSingle({ ...baseInput, timeZone, startsAt, endsAt });
        expect(event.startsAt.equals(startsAt)).toBe(true);
        expect(event.endsAt.equals(endsAt)).toBe(true);
        const repeats = [startsAt, endsAt].some((instant) => isInRepeatedHour(instant, timeZone));
        expect(event.startTzid).toBe(repeats ? 'UTC' : timeZone);
      }),
      { numRuns: 400 },
    );
  });
});

function isInRepeatedHour(instant: Temporal.Instant, timeZone: string): boolean {
  const local = instant.toZonedDateTimeISO(timeZone).toPlainDateTime();
  const earlier = local.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  return !earlier.equals(local.toZonedDateTime(timeZone, { disambiguation: 'later' }));
}

function transitionsOf(
  timeZone: string,
  from: Temporal.Instant,
  until: Temporal.Instant,
): Temporal.Instant[] {
  const transitions: Temporal.Instant[] = [];
  let next = from.toZonedDateTimeISO(timeZone).getTimeZoneTransition('next');
  while (next && Temporal.Instant.compare(next.toInstant(), until) < 0) {
    transitions.push(next.toInstant());
    next = next.getTimeZoneTransition('next');
  }
  // A zone without transitions (Phoenix) still needs one value to draw from.
  return transitions.length > 0 ? transitions : [from];
}
