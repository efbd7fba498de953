import type { Temporal } from 'temporal-polyfill';
import { callingWindowFor } from '../calling-hours/calling-window.ts';
import type { CallingWindowPolicy } from '../calling-hours/calling-window-policy.ts';
import type { TimeZoneCandidate } from '../calling-hours/time-zone-candidates.ts';
import { type StateRuleReason, stateRuleDecision } from '../calling-rules/apply-state-rules.ts';
import type { CallingRuleSet } from '../calling-rules/rule-set.ts';
import type { DialBlockReason } from '../lead-queue/permit-to-dial.ts';
import { AppError } from '../shared/app-error.ts';

/** Where and under which rules a lead may be called back: its zones, the window, its state's rules. */
export interface CallbackRules {
  /** The lead's zone candidates (the client's zone when none is known), most trusted first. */
  candidates: readonly TimeZoneCandidate[];
  callingWindow: CallingWindowPolicy;
  /** The organization's state rules and the lead's state, when a rule set is in force. */
  stateRules?: { ruleSet: CallingRuleSet; state: string | null } | undefined;
}

export interface CallbackTimeDecision {
  allowed: boolean;
  /** Why the time is refused: the calling window's and the state rule's codes; empty when allowed. */
  reasons: DialBlockReason[];
  /** The lead's zone the decision was read in (the most trusted). */
  timeZone: string | null;
}

/**
 * Whether the queue may place a callback at `at`: the same calling-window and state-rule decisions
 * the queue makes when it serves the lead, read at the promised instant (calling days, blackout
 * dates, hours, state hours and no-call days). A state's daily call cap is not judged ahead.
 *
 * @example
 * // A New York lead, campaign window 08:00–21:00: 22:30 local is refused.
 * callbackTimeDecision(rules, Temporal.Instant.from('2026-12-09T03:30:00Z'))
 * // { allowed: false, reasons: ['OUTSIDE_CALLING_WINDOW'], timeZone: 'America/New_York' }
 */
export function callbackTimeDecision(rules: CallbackRules, at: Temporal.Instant): CallbackTimeDecision {
  const calling = callingWindowFor([...rules.candidates], rules.callingWindow, at);
  const stateRule =
    rules.stateRules && calling.timeZones.length > 0
      ? stateRuleDecision({ ...rules.stateRules, timeZones: calling.timeZones, now: at, callsInLast24h: 0 })
      : null;
  const stateReasons: StateRuleReason[] = stateRule?.reasons ?? [];
  const reasons: DialBlockReason[] = [...calling.reasons, ...stateReasons];
  return { allowed: reasons.length === 0, reasons, timeZone: calling.primaryTimeZone };
}

/** The first permitted instant at or after `from` (within two weeks), or null. */
export function firstPermittedFrom(rules: CallbackRules, from: Temporal.Instant): Temporal.Instant | null {
  let at = from;
  for (let step = 0; step < 40; step++) {
    const calling = callingWindowFor([...rules.candidates], rules.callingWindow, at);
    const decision = callbackTimeDecision(rules, at);
    if (decision.allowed) return at;
    // Jump to the later of the openings the window and the state rule name; an hour when neither knows.
    const stateOpens =
      rules.stateRules && calling.timeZones.length > 0
        ? stateRuleDecision({
            ...rules.stateRules,
            timeZones: calling.timeZones,
            now: at,
            callsInLast24h: 0,
          }).opensAt
        : null;
    const next = [calling.opensAt, stateOpens]
      .filter((i): i is Temporal.Instant => i !== null && i.epochMilliseconds > at.epochMilliseconds)
      .sort((a, b) => b.epochMilliseconds - a.epochMilliseconds)[0];
    if (calling.reasons.includes('UNKNOWN_TIME_ZONE')) return null;
    at = next ?? at.add({ hours: 1 });
    if (at.epochMilliseconds - from.epochMilliseconds > 14 * 86_400_000) return null;
  }
  return null;
}

const quarterMs = 15 * 60_000;

/**
 * The times offered instead of a refused callback, soonest first (at most `count`, all after
 * `now`): the latest quarter-hour still permitted earlier on the lead's requested day, the next
 * permitted instant after the requested one, and the requested clock time on the next day it is
 * permitted (else that day's opening).
 *
 * @example
 * // Asked for Tue 22:30 New York, window 08:00–21:00, now Tue 15:00:
 * nextPermittedCallbackTimes(rules, at('2026-12-09T03:30:00Z'), at('2026-12-08T20:00:00Z'))
 * // [Tue 20:45, Wed 08:00, Thu 08:00] as instants
 */
export function nextPermittedCallbackTimes(
  rules: CallbackRules,
  requestedAt: Temporal.Instant,
  now: Temporal.Instant,
  count = 3,
): Temporal.Instant[] {
  const zone = callbackTimeDecision(rules, requestedAt).timeZone;
  if (zone === null) return [];
  const found = new Map<number, Temporal.Instant>();
  const offer = (at: Temporal.Instant | null) => {
    if (at && at.epochMilliseconds > now.epochMilliseconds) found.set(at.epochMilliseconds, at);
  };
  offer(latestEarlierSameDay(rules, requestedAt, now, zone));
  const next = firstPermittedFrom(rules, requestedAt);
  offer(next);
  const requested = requestedAt.toZonedDateTimeISO(zone);
  for (let days = 1; days <= 7 && found.size < count; days++) {
    const sameClock = requested.add({ days }).toInstant();
    if (callbackTimeDecision(rules, sameClock).allowed) {
      offer(sameClock);
      break;
    }
  }
  if (found.size < count && next) {
    const dayAfter = next.toZonedDateTimeISO(zone).startOfDay().add({ days: 1 }).toInstant();
    offer(firstPermittedFrom(rules, dayAfter));
  }
  return [...found.values()].sort((a, b) => a.epochMilliseconds - b.epochMilliseconds).slice(0, count);
}

/** The latest permitted quarter-hour before `requestedAt` on its local day in `zone`, after `now`. */
function latestEarlierSameDay(
  rules: CallbackRules,
  requestedAt: Temporal.Instant,
  now: Temporal.Instant,
  zone: string,
): Temporal.Instant | null {
  const dayStart = requestedAt.toZonedDateTimeISO(zone).startOfDay().toInstant().epochMilliseconds;
  const floor = Math.max(dayStart, now.epochMilliseconds);
  let ms = Math.ceil(requestedAt.epochMilliseconds / quarterMs) * quarterMs - quarterMs;
  for (; ms > floor; ms -= quarterMs) {
    const at = requestedAt.subtract({ milliseconds: requestedAt.epochMilliseconds - ms });
    if (callbackTimeDecision(rules, at).allowed) return at;
  }
  return null;
}

/**
 * Throws CALLBACK_OUTSIDE_WINDOW (field `callbackAt`) when the queue could not place the call at
 * `callbackAt`; its details name the reasons, the lead's zone and the next permitted times.
 */
export function requireCallbackPermitted(
  rules: CallbackRules,
  callbackAt: Temporal.Instant,
  now: Temporal.Instant,
): void {
  const decision = callbackTimeDecision(rules, callbackAt);
  if (decision.allowed) return;
  const nextPermitted = nextPermittedCallbackTimes(rules, callbackAt, now);
  const local = decision.timeZone
    ? callbackAt.toZonedDateTimeISO(decision.timeZone).toPlainTime().toString({ smallestUnit: 'minute' })
    : null;
  throw new AppError('CALLBACK_OUTSIDE_WINDOW', {
    message: `The lead may not be called at that time${local ? ` (${local} in ${decision.timeZone})` : ''}: ${decision.reasons.join(', ')}. Choose one of the times offered.`,
    field: 'callbackAt',
    details: {
      reasons: decision.reasons,
      timeZone: decision.timeZone,
      nextPermitted: nextPermitted.map((at) => at.toString()),
    },
  });
}
