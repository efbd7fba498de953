import type { Temporal } from 'temporal-polyfill';
import { callingWindowFor } from '../calling-hours/calling-window.ts';
import type { CallingWindowPolicy } from '../calling-hours/calling-window-policy.ts';
import type { TimeZoneCandidate } from '../calling-hours/time-zone-candidates.ts';
import type { StateRuleDecision } from '../calling-rules/apply-state-rules.ts';
import { timeZoneCandidatesFor } from './permit-to-dial.ts';

export interface PermitExplanation {
  allowed: boolean;
  at: string;
  /** The IANA zones considered (every source, intersected), most trusted first. */
  timeZones: string[];
  primaryTimeZone: string | null;
  /** 'HH:MM' now in the primary zone. */
  localTime: string | null;
  /** The allowed local window that applied, in every zone above. */
  window: { startLocal: string; endLocal: string; days: number[]; blackoutDates: string[] };
  /** Stable codes; empty when allowed. */
  reasons: string[];
  callableUntil: string | null;
  opensAt: string | null;
  /** The zones disagree on the UTC offset now, or only a default zone was known. */
  uncertain: boolean;
  /** The state rule in force for the lead (its statute and today's hours), if any. */
  stateRule: {
    state: string;
    source: string;
    version: string;
    window: { startLocal: string; endLocal: string } | null;
  } | null;
  /** One sentence for a person, e.g. "callable now until 20:59 local (America/Denver)". */
  summary: string;
}

const later = (a: string, b: string | undefined) => (b !== undefined && b > a ? b : a);
const earlier = (a: string, b: string | undefined) => (b !== undefined && b < a ? b : a);
const earliest = (a: Temporal.Instant | null, b: Temporal.Instant | null) =>
  a === null ? b : b === null ? a : a.epochMilliseconds <= b.epochMilliseconds ? a : b;
const latest = (a: Temporal.Instant | null, b: Temporal.Instant | null, blocked: boolean) =>
  !blocked ? null : a === null ? b : b === null ? a : a.epochMilliseconds >= b.epochMilliseconds ? a : b;

/** Today's closing instant of a local 'HH:MM' in the zone (the next one, if it has passed). */
function closingToday(now: Temporal.Instant, zone: string, endLocal: string): Temporal.Instant | null {
  const local = now.toZonedDateTimeISO(zone);
  const [h, m] = endLocal.split(':').map(Number);
  if (h === undefined || m === undefined) return null;
  const close =
    h === 24
      ? local.startOfDay().add({ days: 1 })
      : local.with({ hour: h, minute: m, second: 0, millisecond: 0, microsecond: 0, nanosecond: 0 });
  return close.toInstant().epochMilliseconds > now.epochMilliseconds ? close.toInstant() : null;
}

const reasonText: Record<string, string> = {
  STATE_HOURS: 'outside the state’s calling hours',
  STATE_NO_CALL_DAY: 'the state bans calls today',
  STATE_CALL_CAP: 'the state’s daily call cap is reached',
  OUTSIDE_CALLING_WINDOW: 'outside calling window',
  BLACKOUT_DATE: 'blackout date',
  NO_CALLING_DAY: 'not a calling day',
  UNKNOWN_TIME_ZONE: 'time zone unknown',
};

/** 'HH:MM' of an instant in a zone. */
const wallTime = (instant: Temporal.Instant, zone: string) =>
  instant.toZonedDateTimeISO(zone).toPlainTime().toString({ smallestUnit: 'minute' });

/**
 * The permit decision for a number at an instant, as data and as a sentence: what the queue,
 * the lead card and the `permit` command show.
 *
 * @example
 * explainPermit({ candidates: [{ timeZone: 'America/Denver', source: 'phone' }], … }).summary
 * // 'not callable: outside calling window (07:12 in America/Denver); opens 08:00 local'
 */
export function explainPermit(input: {
  candidates: readonly TimeZoneCandidate[];
  clientTimeZone: string;
  callingWindow: CallingWindowPolicy;
  now: Temporal.Instant;
  /** The state rule's decision for the lead, when one applies. */
  stateRule?: StateRuleDecision | null;
}): PermitExplanation {
  const decision = callingWindowFor(
    timeZoneCandidatesFor(input.candidates, input.clientTimeZone),
    input.callingWindow,
    input.now,
  );
  const zone = decision.primaryTimeZone;
  const rule = input.stateRule ?? null;
  const reasons = [...decision.reasons, ...(rule?.reasons ?? [])];
  const allowed = reasons.length === 0;
  // The stricter of the campaign window and the state's hours: the later opening, the earlier close.
  const opensAt = latest(decision.opensAt, rule?.opensAt ?? null, !decision.callable || !rule?.allowed);
  const ruleCloses = rule?.window && zone ? closingToday(input.now, zone, rule.window.endLocal) : null;
  const callableUntil = earliest(decision.callableUntil, ruleCloses);
  const local = decision.localTime ?? '?';
  let summary: string;
  if (allowed) {
    const until =
      callableUntil && zone ? ` until ${wallTime(callableUntil.subtract({ minutes: 1 }), zone)} local` : '';
    summary = `callable now${until}${zone ? ` (${zone})` : ''}`;
  } else {
    const why = reasons.map((r) => reasonText[r] ?? r.toLowerCase().replaceAll('_', ' ')).join(', ');
    const opens = opensAt && zone ? `; opens ${wallTime(opensAt, zone)} local` : '';
    const cap =
      rule?.reasons.includes('STATE_CALL_CAP') && rule.rule
        ? `; ${rule.rule.state} allows few calls a day`
        : '';
    summary = `not callable: ${why} (${local} in ${zone ?? 'an unknown zone'})${opens}${cap}`;
  }
  return {
    allowed,
    at: input.now.toString(),
    timeZones: decision.timeZones,
    primaryTimeZone: zone,
    localTime: decision.localTime,
    window: {
      startLocal: later(
        decision.hours?.startLocal ?? input.callingWindow.startLocal,
        rule?.window?.startLocal,
      ),
      endLocal: earlier(decision.hours?.endLocal ?? input.callingWindow.endLocal, rule?.window?.endLocal),
      days: [...input.callingWindow.days],
      blackoutDates: [...input.callingWindow.blackoutDates],
    },
    reasons,
    callableUntil: allowed ? (callableUntil?.toString() ?? null) : null,
    opensAt: allowed ? null : (opensAt?.toString() ?? null),
    stateRule: rule?.rule ? { ...rule.rule, window: rule.window } : null,
    uncertain: decision.uncertain,
    summary,
  };
}
