import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { stateRuleDecision } from './apply-state-rules.ts';
import type { CallingHours, CallingRuleSet, StateCallingRule } from './rule-set.ts';
import { federalHolidays } from './us-state-rules.ts';

const zones = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Indiana/Indianapolis',
] as const;
const dstDays = ['2026-03-08', '2026-11-01', '2027-03-14', '2027-11-07'];
const minute = 60_000;
const startOf2026 = Temporal.Instant.from('2026-01-01T00:00:00Z').epochMilliseconds;
const endOf2027 = Temporal.Instant.from('2028-01-01T00:00:00Z').epochMilliseconds;

const quarterHour = 15 * minute;
const instantArb = fc.oneof(
  fc.integer({ min: startOf2026, max: endOf2027 - 1 }),
  // Exactly on (or a millisecond off) a quarter hour, where windows start and end: every zone
  // here is a whole number of hours from UTC.
  fc
    .record({
      quarter: fc.integer({ min: 0, max: (endOf2027 - startOf2026) / quarterHour - 1 }),
      off: fc.integer({ min: -1, max: 1 }),
    })
    .map(({ quarter, off }) => startOf2026 + quarter * quarterHour + off),
  // Minutes around each US DST switch, where mistakes hide.
  fc
    .record({ day: fc.constantFrom(...dstDays), minutes: fc.integer({ min: -24 * 60, max: 48 * 60 }) })
    .map(
      ({ day, minutes }) => Temporal.Instant.from(`${day}T00:00:00Z`).epochMilliseconds + minutes * minute,
    ),
);

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Up to three groups of weekdays, each with its own hours; weekdays in no group take no calls. */
const hoursArb: fc.Arbitrary<CallingHours[]> = fc
  .array(
    fc.record({
      group: fc.integer({ min: 0, max: 3 }),
      start: fc.integer({ min: 0, max: 95 }).map((quarter) => quarter * 15),
      length: fc.integer({ min: 1, max: 96 }).map((quarters) => quarters * 15),
    }),
    { minLength: 7, maxLength: 7 },
  )
  .map((perWeekday) => {
    const groups = new Map<number, CallingHours>();
    perWeekday.forEach(({ group, start, length }, i) => {
      if (group === 3) return;
      const hours = groups.get(group) ?? {
        days: [],
        startLocal: clock(start),
        endLocal: clock(Math.min(start + length, 1440)),
      };
      hours.days.push(i + 1);
      groups.set(group, hours);
    });
    return [...groups.values()];
  });

const ruleArb: fc.Arbitrary<StateCallingRule> = fc.record(
  {
    state: fc.constant('FL' as const),
    effectiveFrom: fc.constant('2000-01-01'),
    hours: hoursArb,
    noCallDates: fc.oneof(
      fc.constant('federal-holidays' as const),
      fc.subarray([...dstDays, 'federal-holidays', '2026-12-31']),
    ),
    maxCallsPer24h: fc.integer({ min: 1, max: 5 }),
    source: fc.constant('property test'),
  },
  { requiredKeys: ['state', 'effectiveFrom', 'source'] },
);

const ruleSetOf = (rule: StateCallingRule): CallingRuleSet => ({
  version: 'test',
  publishedAt: '2026-01-01',
  rules: [rule],
});
const zonesArb = fc.uniqueArray(fc.constantFrom(...zones), { minLength: 1, maxLength: 3 });

/** Federal holidays, actual and observed dates, as the rule reads them. */
const holidayDates = new Set(
  [2025, 2026, 2027, 2028].flatMap((year) => federalHolidays(year).flatMap((h) => [h.date, h.observed])),
);

/** An independent reading of the rule with Temporal, zone by zone, ignoring the cap. */
function timeAllowsEverywhere(
  rule: StateCallingRule,
  timeZones: string[],
  instant: Temporal.Instant,
): boolean {
  const noCall = typeof rule.noCallDates === 'string' ? [rule.noCallDates] : (rule.noCallDates ?? []);
  return timeZones.every((timeZone) => {
    const local = instant.toZonedDateTimeISO(timeZone);
    const date = local.toPlainDate().toString();
    if (noCall.includes(date) || (noCall.includes('federal-holidays') && holidayDates.has(date)))
      return false;
    if (rule.hours === undefined) return true;
    const hours = rule.hours.find((h) => h.days.includes(local.dayOfWeek));
    if (hours === undefined) return false;
    const time = local.toPlainTime();
    const beforeEnd = hours.endLocal === '24:00' || Temporal.PlainTime.compare(time, hours.endLocal) < 0;
    return Temporal.PlainTime.compare(time, hours.startLocal) >= 0 && beforeEnd;
  });
}

/** The instants each zone's hours start and end on the local date of `ms` (DST-resolved by Temporal). */
function hoursEdges(rule: StateCallingRule, timeZones: string[], ms: number): number[] {
  return timeZones.flatMap((timeZone) => {
    const date = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).toPlainDate();
    return (rule.hours ?? []).flatMap((hours) =>
      [hours.startLocal, hours.endLocal].map((clock) => {
        const day = clock === '24:00' ? date.add({ days: 1 }) : date;
        const time = clock === '24:00' ? '00:00' : clock;
        return day.toZonedDateTime({ timeZone, plainTime: time }).epochMilliseconds;
      }),
    );
  });
}

const decideAt = (rule: StateCallingRule, timeZones: string[], ms: number, callsInLast24h = 0) =>
  stateRuleDecision({
    state: 'FL',
    timeZones,
    ruleSet: ruleSetOf(rule),
    now: Temporal.Instant.fromEpochMilliseconds(ms),
    callsInLast24h,
  });

describe('stateRuleDecision: properties', () => {
  it('allows exactly when every zone allows (hours, weekday, no-call dates) and the cap is not reached', () => {
    const calls = fc.integer({ min: 0, max: 6 });
    fc.assert(
      fc.property(ruleArb, zonesArb, instantArb, calls, (rule, timeZones, ms, callsInLast24h) => {
        const decision = decideAt(rule, timeZones, ms, callsInLast24h);
        const underCap = rule.maxCallsPer24h === undefined || callsInLast24h < rule.maxCallsPer24h;
        const expected =
          underCap && timeAllowsEverywhere(rule, timeZones, Temporal.Instant.fromEpochMilliseconds(ms));
        expect(decision.allowed).toBe(expected);
        expect(decision.reasons.length === 0).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with the independent reading on the edges of the hours, in every zone', () => {
    fc.assert(
      fc.property(ruleArb, zonesArb, instantArb, (rule, timeZones, ms) => {
        for (const edge of hoursEdges(rule, timeZones, ms)) {
          for (const at of [edge - 1, edge]) {
            const expected = timeAllowsEverywhere(
              rule,
              timeZones,
              Temporal.Instant.fromEpochMilliseconds(at),
            );
            expect(decideAt(rule, timeZones, at).allowed).toBe(expected);
          }
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('opensAt is the first allowed instant: allowed there, refused a millisecond before', () => {
    fc.assert(
      fc.property(ruleArb, zonesArb, instantArb, (rule, timeZones, ms) => {
        const decision = decideAt(rule, timeZones, ms);
        if (decision.opensAt === null) return;
        const opensMs = decision.opensAt.epochMilliseconds;
        expect(opensMs).toBeGreaterThan(ms);
        expect(timeAllowsEverywhere(rule, timeZones, decision.opensAt)).toBe(true);
        const justBefore = Temporal.Instant.fromEpochMilliseconds(opensMs - 1);
        expect(timeAllowsEverywhere(rule, timeZones, justBefore)).toBe(false);
        const halfway = Temporal.Instant.fromEpochMilliseconds(Math.floor((ms + opensMs) / 2));
        expect(timeAllowsEverywhere(rule, timeZones, halfway)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('the cap blocks at exactly the cap, not one call before', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), zonesArb, instantArb, (cap, timeZones, ms) => {
        const rule: StateCallingRule = {
          state: 'FL',
          effectiveFrom: '2000-01-01',
          maxCallsPer24h: cap,
          source: 't',
        };
        expect(decideAt(rule, timeZones, ms, cap - 1).allowed).toBe(true);
        const atCap = decideAt(rule, timeZones, ms, cap);
        expect(atCap).toMatchObject({ allowed: false, reasons: ['STATE_CALL_CAP'], opensAt: null });
      }),
    );
  });

  it('a rule not yet effective in any of the lead’s zones does nothing', () => {
    fc.assert(
      fc.property(
        ruleArb,
        zonesArb,
        instantArb,
        fc.integer({ min: 0, max: 9 }),
        (rule, timeZones, ms, calls) => {
          const later = { ...rule, effectiveFrom: '2028-01-02' };
          expect(decideAt(later, timeZones, ms, calls)).toEqual({
            allowed: true,
            reasons: [],
            rule: null,
            window: null,
            opensAt: null,
          });
        },
      ),
    );
  });
});
