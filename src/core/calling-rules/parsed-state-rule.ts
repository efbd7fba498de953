import type { Temporal } from 'temporal-polyfill';
import { dayIndexOfIsoDate, msPerMinute, parseClockTime } from '../calling-hours/zone-timeline.ts';
import { type CallingRuleSet, federalHolidaysToken, type StateCallingRule } from './rule-set.ts';
import { federalHolidays } from './us-state-rules.ts';

/** One weekday's allowed hours as milliseconds after local midnight. */
export interface ParsedHours {
  startMs: number;
  endMs: number;
  startLocal: string;
  endLocal: string;
}

/** A rule turned into numbers once, so checking an instant is arithmetic on day indexes. */
export interface ParsedStateRule {
  rule: StateCallingRule;
  fromDay: number;
  /** Inclusive; +Infinity when open-ended. */
  untilDay: number;
  /** By ISO weekday; null when the rule limits no hours. */
  hours: ReadonlyMap<number, ParsedHours> | null;
  /** Day indexes of the no-call dates near the decision. */
  noCallDays: ReadonlySet<number>;
  maxCallsPer24h: number | null;
}

/**
 * The rules of `state` in a set, parsed, with 'federal-holidays' expanded for the years around
 * `now`. Throws VALIDATION when a date or time is malformed (validate edited sets first).
 *
 * @example
 * parseStateRules(usStateCallingRules, 'TX', now)[0]?.hours?.get(7) // { startLocal: '12:00', … }
 */
export function parseStateRules(
  ruleSet: CallingRuleSet,
  state: string,
  now: Temporal.Instant,
): ParsedStateRule[] {
  return ruleSet.rules.filter((rule) => rule.state === state).map((rule) => parseRule(rule, now));
}

/**
 * The rule in force on a local day, or null.
 *
 * @example
 * ruleOnDay(rules, dayIndexOfIsoDate('2021-06-30')) // null for Florida: its 2021 rule starts on 1 July
 */
export function ruleOnDay(rules: readonly ParsedStateRule[], day: number): ParsedStateRule | null {
  return rules.find((rule) => rule.fromDay <= day && day <= rule.untilDay) ?? null;
}

function parseRule(rule: StateCallingRule, now: Temporal.Instant): ParsedStateRule {
  return {
    rule,
    fromDay: dayIndexOfIsoDate(rule.effectiveFrom, 'effectiveFrom'),
    untilDay:
      rule.effectiveUntil === undefined
        ? Number.POSITIVE_INFINITY
        : dayIndexOfIsoDate(rule.effectiveUntil, 'effectiveUntil'),
    hours: rule.hours === undefined ? null : hoursByWeekday(rule.hours),
    noCallDays: noCallDays(rule.noCallDates, now),
    maxCallsPer24h: rule.maxCallsPer24h ?? null,
  };
}

function hoursByWeekday(hours: NonNullable<StateCallingRule['hours']>): Map<number, ParsedHours> {
  const byWeekday = new Map<number, ParsedHours>();
  for (const entry of hours) {
    const parsed: ParsedHours = {
      startMs: parseClockTime(entry.startLocal, 'startLocal') * msPerMinute,
      endMs: parseClockTime(entry.endLocal, 'endLocal', true) * msPerMinute,
      startLocal: entry.startLocal,
      endLocal: entry.endLocal,
    };
    for (const day of entry.days) byWeekday.set(day, parsed);
  }
  return byWeekday;
}

function noCallDays(dates: StateCallingRule['noCallDates'], now: Temporal.Instant): Set<number> {
  const entries = dates === undefined ? [] : typeof dates === 'string' ? [dates] : dates;
  const days = new Set<number>();
  for (const entry of entries) {
    if (entry !== federalHolidaysToken) days.add(dayIndexOfIsoDate(entry, 'noCallDates'));
    else for (const day of federalHolidayDaysAround(now)) days.add(day);
  }
  return days;
}

// A cache of a pure function of the year: the queue decides for many leads at once.
const holidayDaysByYear = new Map<number, readonly number[]>();

/**
 * Federal holidays, actual and observed dates both (a Saturday holiday closes the Friday it is
 * observed and the day itself), for the years any local date near `now` can fall in.
 */
function federalHolidayDaysAround(now: Temporal.Instant): number[] {
  const year = now.toZonedDateTimeISO('UTC').year;
  return [year - 1, year, year + 1, year + 2].flatMap((y) => {
    let days = holidayDaysByYear.get(y);
    if (days === undefined) {
      days = federalHolidays(y).flatMap((h) => [dayIndexOfIsoDate(h.date), dayIndexOfIsoDate(h.observed)]);
      holidayDaysByYear.set(y, days);
    }
    return days;
  });
}
