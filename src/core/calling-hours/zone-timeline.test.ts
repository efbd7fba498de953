import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  dayIndexOfIsoDate,
  firstInstantAtWallTime,
  instantsAtWallTime,
  isoWeekdayOf,
  localMsAt,
  msPerDay,
  parseClockTime,
  zoneTimeline,
} from './zone-timeline.ts';

const ms = (iso: string) => Temporal.Instant.from(iso).epochMilliseconds;
const wall = (plain: string) => Temporal.PlainDateTime.from(plain).toZonedDateTime('UTC').epochMilliseconds;
const newYork2026 = zoneTimeline('America/New_York', ms('2026-01-01T00:00:00Z'), ms('2027-01-01T00:00:00Z'));

describe('zoneTimeline', () => {
  it('finds both 2026 New York transitions', () => {
    expect(
      newYork2026.segments.slice(1).map((s) => [new Date(s.fromMs).toISOString(), s.offsetMs / 3_600_000]),
    ).toEqual([
      ['2026-03-08T07:00:00.000Z', -4],
      ['2026-11-01T06:00:00.000Z', -5],
    ]);
  });

  it('has a single segment for a zone without DST', () => {
    expect(
      zoneTimeline('Asia/Kolkata', ms('2026-01-01T00:00:00Z'), ms('2027-01-01T00:00:00Z')).segments,
    ).toHaveLength(1);
  });

  it.each([
    { name: 'an ordinary time', wall: '2026-03-08T13:00', instants: ['2026-03-08T17:00:00Z'] },
    { name: 'a time skipped by spring-forward', wall: '2026-03-08T02:30', instants: [] },
    {
      name: 'a time repeated by fall-back',
      wall: '2026-11-01T01:30',
      instants: ['2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z'],
    },
  ])('instantsAtWallTime: $name', ({ wall: plain, instants }) => {
    expect(instantsAtWallTime(newYork2026, wall(plain))).toEqual(instants.map(ms));
  });

  it.each([
    {
      name: 'a skipped time resolves to the jump',
      wall: '2026-03-08T02:30',
      instant: '2026-03-08T07:00:00Z',
    },
    {
      name: 'a repeated time resolves to its first pass',
      wall: '2026-11-01T01:30',
      instant: '2026-11-01T05:30:00Z',
    },
    { name: 'a time after the fall-back', wall: '2026-11-01T03:00', instant: '2026-11-01T08:00:00Z' },
  ])('firstInstantAtWallTime: $name', ({ wall: plain, instant }) => {
    expect(firstInstantAtWallTime(newYork2026, wall(plain))).toBe(ms(instant));
  });

  it('reads the same wall clock as Temporal at any instant of 2026 (Lord Howe, 30-minute DST)', () => {
    const lordHowe = zoneTimeline(
      'Australia/Lord_Howe',
      ms('2026-01-01T00:00:00Z'),
      ms('2027-01-01T00:00:00Z'),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: ms('2026-01-01T00:00:00Z'), max: ms('2027-01-01T00:00:00Z') - 1 }),
        (at) => {
          const local = Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO('Australia/Lord_Howe');
          expect(localMsAt(lordHowe, at)).toBe(wall(local.toPlainDateTime().toString()));
        },
      ),
    );
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['1970-01-01', 0, 4],
    ['2026-03-08', 20520, 7],
    ['2026-03-09', 20521, 1],
    ['1969-12-31', -1, 3],
  ])('%s is day %i, ISO weekday %i', (date, dayIndex, weekday) => {
    expect(dayIndexOfIsoDate(date)).toBe(dayIndex);
    expect(isoWeekdayOf(dayIndex)).toBe(weekday);
    expect(dayIndex * msPerDay).toBe(wall(`${date}T00:00`));
  });

  it.each(['2026-3-8', '2026-02-29', '2026-13-01', 'tomorrow'])('rejects the date %j', (date) => {
    expect(() => dayIndexOfIsoDate(date)).toThrow(/date/);
  });

  it.each([
    ['00:00', false, 0],
    ['08:30', false, 510],
    ['23:59', false, 1439],
    ['24:00', true, 1440],
  ] as const)('parses %s', (text, allowEndOfDay, minutes) => {
    expect(parseClockTime(text, 'field', allowEndOfDay)).toBe(minutes);
  });

  it.each([
    ['24:00', false],
    ['24:01', true],
    ['8:00', false],
    ['08:60', false],
    ['0800', false],
  ] as const)('rejects the time %s', (text, allowEndOfDay) => {
    expect(() => parseClockTime(text, 'field', allowEndOfDay)).toThrow(/HH:MM/);
  });
});
