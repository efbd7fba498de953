import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.ts';
import type { MeetingTypeRules, RepAvailability, Slot, WeeklyInterval } from './availability.ts';
import { findOpenSlots } from './find-open-slots.ts';

const every = (startLocal: string, endLocal: string, weekdays = [1, 2, 3, 4, 5, 6, 7]): WeeklyInterval[] =>
  weekdays.map((weekday) => ({ weekday, startLocal, endLocal }));
const wall = (plain: string, timeZone: string) =>
  Temporal.PlainDateTime.from(plain).toZonedDateTime(timeZone).toInstant();
const busy = (from: string, to: string, timeZone: string) => ({
  startsAt: wall(from, timeZone),
  endsAt: wall(to, timeZone),
});
/** The blocked range of a Monday 15:00–16:00 New York booking with its own buffers. */
const ownBuffers = (beforeMinutes: number, afterMinutes: number) => ({
  blockedFrom: wall('2026-06-15T15:00', 'America/New_York').subtract({ minutes: beforeMinutes }),
  blockedUntil: wall('2026-06-15T16:00', 'America/New_York').add({ minutes: afterMinutes }),
});
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
  weeklyHours: every('13:00', '18:00'),
  booked: [],
  ...overrides,
});
/** Slot starts on a wall clock, 'YYYY-MM-DDTHH:MM'. */
const localStarts = (slots: Slot[], timeZone: string) =>
  slots.map((slot) => slot.startsAt.toZonedDateTimeISO(timeZone).toPlainDateTime().toString().slice(0, 16));
const hours = (date: string, ...times: string[]) => times.map((time) => `${date}T${time}`);

describe('findOpenSlots: working hours stay on the rep wall clock across DST', () => {
  it.each([
    { zone: 'America/New_York', date: '2026-03-08', hours: ['13:00', '18:00'] },
    { zone: 'America/New_York', date: '2026-11-01', hours: ['13:00', '18:00'] },
    { zone: 'America/New_York', date: '2026-03-08', hours: ['09:00', '12:00'] },
    { zone: 'America/New_York', date: '2026-11-01', hours: ['09:00', '12:00'] },
    { zone: 'Europe/Berlin', date: '2026-03-29', hours: ['13:00', '18:00'] },
    { zone: 'Europe/Berlin', date: '2026-10-25', hours: ['09:00', '12:00'] },
    { zone: 'Europe/London', date: '2026-03-29', hours: ['09:00', '12:00'] },
    { zone: 'America/Phoenix', date: '2026-03-08', hours: ['13:00', '18:00'] },
    { zone: 'Pacific/Honolulu', date: '2026-11-01', hours: ['09:00', '12:00'] },
    { zone: 'Australia/Lord_Howe', date: '2026-10-04', hours: ['13:00', '18:00'] },
  ])(
    '$zone on $date works $hours.0–$hours.1 local, the days around it too',
    ({ zone, date, hours: [from, to] }) => {
      const dayBefore = Temporal.PlainDate.from(date).subtract({ days: 1 });
      const slots = findOpenSlots(
        [rep({ timeZone: zone, weeklyHours: every(from ?? '', to ?? '') })],
        rules({ horizonDays: 3 }),
        wall(`${dayBefore}T00:00`, zone),
      );
      const perDay = (day: Temporal.PlainDate) => {
        const first = Number(from?.slice(0, 2));
        const last = Number(to?.slice(0, 2)) - 1;
        return Array.from(
          { length: last - first + 1 },
          (_, i) => `${day}T${String(first + i).padStart(2, '0')}:00`,
        );
      };
      expect(localStarts(slots, zone)).toEqual([
        ...perDay(dayBefore),
        ...perDay(dayBefore.add({ days: 1 })),
        ...perDay(dayBefore.add({ days: 2 })),
      ]);
    },
  );

  it.each([
    { date: '2026-03-07', first: '2026-03-07T18:00:00Z' },
    { date: '2026-03-08', first: '2026-03-08T17:00:00Z' },
    { date: '2026-10-31', first: '2026-10-31T17:00:00Z' },
    { date: '2026-11-01', first: '2026-11-01T18:00:00Z' },
  ])('a New York 13:00 start on $date is $first', ({ date, first }) => {
    const slots = findOpenSlots([rep()], rules(), wall(`${date}T00:00`, 'America/New_York'));
    expect(slots[0]?.startsAt.toString()).toBe(first);
  });

  it('America/Phoenix keeps 13:00 = 20:00Z through the US spring-forward', () => {
    const slots = findOpenSlots(
      [rep({ timeZone: 'America/Phoenix', weeklyHours: every('13:00', '14:00') })],
      rules({ horizonDays: 3 }),
      Temporal.Instant.from('2026-03-07T07:00:00Z'),
    );
    expect(slots.map((slot) => slot.startsAt.toString())).toEqual([
      '2026-03-07T20:00:00Z',
      '2026-03-08T20:00:00Z',
      '2026-03-09T20:00:00Z',
    ]);
  });

  it('a Honolulu rep working 09:00–12:00 is offered to a New York lead at 15:00–17:00', () => {
    const slots = findOpenSlots(
      [rep({ timeZone: 'Pacific/Honolulu', weeklyHours: every('09:00', '12:00') })],
      rules(),
      wall('2026-06-10T00:00', 'Pacific/Honolulu'),
    );
    expect(localStarts(slots, 'America/New_York')).toEqual(hours('2026-06-10', '15:00', '16:00', '17:00'));
  });
});

describe('findOpenSlots: grid, fit and busy time', () => {
  const monday = (time: string) => `2026-06-15T${time}`;
  const ny = 'America/New_York';
  const from = wall(monday('00:00'), ny);
  const halfHours = rules({ durationMinutes: 30, slotStepMinutes: 30 });

  it.each([
    {
      name: 'the new meeting’s own buffers (15 before, 10 after) stay clear of a booking without buffers',
      rep: { booked: [busy(monday('15:00'), monday('16:00'), ny)] },
      rules: { bufferBeforeMinutes: 15, bufferAfterMinutes: 10 },
      expected: ['13:00', '13:30', '14:00', '16:30', '17:00', '17:30'],
    },
    {
      name: 'a booking’s own 30-minute buffers block 16:00 for a type without buffers: 16:30 is next',
      rep: { booked: [{ ...busy(monday('15:00'), monday('16:00'), ny), ...ownBuffers(30, 30) }] },
      rules: {},
      expected: ['13:00', '13:30', '14:00', '16:30', '17:00', '17:30'],
    },
    {
      name: 'with 10 minutes after the new meeting, 14:00 (to 14:30 + 10) clashes with a range blocked from 14:30',
      rep: { booked: [{ ...busy(monday('15:00'), monday('16:00'), ny), ...ownBuffers(30, 30) }] },
      rules: { bufferAfterMinutes: 10 },
      expected: ['13:00', '13:30', '16:30', '17:00', '17:30'],
    },
    {
      name: 'a meeting may end exactly when a booking starts when there are no buffers',
      rep: { booked: [busy(monday('14:00'), monday('15:00'), ny)] },
      rules: {},
      expected: ['13:00', '13:30', '15:00', '15:30', '16:00', '16:30', '17:00', '17:30'],
    },
    {
      name: 'time off blocks the meeting but not its buffers',
      rep: { timeOff: [busy(monday('15:00'), monday('16:00'), ny)] },
      rules: { bufferBeforeMinutes: 15, bufferAfterMinutes: 10 },
      expected: ['13:00', '13:30', '14:00', '14:30', '16:00', '16:30', '17:00', '17:30'],
    },
    {
      name: 'a start off the hour anchors the grid; the last slot must fit',
      rep: { weeklyHours: every('09:10', '10:30') },
      rules: {},
      expected: ['09:10', '09:40'],
    },
    {
      name: 'touching intervals are one stretch: a slot may span noon',
      rep: { weeklyHours: [...every('09:00', '12:00'), ...every('12:00', '15:00')] },
      rules: { durationMinutes: 90, slotStepMinutes: 45 },
      expected: ['09:00', '09:45', '10:30', '11:15', '12:00', '12:45', '13:30'],
    },
    {
      name: 'a lunch break restarts the grid at 13:00',
      rep: { weeklyHours: [...every('09:00', '12:00'), ...every('13:00', '14:30')] },
      rules: { durationMinutes: 60, slotStepMinutes: 45 },
      expected: ['09:00', '09:45', '10:30', '13:00'],
    },
    {
      name: 'minimum notice rounds up to the next grid start',
      rep: {},
      rules: { minimumNoticeMinutes: 13 * 60 + 50 },
      expected: ['14:00', '14:30', '15:00', '15:30', '16:00', '16:30', '17:00', '17:30'],
    },
    {
      name: 'an interval ending before it starts offers nothing',
      rep: { weeklyHours: every('18:00', '13:00') },
      rules: {},
      expected: [],
    },
  ])('$name', ({ rep: overrides, rules: ruleOverrides, expected }) => {
    const slots = findOpenSlots([rep(overrides)], { ...halfHours, ...ruleOverrides }, from);
    expect(localStarts(slots, ny)).toEqual(expected.map(monday));
  });

  it('the horizon excludes a start exactly horizonDays after now', () => {
    const slots = findOpenSlots([rep()], rules(), wall(monday('13:00'), ny));
    expect(localStarts(slots, ny)).toEqual(hours('2026-06-15', '13:00', '14:00', '15:00', '16:00', '17:00'));
  });

  it('a start exactly at now + minimum notice is offered, a sub-millisecond later now is not', () => {
    const now = wall(monday('12:00'), ny);
    expect(localStarts(findOpenSlots([rep()], rules({ minimumNoticeMinutes: 60 }), now), ny)[0]).toBe(
      monday('13:00'),
    );
    const later = findOpenSlots([rep()], rules({ minimumNoticeMinutes: 60 }), now.add({ nanoseconds: 1 }));
    expect(localStarts(later, ny)[0]).toBe(monday('14:00'));
  });
});

describe('findOpenSlots: daily caps count bookings by the rep local date', () => {
  const la = 'America/Los_Angeles';
  // Monday 20:00 in Los Angeles is already Tuesday in UTC.
  const lateMonday = busy('2026-06-15T20:00', '2026-06-15T21:00', la);

  it.each([
    { dailyMax: 1, expected: ['2026-06-16T09:00'] },
    { dailyMax: 2, expected: ['2026-06-15T09:00', '2026-06-16T09:00'] },
    { dailyMax: null, expected: ['2026-06-15T09:00', '2026-06-16T09:00'] },
    { dailyMax: 0, expected: [] },
  ])('dailyMax $dailyMax with one booking late on Monday', ({ dailyMax, expected }) => {
    const slots = findOpenSlots(
      [rep({ timeZone: la, weeklyHours: every('09:00', '10:00'), booked: [lateMonday], dailyMax })],
      rules({ horizonDays: 2 }),
      wall('2026-06-15T00:00', la),
    );
    expect(localStarts(slots, la)).toEqual(expected);
  });
});

describe('findOpenSlots: several reps', () => {
  it('merges reps in different zones free at the same instant, ids ascending', () => {
    const slots = findOpenSlots(
      [
        rep({ repId: 9, timeZone: 'America/Chicago', weeklyHours: every('11:00', '14:00') }),
        rep({ repId: 4, timeZone: 'America/New_York', weeklyHours: every('13:00', '15:00') }),
      ],
      rules(),
      wall('2026-06-15T00:00', 'America/New_York'),
    );
    expect(slots.map((slot) => [slot.startsAt.toString(), slot.repIds])).toEqual([
      ['2026-06-15T16:00:00Z', [9]],
      ['2026-06-15T17:00:00Z', [4, 9]],
      ['2026-06-15T18:00:00Z', [4, 9]],
    ]);
    expect(slots.every((slot) => slot.endsAt.since(slot.startsAt).total('minutes') === 60)).toBe(true);
  });

  it.each([
    { limit: 2, count: 2 },
    { limit: 0, count: 0 },
    { limit: -1, count: 0 },
    { limit: undefined, count: 5 },
  ])('limit $limit keeps the $count earliest', ({ limit, count }) => {
    const slots = findOpenSlots([rep()], rules(), wall('2026-06-15T00:00', 'America/New_York'), { limit });
    expect(slots).toHaveLength(count);
  });

  it('no reps, no slots', () => {
    expect(findOpenSlots([], rules(), Temporal.Instant.from('2026-06-15T00:00:00Z'))).toEqual([]);
  });
});

describe('findOpenSlots: invalid input', () => {
  const now = Temporal.Instant.from('2026-06-15T00:00:00Z');
  it.each([
    { durationMinutes: 0 },
    { slotStepMinutes: 0 },
    { bufferBeforeMinutes: -5 },
    { minimumNoticeMinutes: Number.NaN },
  ])('rejects %o', (overrides) => {
    expect(() => findOpenSlots([rep()], rules(overrides), now)).toThrow(AppError);
  });

  it('rejects an unknown rep time zone and a malformed clock time', () => {
    expect(() => findOpenSlots([rep({ timeZone: 'Moon/Base' })], rules(), now)).toThrow(/time zone/);
    expect(() => findOpenSlots([rep({ weeklyHours: every('9:00', '17:00') })], rules(), now)).toThrow(
      /HH:MM/,
    );
  });
});
