import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.ts';
import type {
  LocalInterval,
  MeetingTypeRules,
  RepAvailability,
  Slot,
  WeeklyInterval,
} from './availability.ts';
import { findOpenSlots } from './find-open-slots.ts';

const every = (startLocal: string, endLocal: string, weekdays = [1, 2, 3, 4, 5, 6, 7]): WeeklyInterval[] =>
  weekdays.map((weekday) => ({ weekday, startLocal, endLocal }));
const wall = (plain: string, timeZone: string) =>
  Temporal.PlainDateTime.from(plain).toZonedDateTime(timeZone).toInstant();
const rules = (overrides: Partial<MeetingTypeRules> = {}): MeetingTypeRules => ({
  durationMinutes: 60,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minimumNoticeMinutes: 0,
  slotStepMinutes: 60,
  horizonDays: 1,
  ...overrides,
});
const rep = (overrides: Partial<RepAvailability> = {}): RepAvailability => ({
  repId: 1,
  timeZone: 'America/New_York',
  weeklyHours: every('09:00', '12:00'),
  booked: [],
  ...overrides,
});
const on = (date: string, ...intervals: [string, string][]): [string, LocalInterval[]] => [
  date,
  intervals.map(([startLocal, endLocal]) => ({ startLocal, endLocal })),
];
const localStarts = (slots: Slot[], timeZone: string) =>
  slots.map((slot) => slot.startsAt.toZonedDateTimeISO(timeZone).toPlainDateTime().toString().slice(0, 16));
const at = (date: string, ...times: string[]) => times.map((time) => `${date}T${time}`);

describe('findOpenSlots: date overrides replace the weekly hours on their local date', () => {
  it.each([
    {
      name: 'New York 13:00–18:00 override on the spring-forward day stays 13:00–18:00 EDT',
      zone: 'America/New_York',
      date: '2026-03-08',
      override: on('2026-03-08', ['13:00', '18:00']),
      expected: at('2026-03-08', '13:00', '14:00', '15:00', '16:00', '17:00'),
    },
    {
      name: 'New York 13:00–18:00 override on the fall-back day stays 13:00–18:00 EST',
      zone: 'America/New_York',
      date: '2026-11-01',
      override: on('2026-11-01', ['13:00', '18:00']),
      expected: at('2026-11-01', '13:00', '14:00', '15:00', '16:00', '17:00'),
    },
    {
      name: 'an override 01:00–04:00 across the skipped hour offers 01:00, 03:00 (02:00 does not exist)',
      zone: 'America/New_York',
      date: '2026-03-08',
      override: on('2026-03-08', ['01:00', '04:00']),
      expected: at('2026-03-08', '01:00', '03:00'),
    },
    {
      name: 'Berlin 09:00–11:00 override on the EU spring-forward day',
      zone: 'Europe/Berlin',
      date: '2026-03-29',
      override: on('2026-03-29', ['09:00', '11:00']),
      expected: at('2026-03-29', '09:00', '10:00'),
    },
    {
      name: 'Berlin 13:00–15:00 override on the EU fall-back day',
      zone: 'Europe/Berlin',
      date: '2026-10-25',
      override: on('2026-10-25', ['13:00', '15:00']),
      expected: at('2026-10-25', '13:00', '14:00'),
    },
    {
      name: 'an empty override makes a working day a day off',
      zone: 'America/Phoenix',
      date: '2026-03-09',
      override: on('2026-03-09'),
      expected: [],
    },
    {
      name: 'two intervals with a lunch break replace one long stretch',
      zone: 'America/Chicago',
      date: '2026-06-15',
      override: on('2026-06-15', ['14:00', '16:00'], ['08:00', '09:00']),
      expected: at('2026-06-15', '08:00', '14:00', '15:00'),
    },
    {
      name: 'an override to 24:00 runs until midnight',
      zone: 'Pacific/Honolulu',
      date: '2026-06-15',
      override: on('2026-06-15', ['22:00', '24:00']),
      expected: at('2026-06-15', '22:00', '23:00'),
    },
  ])('$name', ({ zone, date, override, expected }) => {
    const slots = findOpenSlots(
      [rep({ timeZone: zone, dateOverrides: new Map([override]) })],
      rules(),
      wall(`${date}T00:00`, zone),
    );
    expect(localStarts(slots, zone)).toEqual(expected);
  });

  it('an override on a weekday without hours (Sunday) opens it; the days around keep their hours', () => {
    const zone = 'America/Los_Angeles';
    const slots = findOpenSlots(
      [
        rep({
          timeZone: zone,
          weeklyHours: every('09:00', '11:00', [1, 2, 3, 4, 5]),
          dateOverrides: new Map([on('2026-06-14', ['10:00', '12:00'])]),
        }),
      ],
      rules({ horizonDays: 3 }),
      wall('2026-06-13T00:00', zone),
    );
    expect(localStarts(slots, zone)).toEqual([
      ...at('2026-06-14', '10:00', '11:00'),
      ...at('2026-06-15', '09:00', '10:00'),
    ]);
  });

  it('the override is read on the rep’s local date, not the lead’s or UTC', () => {
    // Saturday 2026-06-13 in Honolulu ends at 10:00Z on Sunday: a late override stays on Saturday.
    const zone = 'Pacific/Honolulu';
    const slots = findOpenSlots(
      [
        rep({
          timeZone: zone,
          weeklyHours: [],
          dateOverrides: new Map([on('2026-06-13', ['20:00', '22:00'])]),
        }),
      ],
      rules({ horizonDays: 2 }),
      Temporal.Instant.from('2026-06-13T00:00:00Z'),
    );
    expect(slots.map((s) => s.startsAt.toString())).toEqual(['2026-06-14T06:00:00Z', '2026-06-14T07:00:00Z']);
    expect(localStarts(slots, 'America/New_York')).toEqual(at('2026-06-14', '02:00', '03:00'));
  });

  it('bookings, buffers and time off still apply inside an override', () => {
    const zone = 'America/New_York';
    const slots = findOpenSlots(
      [
        rep({
          dateOverrides: new Map([on('2026-06-15', ['13:00', '18:00'])]),
          booked: [
            {
              startsAt: wall('2026-06-15T14:00', zone),
              endsAt: wall('2026-06-15T15:00', zone),
              blockedFrom: wall('2026-06-15T14:00', zone),
              blockedUntil: wall('2026-06-15T15:15', zone),
            },
          ],
          timeOff: [{ startsAt: wall('2026-06-15T16:30', zone), endsAt: wall('2026-06-15T17:00', zone) }],
        }),
      ],
      rules({ durationMinutes: 30, slotStepMinutes: 30, bufferAfterMinutes: 15 }),
      wall('2026-06-15T00:00', zone),
    );
    expect(localStarts(slots, zone)).toEqual(at('2026-06-15', '13:00', '15:30', '16:00', '17:00', '17:30'));
  });

  it('rejects a malformed override date or time', () => {
    const now = Temporal.Instant.from('2026-06-15T00:00:00Z');
    expect(() => findOpenSlots([rep({ dateOverrides: new Map([on('2026-02-30')]) })], rules(), now)).toThrow(
      AppError,
    );
    expect(() =>
      findOpenSlots([rep({ dateOverrides: new Map([on('2026-06-15', ['9:00', '10:00'])]) })], rules(), now),
    ).toThrow(/HH:MM/);
  });
});

describe('findOpenSlots: ranges another setter holds', () => {
  const zone = 'America/New_York';
  const monday = (time: string) => wall(`2026-06-15T${time}`, zone);

  it.each([
    {
      name: 'a held 10:00–11:00 takes 10:00 only, without buffers',
      rules: {},
      expected: ['09:00', '11:00'],
    },
    {
      name: 'the new meeting’s buffer after must stay clear of the held range (09:00 + 30 min ends at 10:00)',
      rules: { bufferAfterMinutes: 30 },
      expected: ['11:00'],
    },
    {
      name: 'the new meeting’s buffer before must stay clear of the held range',
      rules: { bufferBeforeMinutes: 30 },
      expected: ['09:00'],
    },
  ])('$name', ({ rules: overrides, expected }) => {
    const slots = findOpenSlots(
      [rep({ held: [{ startsAt: monday('10:00'), endsAt: monday('11:00') }] })],
      rules(overrides),
      monday('00:00'),
    );
    expect(localStarts(slots, zone)).toEqual(expected.map((t) => `2026-06-15T${t}`));
  });

  it('a hold does not count towards the daily maximum', () => {
    const slots = findOpenSlots(
      [rep({ dailyMax: 1, held: [{ startsAt: monday('10:00'), endsAt: monday('11:00') }] })],
      rules(),
      monday('00:00'),
    );
    expect(localStarts(slots, zone)).toEqual(['2026-06-15T09:00', '2026-06-15T11:00']);
  });
});
