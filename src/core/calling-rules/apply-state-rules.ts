import { Temporal } from 'temporal-polyfill';
import {
  dayIndexOf,
  instantsAtWallTime,
  isoWeekdayOf,
  localMsAt,
  msPerDay,
  type ZoneTimeline,
  zoneTimeline,
} from '../calling-hours/zone-timeline.ts';
import { AppError } from '../shared/app-error.ts';
import { type ParsedStateRule, parseStateRules, ruleOnDay } from './parsed-state-rule.ts';
import type { CallingRuleSet } from './rule-set.ts';

export const stateRuleReasons = ['STATE_HOURS', 'STATE_NO_CALL_DAY', 'STATE_CALL_CAP'] as const;
export type StateRuleReason = (typeof stateRuleReasons)[number];

export interface StateRuleInput {
  /** USPS code of the lead's state; null when unknown (no state rule then applies). */
  state: string | null;
  /** The lead's IANA zones, already resolved, most trusted first; at least one. */
  timeZones: string[];
  ruleSet: CallingRuleSet;
  now: Temporal.Instant;
  /** Calls made to the lead in the 24 hours before `now`. */
  callsInLast24h: number;
}

export interface StateRuleDecision {
  allowed: boolean;
  /** Empty when allowed; otherwise every reason that holds in at least one of the lead's zones. */
  reasons: StateRuleReason[];
  /** The rule in force (in the first zone that has one), with the version of its set. */
  rule: { state: string; source: string; version: string } | null;
  /** Today's allowed local hours under that rule in the same zone, for explanations. */
  window: { startLocal: string; endLocal: string } | null;
  /**
   * When blocked by hours or day: the next instant every zone allows, within
   * `stateRuleSearchDays`. Null when allowed, not found, or blocked by the call cap (when the cap
   * frees depends on when the earlier calls were made).
   */
  opensAt: Temporal.Instant | null;
}

/** How far ahead `opensAt` is looked for. */
export const stateRuleSearchDays = 8;

/**
 * Whether the state calling rules allow a call to a lead at `now`. The rule is read in EVERY zone
 * of the lead, each in its own local calendar (effective dates, weekdays, no-call dates and
 * hours): all must allow, the intersection, like the calling window.
 *
 * @example
 * // A Texas lead at 11:30 on a Sunday in Houston.
 * stateRuleDecision({ state: 'TX', timeZones: ['America/Chicago'], ruleSet: usStateCallingRules,
 *   now: Temporal.Instant.from('2026-11-29T17:30:00Z'), callsInLast24h: 0 })
 * // { allowed: false, reasons: ['STATE_HOURS'], window: { startLocal: '12:00', endLocal: '21:00' },
 * //   opensAt: 2026-11-29T18:00:00Z, rule: { state: 'TX', source: 'Tex. Bus. & Com. Code § 301.051 …', … } }
 */
export function stateRuleDecision(input: StateRuleInput): StateRuleDecision {
  const { ruleSet, now, callsInLast24h } = input;
  const rules = input.state === null ? [] : parseStateRules(ruleSet, input.state.trim().toUpperCase(), now);
  if (rules.length === 0) return { allowed: true, reasons: [], rule: null, window: null, opensAt: null };
  if (input.timeZones.length === 0) {
    throw new AppError('VALIDATION', {
      message: 'a state rule needs at least one time zone',
      field: 'timeZones',
    });
  }
  const nowMs = now.epochMilliseconds;
  const untilMs = nowMs + stateRuleSearchDays * msPerDay;
  const timelines = input.timeZones.map((zone) => zoneTimeline(zone, nowMs - msPerDay, untilMs + msPerDay));
  const found = new Set(timelines.flatMap((timeline) => zoneReasons(timeline, rules, nowMs, callsInLast24h)));
  const reasons = stateRuleReasons.filter((reason) => found.has(reason));
  const shown = shownRule(timelines, rules, nowMs);
  const waitsForTime = reasons.length > 0 && !found.has('STATE_CALL_CAP');
  const opensAtMs = waitsForTime ? nextOpening(timelines, rules, nowMs, untilMs) : null;
  return {
    allowed: reasons.length === 0,
    reasons,
    rule: shown
      ? { state: shown.rule.rule.state, source: shown.rule.rule.source, version: ruleSet.version }
      : null,
    window: shown ? windowOn(shown.rule, shown.day) : null,
    opensAt: opensAtMs === null ? null : Temporal.Instant.fromEpochMilliseconds(opensAtMs),
  };
}

/** Why one zone refuses a call at `ms` (empty when it allows); `calls` null ignores the cap. */
function zoneReasons(
  timeline: ZoneTimeline,
  rules: ParsedStateRule[],
  ms: number,
  calls: number | null,
): StateRuleReason[] {
  const localMs = localMsAt(timeline, ms);
  const day = dayIndexOf(localMs);
  const rule = ruleOnDay(rules, day);
  if (rule === null) return [];
  const reasons: StateRuleReason[] = [];
  const hours = rule.hours?.get(isoWeekdayOf(day));
  if (rule.noCallDays.has(day) || (rule.hours !== null && hours === undefined))
    reasons.push('STATE_NO_CALL_DAY');
  const timeOfDay = localMs - day * msPerDay;
  if (hours !== undefined && (timeOfDay < hours.startMs || timeOfDay >= hours.endMs))
    reasons.push('STATE_HOURS');
  if (calls !== null && rule.maxCallsPer24h !== null && calls >= rule.maxCallsPer24h) {
    reasons.push('STATE_CALL_CAP');
  }
  return reasons;
}

function shownRule(
  timelines: ZoneTimeline[],
  rules: ParsedStateRule[],
  nowMs: number,
): { rule: ParsedStateRule; day: number } | null {
  for (const timeline of timelines) {
    const day = dayIndexOf(localMsAt(timeline, nowMs));
    const rule = ruleOnDay(rules, day);
    if (rule !== null) return { rule, day };
  }
  return null;
}

function windowOn(rule: ParsedStateRule, day: number): { startLocal: string; endLocal: string } | null {
  const hours = rule.hours?.get(isoWeekdayOf(day));
  if (hours === undefined || rule.noCallDays.has(day)) return null;
  return { startLocal: hours.startLocal, endLocal: hours.endLocal };
}

/**
 * The first instant after `nowMs` (up to `untilMs`) at which every zone allows a call. A zone can
 * only start to allow where its wall clock reaches midnight (a new day, maybe a new rule) or the
 * start of some hours, or where it changes offset; so only those instants are checked.
 */
function nextOpening(
  timelines: ZoneTimeline[],
  rules: ParsedStateRule[],
  nowMs: number,
  untilMs: number,
): number | null {
  const clocks = new Set<number>([0]);
  for (const rule of rules) {
    for (const hours of rule.hours?.values() ?? []) clocks.add(hours.startMs);
  }
  const changes = new Set<number>();
  for (const timeline of timelines) {
    for (const segment of timeline.segments) changes.add(segment.fromMs);
    // From the day before: after a fall-back at midnight yesterday's clock times come round again.
    const lastDay = dayIndexOf(localMsAt(timeline, untilMs));
    for (let day = dayIndexOf(localMsAt(timeline, nowMs)) - 1; day <= lastDay; day++) {
      for (const clock of clocks) {
        for (const ms of instantsAtWallTime(timeline, day * msPerDay + clock)) changes.add(ms);
      }
    }
  }
  const ordered = [...changes].filter((ms) => ms > nowMs && ms <= untilMs).sort((a, b) => a - b);
  const allowsAt = (ms: number) => timelines.every((t) => zoneReasons(t, rules, ms, null).length === 0);
  return ordered.find(allowsAt) ?? null;
}
