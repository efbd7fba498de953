import type { Temporal } from 'temporal-polyfill';
import { type CallingDecision, callingWindowFor } from '../calling-hours/calling-window.ts';
import type { CallingBlockReason, CallingWindowPolicy } from '../calling-hours/calling-window-policy.ts';
import type { TimeZoneCandidate } from '../calling-hours/time-zone-candidates.ts';
import {
  type StateRuleDecision,
  type StateRuleReason,
  stateRuleDecision,
} from '../calling-rules/apply-state-rules.ts';
import type { CallingRuleSet } from '../calling-rules/rule-set.ts';
import { closedLeadStatuses, type Lead, type LeadStatus } from '../leads/lead.ts';

export type DialBlockReason =
  | CallingBlockReason
  | StateRuleReason
  | 'DO_NOT_CALL'
  | 'CLOSED_STATUS'
  | 'RETRY_GAP'
  | 'LEASED'
  | 'ATTEMPT_CAP'
  | 'DAILY_ATTEMPT_CAP'
  | 'COOL_OFF';

export interface DialPermit {
  allowed: boolean;
  /** Stable codes, empty when allowed. */
  reasons: DialBlockReason[];
  calling: CallingDecision;
  /** The state rule that applied to the lead, if any (null without a rule set or a state). */
  stateRule: StateRuleDecision | null;
}

/** The state rules of the organization and what they need to know about the lead. */
export interface StateRuleContext {
  ruleSet: CallingRuleSet;
  /** The lead's state: its field, else from its postal code, else from its phone's area code. */
  state: string | null;
  /** Calls to the lead's phone in the 24 hours before now, across every campaign and client. */
  callsInLast24h: number;
}

export interface DialContext {
  lead: Pick<Lead, 'status' | 'nextCallAt' | 'leaseUserId' | 'leaseExpiresAt' | 'timeZoneCandidates'>;
  /** The user who would dial: their own lease does not block them. */
  userId: number;
  onDncList: boolean;
  callingWindow: CallingWindowPolicy;
  clientTimeZone: string;
  now: Temporal.Instant;
  /** A due callback may be dialled even though the lead's retry gap has not passed. */
  ignoreRetryGap?: boolean;
  stateRules?: StateRuleContext;
  /** The calling decision for the lead's zones, when the caller made it already for a lead with the same zones. */
  calling?: CallingDecision;
  /** The campaign's attempt cap that stops the lead, if one does. */
  attemptCap?: 'ATTEMPT_CAP' | 'DAILY_ATTEMPT_CAP' | null;
  /** A person was reached on the lead's number within the campaign's cool-off (see retry policy). */
  coolingOff?: boolean;
}

/** The lead's own candidates, or the client's zone when nothing about the lead is known. */
export function timeZoneCandidatesFor(
  candidates: readonly TimeZoneCandidate[],
  clientTimeZone: string,
): TimeZoneCandidate[] {
  return candidates.length > 0 ? [...candidates] : [{ timeZone: clientTimeZone, source: 'client_default' }];
}

/**
 * The one gate every call goes through (queue, manual dial, callbacks): may this user call this
 * lead now? Returns every reason that blocks, not only the first, so a person can see them all.
 *
 * @example
 * permitToDial({ lead, userId: 7, onDncList: false, callingWindow: defaultCallingWindow,
 *   clientTimeZone: 'America/New_York', now }).allowed
 */
export function permitToDial(context: DialContext): DialPermit {
  const { lead, now } = context;
  const calling =
    context.calling ??
    callingWindowFor(
      timeZoneCandidatesFor(lead.timeZoneCandidates, context.clientTimeZone),
      context.callingWindow,
      now,
    );
  const reasons: DialBlockReason[] = [...calling.reasons];
  // State rules (hours, no-call days, call caps) hold in every zone of the lead, like the window.
  const stateRule =
    context.stateRules && calling.timeZones.length > 0
      ? stateRuleDecision({ ...context.stateRules, timeZones: calling.timeZones, now })
      : null;
  if (stateRule) reasons.push(...stateRule.reasons);
  if (context.attemptCap) reasons.push(context.attemptCap);
  const closed = closedToCalls(lead.status, context.onDncList);
  if (closed) reasons.push(closed);
  if (!context.ignoreRetryGap && compareInstants(lead.nextCallAt, now) > 0) reasons.push('RETRY_GAP');
  // A callback the person asked for (ignoreRetryGap) is exactly the call they expect.
  if (!context.ignoreRetryGap && context.coolingOff) reasons.push('COOL_OFF');
  const leasedByOther =
    lead.leaseUserId !== null &&
    lead.leaseUserId !== context.userId &&
    lead.leaseExpiresAt !== null &&
    compareInstants(lead.leaseExpiresAt, now) > 0;
  if (leasedByOther) reasons.push('LEASED');
  return { allowed: reasons.length === 0, reasons, calling, stateRule };
}

/**
 * Why a lead takes no call at any hour: a do-not-call request or entry, or a closed status. The
 * one rule behind the queue, a manual dial and a booking (made during a call that began inside the
 * window, so neither the window nor the retry gap applies to it).
 *
 * @example
 * closedToCalls('callback', false) // null — a no-show handed back to its setter may be booked again
 * closedToCalls('nurture', false) // 'CLOSED_STATUS'
 */
export function closedToCalls(
  status: LeadStatus,
  onDncList: boolean,
): Extract<DialBlockReason, 'DO_NOT_CALL' | 'CLOSED_STATUS'> | null {
  if (onDncList || status === 'dnc') return 'DO_NOT_CALL';
  return closedLeadStatuses.includes(status) ? 'CLOSED_STATUS' : null;
}

function compareInstants(a: Temporal.Instant, b: Temporal.Instant): number {
  return a.epochMilliseconds - b.epochMilliseconds;
}
