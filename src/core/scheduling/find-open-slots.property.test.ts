import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type {
  BookedInterval,
  BusyInterval,
  LocalInterval,
  MeetingTypeRules,
  RepAvailability,
  WeeklyInterval,
} from './availability.ts';
import { findOpenSlots } from './find-open-slots.ts';

const zones = [
  'America/New_York',
  'America/Chicago',
  'America/Phoenix',
  'America/Los_Angeles',
  'Pacific/Honolulu',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
] as const;
const dstDays = ['2026-03-08', '2026-03-29', '2026-04-05', '2026-10-04', '2026-10-25', '2026-11-01'];
const minute = 60_000;
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const nowArb = fc.oneof(
  fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 20) }),
  fc
    .record({ day: fc.constantFrom(...dstDays), minutes: fc.integer({ min: -3 * 24 * 60, max: 24 * 60 }) })
    .map(
      ({ day, minutes }) => Temporal.Instant.from(`${day}T00:00:00Z`).epochMilliseconds + minutes * minute,
    ),
);

/** A morning and an afternoon stretch that never touch, from 05:00 on (clear of DST hours). */
const weeklyHoursArb: fc.Arbitrary<WeeklyInterval[]> = fc
  .array(
    fc.record({
      weekday: fc.integer({ min: 1, max: 7 }),
      afternoon: fc.boolean(),
      start: fc.integer({ min: 0, max: 20 }),
      length: fc.integer({ min: 1, max: 24 }),
    }),
    { maxLength: 8 },
  )
  .map((drafts) =>
    drafts.map(({ weekday, afternoon, start, length }) => {
      const from = (afternoon ? 13 * 60 : 5 * 60) + start * 15;
      const until = afternoon ? 24 * 60 : 12 * 60;
      return {
        weekday,
        startLocal: clock(Math.min(from, until - 15)),
        endLocal: clock(Math.min(from + length * 15, until)),
      };
    }),
  )
  // Overlaps inside one half-day would be joined; keep one interval per weekday and half-day.
  .map((intervals) =>
    intervals.filter(
      (a, i) =>
        intervals.findIndex(
          (b) => b.weekday === a.weekday && b.startLocal < '12:00' === a.startLocal < '12:00',
        ) === i,
    ),
  );

const busyArb = (nowMs: number): fc.Arbitrary<BusyInterval> =>
  fc
    .record({
      offset: fc.integer({ min: -24 * 60, max: 8 * 24 * 60 }),
      length: fc.integer({ min: 5, max: 240 }),
    })
    .map(({ offset, length }) => ({
      startsAt: Temporal.Instant.fromEpochMilliseconds(nowMs + offset * minute),
      endsAt: Temporal.Instant.fromEpochMilliseconds(nowMs + (offset + length) * minute),
    }));

/** A booking blocking its own buffers (0–30 minutes each side), as stored when it was booked. */
const bookedArb = (nowMs: number): fc.Arbitrary<BookedInterval> =>
  fc
    .record({
      meeting: busyArb(nowMs),
      before: fc.integer({ min: 0, max: 30 }),
      after: fc.integer({ min: 0, max: 30 }),
    })
    .map(({ meeting, before, after }) => ({
      ...meeting,
      blockedFrom: meeting.startsAt.subtract({ minutes: before }),
      blockedUntil: meeting.endsAt.add({ minutes: after }),
    }));

/** Overrides on local dates around now: one or two intervals, or a day off. */
const overridesArb = (nowMs: number): fc.Arbitrary<Map<string, LocalInterval[]>> =>
  fc
    .array(fc.record({ dayOffset: fc.integer({ min: -1, max: 6 }), hours: weeklyHoursArb }), { maxLength: 3 })
    .map((drafts) => {
      const today = Temporal.Instant.fromEpochMilliseconds(nowMs).toZonedDateTimeISO('UTC').toPlainDate();
      return new Map(
        drafts.map(({ dayOffset, hours }): [string, LocalInterval[]] => [
          today.add({ days: dayOffset }).toString(),
          hours
            .filter((h) => h.weekday <= 2)
            .map(({ startLocal, endLocal }) => ({ startLocal, endLocal }))
            .filter(
              (h, i, all) => all.findIndex((o) => o.startLocal < '12:00' === h.startLocal < '12:00') === i,
            ),
        ]),
      );
    });

const rulesArb: fc.Arbitrary<MeetingTypeRules> = fc.record({
  durationMinutes: fc.integer({ min: 1, max: 8 }).map((n) => n * 15),
  bufferBeforeMinutes: fc.integer({ min: 0, max: 30 }),
  bufferAfterMinutes: fc.integer({ min: 0, max: 30 }),
  minimumNoticeMinutes: fc.integer({ min: 0, max: 24 * 60 }),
  slotStepMinutes: fc.constantFrom(10, 15, 20, 30, 45, 60),
  horizonDays: fc.integer({ min: 1, max: 5 }),
});

const scenarioArb = nowArb.chain((nowMs) =>
  fc.record({
    nowMs: fc.constant(nowMs),
    rules: rulesArb,
    reps: fc.uniqueArray(
      fc.record({
        repId: fc.integer({ min: 1, max: 50 }),
        timeZone: fc.constantFrom(...zones),
        weeklyHours: weeklyHoursArb,
        booked: fc.array(bookedArb(nowMs), { maxLength: 10 }),
        timeOff: fc.array(busyArb(nowMs), { maxLength: 2 }),
        held: fc.array(busyArb(nowMs), { maxLength: 2 }),
        dateOverrides: overridesArb(nowMs),
        dailyMax: fc.option(fc.integer({ min: 0, max: 3 })),
      }),
      { minLength: 1, maxLength: 3, selector: (rep) => rep.repId },
    ),
  }),
);

const overlaps = (aStart: number, aEnd: number, bStart: number, bEnd: number) =>
  aStart < bEnd && bStart < aEnd;

/** A slow, obviously-correct reading of the rules with Temporal, date by date. */
function referenceStarts(rep: RepAvailability, rules: MeetingTypeRules, nowMs: number): number[] {
  const earliest = nowMs + rules.minimumNoticeMinutes * minute;
  const horizon = nowMs + rules.horizonDays * 24 * 60 * minute;
  const duration = rules.durationMinutes * minute;
  const localDate = (ms: number) =>
    Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(rep.timeZone).toPlainDate();
  const starts: number[] = [];
  for (
    let date = localDate(nowMs).subtract({ days: 1 });
    Temporal.PlainDate.compare(date, localDate(horizon)) <= 0;
    date = date.add({ days: 1 })
  ) {
    const bookedToday = rep.booked.filter((b) => localDate(b.startsAt.epochMilliseconds).equals(date)).length;
    if (bookedToday >= (rep.dailyMax ?? Number.POSITIVE_INFINITY)) continue;
    const intervals =
      rep.dateOverrides?.get(date.toString()) ?? rep.weeklyHours.filter((w) => w.weekday === date.dayOfWeek);
    for (const interval of intervals) {
      const at = (time: string) =>
        time === '24:00'
          ? date.add({ days: 1 }).toZonedDateTime(rep.timeZone).epochMilliseconds
          : date.toZonedDateTime({ timeZone: rep.timeZone, plainTime: time }).epochMilliseconds;
      for (
        let s = at(interval.startLocal);
        s + duration <= at(interval.endLocal);
        s += rules.slotStepMinutes * minute
      ) {
        const e = s + duration;
        const padded = [
          s - rules.bufferBeforeMinutes * minute,
          e + rules.bufferAfterMinutes * minute,
        ] as const;
        const clash =
          rep.booked.some((b) =>
            overlaps(
              ...padded,
              (b.blockedFrom ?? b.startsAt).epochMilliseconds,
              (b.blockedUntil ?? b.endsAt).epochMilliseconds,
            ),
          ) ||
          (rep.timeOff ?? []).some((t) =>
            overlaps(s, e, t.startsAt.epochMilliseconds, t.endsAt.epochMilliseconds),
          ) ||
          (rep.held ?? []).some((h) =>
            overlaps(...padded, h.startsAt.epochMilliseconds, h.endsAt.epochMilliseconds),
          );
        if (s >= earliest && s < horizon && !clash) starts.push(s);
      }
    }
  }
  return starts.sort((a, b) => a - b);
}

describe('findOpenSlots: properties', () => {
  it('offers exactly the starts a date-by-date Temporal reading of the rules allows (overrides, holds too), merged by instant', () => {
    fc.assert(
      fc.property(scenarioArb, ({ nowMs, rules, reps }) => {
        const now = Temporal.Instant.fromEpochMilliseconds(nowMs);
        const slots = findOpenSlots(reps, rules, now);
        const expected = new Map<number, number[]>();
        for (const rep of reps) {
          for (const s of referenceStarts(rep, rules, nowMs))
            expected.set(s, [...(expected.get(s) ?? []), rep.repId]);
        }
        const actual = slots.map((slot) => [
          slot.startsAt.epochMilliseconds,
          slot.endsAt.epochMilliseconds,
          slot.repIds,
        ]);
        const wanted = [...expected.keys()]
          .sort((a, b) => a - b)
          .map((s) => [
            s,
            s + rules.durationMinutes * minute,
            [...(expected.get(s) ?? [])].sort((a, b) => a - b),
          ]);
        expect(actual).toEqual(wanted);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
