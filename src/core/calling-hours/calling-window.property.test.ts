import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { callingWindowFor, decideAt } from './calling-window.ts';
import type { CallingWindowPolicy } from './calling-window-policy.ts';
import type { TimeZoneCandidate } from './time-zone-candidates.ts';

const zones = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
] as const;
const sources = ['explicit', 'postal_code', 'phone', 'client_default'] as const;
const dstDays = ['2026-03-08', '2026-03-29', '2026-04-05', '2026-10-04', '2026-10-25', '2026-11-01'];

const startOf2026 = Temporal.Instant.from('2026-01-01T00:00:00Z').epochMilliseconds;
const endOf2026 = Temporal.Instant.from('2027-01-01T00:00:00Z').epochMilliseconds;
const minute = 60_000;

const instantArb = fc.oneof(
  fc.integer({ min: startOf2026, max: endOf2026 - 1 }),
  // Minutes around each DST day, where mistakes hide.
  fc
    .record({ day: fc.constantFrom(...dstDays), minutes: fc.integer({ min: -24 * 60, max: 48 * 60 }) })
    .map(
      ({ day, minutes }) => Temporal.Instant.from(`${day}T00:00:00Z`).epochMilliseconds + minutes * minute,
    ),
);

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const hoursArb = fc
  .record({
    start: fc.integer({ min: 0, max: 95 }).map((quarter) => quarter * 15),
    length: fc.integer({ min: 1, max: 96 }).map((quarters) => quarters * 15),
  })
  .map(({ start, length }) => ({
    startLocal: clock(start),
    endLocal: clock(Math.min(start + length, 1440)),
  }));

const policyArb: fc.Arbitrary<CallingWindowPolicy> = fc
  .record({
    hours: hoursArb,
    days: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
    blackoutDates: fc.subarray(dstDays),
    // Some weekdays with hours of their own (e.g. a short Saturday).
    hoursByDay: fc.option(fc.dictionary(fc.constantFrom('1', '2', '3', '4', '5', '6', '7'), hoursArb), {
      nil: undefined,
    }),
  })
  .map(({ hours, days, blackoutDates, hoursByDay }) => ({
    ...hours,
    days,
    blackoutDates,
    ...(hoursByDay ? { hoursByDay } : {}),
  }));

const candidatesArb: fc.Arbitrary<TimeZoneCandidate[]> = fc.array(
  fc.record({ timeZone: fc.constantFrom(...zones), source: fc.constantFrom(...sources) }),
  { minLength: 1, maxLength: 4 },
);

/** An independent reading of the rule with Temporal, zone by zone. */
function isInsideEverywhere(
  timeZones: string[],
  policy: CallingWindowPolicy,
  instant: Temporal.Instant,
): boolean {
  return timeZones.every((timeZone) => {
    const local = instant.toZonedDateTimeISO(timeZone);
    const hours = policy.hoursByDay?.[String(local.dayOfWeek)] ?? policy;
    const start = Temporal.PlainTime.from(hours.startLocal);
    const time = local.toPlainTime();
    const beforeEnd = hours.endLocal === '24:00' || Temporal.PlainTime.compare(time, hours.endLocal) < 0;
    return (
      Temporal.PlainTime.compare(time, start) >= 0 &&
      beforeEnd &&
      policy.days.includes(local.dayOfWeek) &&
      !policy.blackoutDates.includes(local.toPlainDate().toString())
    );
  });
}

describe('callingWindowFor: properties', () => {
  it('agrees with a zone-by-zone Temporal reading, and its boundaries are exact', () => {
    fc.assert(
      fc.property(candidatesArb, policyArb, instantArb, (candidates, policy, nowMs) => {
        const now = Temporal.Instant.fromEpochMilliseconds(nowMs);
        const decision = callingWindowFor(candidates, policy, now);
        expect(decision.callable).toBe(isInsideEverywhere(decision.timeZones, policy, now));
        const again = (instant: Temporal.Instant) => callingWindowFor(candidates, policy, instant).callable;
        if (decision.callableUntil !== null) {
          expect(again(decision.callableUntil.subtract({ nanoseconds: 1 }))).toBe(true);
          expect(again(decision.callableUntil)).toBe(false);
        }
        if (decision.opensAt !== null) {
          expect(again(decision.opensAt)).toBe(true);
          const minuteBefore = decision.opensAt.subtract({ minutes: 1 });
          const probe = Temporal.Instant.compare(minuteBefore, now) < 0 ? now : minuteBefore;
          expect(again(probe)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('considers the client default only when no other source is known', () => {
    fc.assert(
      fc.property(candidatesArb, (candidates) => {
        const decision = callingWindowFor(
          candidates,
          { ...emptyPolicy },
          Temporal.Instant.fromEpochMilliseconds(0),
        );
        const specific = candidates.filter((c) => c.source !== 'client_default').map((c) => c.timeZone);
        const expected = specific.length > 0 ? specific : candidates.map((c) => c.timeZone);
        expect(new Set(decision.timeZones)).toEqual(new Set(expected));
        expect(decision.timeZones.length).toBe(new Set(expected).size);
      }),
    );
  });
});

const emptyPolicy: CallingWindowPolicy = {
  startLocal: '08:00',
  endLocal: '21:00',
  days: [],
  blackoutDates: [],
};

describe('callingWindowFor remembers a decision for its minute', () => {
  it('answers exactly as a fresh decision at the very millisecond, for any zones, policy and instant', () => {
    fc.assert(
      fc.property(
        candidatesArb,
        policyArb,
        instantArb,
        fc.integer({ min: 0, max: minute - 1 }),
        (candidates, policy, epochMs, withinMinute) => {
          const now = Temporal.Instant.fromEpochMilliseconds(
            Math.floor(epochMs / minute) * minute + withinMinute,
          );
          // Asked twice (the second answer comes from memory), both equal the fresh decision.
          for (const remembered of [
            callingWindowFor(candidates, policy, now),
            callingWindowFor(candidates, policy, now),
          ]) {
            const fresh = decideAt(candidates, policy, now);
            const { callableUntil, opensAt, ...rest } = remembered;
            const { callableUntil: freshUntil, opensAt: freshOpens, ...freshRest } = fresh;
            expect(rest).toEqual(freshRest);
            // The search for the next change ends 14 days out, a minute earlier or later.
            if (callableUntil && freshUntil) expect(callableUntil.equals(freshUntil)).toBe(true);
            if (opensAt && freshOpens) expect(opensAt.equals(freshOpens)).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  }, 60_000);

  it('a remembered decision cannot be changed by one caller for the next', () => {
    const candidates: TimeZoneCandidate[] = [{ timeZone: 'America/Denver', source: 'explicit' }];
    const policy: CallingWindowPolicy = {
      startLocal: '08:00',
      endLocal: '21:00',
      days: [1, 2, 3, 4, 5, 6, 7],
      blackoutDates: [],
    };
    const now = Temporal.Instant.from('2026-06-10T12:00:30Z');
    const first = callingWindowFor(candidates, policy, now);
    expect(() => first.reasons.push('BLACKOUT_DATE')).toThrow(TypeError);
    expect(callingWindowFor(candidates, policy, now).reasons).toEqual(['OUTSIDE_CALLING_WINDOW']);
  });
});
