import type { Temporal } from 'temporal-polyfill';
import { type CallingDecision, callingWindowFor } from '../calling-hours/calling-window.ts';
import type { CallingWindowPolicy } from '../calling-hours/calling-window-policy.ts';
import type { CallingRuleSet } from '../calling-rules/rule-set.ts';
import { type LeadStateLookups, leadState } from '../calling-rules/state-of-lead.ts';
import type { Client } from '../clients/client.ts';
import type { Lead } from '../leads/lead.ts';
import { attemptCapReason, isCoolingOff, type RetryPolicy } from '../leads/retry-policy.ts';
import { type DialPermit, permitToDial, timeZoneCandidatesFor } from './permit-to-dial.ts';

/** What deciding permits for a batch of leads needs from storage and configuration. */
export interface PermitLookups {
  dncPhones(organizationId: number, clientId: number, phones: string[]): Promise<Set<string>>;
  /** The state calling rules in force for the organization; none: no state rule applies. */
  callingRules?(organizationId: number): CallingRuleSet | null;
  /** Calls to each phone since the instant, across every campaign and client. */
  callsSince?(phones: string[], since: Temporal.Instant): Promise<Map<string, number>>;
  /**
   * Where a lead's state is looked up when its state field is empty: its postal code, else its
   * phone's area code (a call to a state's area code is presumed to reach a resident).
   */
  stateLookups?: LeadStateLookups;
  /**
   * The last call on each number since the instant in which a person was reached, except calls
   * that ended with the person asking to be called back.
   */
  lastContactsSince?(phones: string[], since: Temporal.Instant): Promise<Map<string, Temporal.Instant>>;
}

/**
 * Permit-to-dial for each lead, with the lookups done once for the batch: do-not-call numbers,
 * the state rules, and the rolling 24-hour call counts of leads in states that cap them.
 */
export async function permitsFor(
  lookups: PermitLookups,
  context: {
    client: Client;
    callingWindow: CallingWindowPolicy;
    /** The campaign's attempt caps; none outside a campaign. */
    retryPolicy?: RetryPolicy;
    userId: number;
    now: Temporal.Instant;
    ignoreRetryGap: boolean;
  },
  leads: readonly Lead[],
): Promise<DialPermit[]> {
  const { client, now } = context;
  const dnc = await lookups.dncPhones(
    client.organizationId,
    client.id,
    leads.flatMap((l) => l.phones.map((p) => p.e164)),
  );
  const ruleSet = lookups.callingRules?.(client.organizationId) ?? null;
  const stateLookups = lookups.stateLookups;
  const states = new Map<Lead, string | null>();
  const stateOf = (lead: Lead): string | null => {
    if (!ruleSet) return lead.state;
    const known = states.get(lead);
    if (known !== undefined) return known;
    const state = stateLookups
      ? leadState(
          { state: lead.state, postalCode: lead.postalCode, country: lead.country, phone: lead.phone },
          stateLookups,
        ).state
      : lead.state;
    states.set(lead, state);
    return state;
  };
  const capped = new Set<string>(
    ruleSet?.rules.filter((r) => r.maxCallsPer24h !== undefined).map((r) => r.state) ?? [],
  );
  const policy = context.retryPolicy;
  const dailyCap = policy?.maxAttemptsPerDay !== null && policy?.maxAttemptsPerDay !== undefined;
  const cappedPhones = leads
    .filter((l) => {
      const state = stateOf(l);
      return dailyCap || (state !== null && capped.has(state));
    })
    .map((l) => l.phone);
  const calls =
    cappedPhones.length > 0 && lookups.callsSince
      ? await lookups.callsSince(cappedPhones, now.subtract({ hours: 24 }))
      : new Map<string, number>();
  const coolOff = policy?.coolOffHours ?? null;
  const contacts =
    policy && coolOff !== null && coolOff > 0 && lookups.lastContactsSince && !context.ignoreRetryGap
      ? await lookups.lastContactsSince(
          leads.flatMap((l) => l.phones.map((p) => p.e164).concat(l.phone)),
          now.subtract({ hours: coolOff }),
        )
      : new Map<string, Temporal.Instant>();
  const lastContactOf = (lead: Lead) => {
    let last: Temporal.Instant | null = null;
    for (const phone of [lead.phone, ...lead.phones.map((p) => p.e164)]) {
      const at = contacts.get(phone);
      if (at && (!last || at.epochMilliseconds > last.epochMilliseconds)) last = at;
    }
    return last;
  };
  // The calling decision depends only on the zones and their sources: once per distinct set.
  const decisions = new Map<string, CallingDecision>();
  const callingFor = (lead: Lead) => {
    const candidates = timeZoneCandidatesFor(lead.timeZoneCandidates, client.timeZone);
    const key = candidates.map((c) => `${c.source}:${c.timeZone}`).join('|');
    const decision = decisions.get(key) ?? callingWindowFor(candidates, context.callingWindow, now);
    decisions.set(key, decision);
    return decision;
  };
  return leads.map((lead) =>
    permitToDial({
      calling: callingFor(lead),
      lead,
      userId: context.userId,
      onDncList: lead.phones.some((p) => dnc.has(p.e164)) || dnc.has(lead.phone),
      callingWindow: context.callingWindow,
      clientTimeZone: client.timeZone,
      now,
      ignoreRetryGap: context.ignoreRetryGap,
      attemptCap: policy ? attemptCapReason(policy, lead.attemptCount, calls.get(lead.phone) ?? 0) : null,
      coolingOff: policy ? isCoolingOff(policy, lastContactOf(lead), now) : false,
      ...(ruleSet
        ? { stateRules: { ruleSet, state: stateOf(lead), callsInLast24h: calls.get(lead.phone) ?? 0 } }
        : {}),
    }),
  );
}
