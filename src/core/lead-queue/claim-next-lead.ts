import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import { callingWindowFor } from '../calling-hours/calling-window.ts';
import type { TimeZoneCandidate } from '../calling-hours/time-zone-candidates.ts';
import type { Campaign } from '../campaigns/campaign.ts';
import { requireCampaignOpenTo } from '../campaigns/campaign-serving.ts';
import type { Client } from '../clients/client.ts';
import type { Lead } from '../leads/lead.ts';
import { notFound } from '../shared/app-error.ts';
import { type DialBlockReason, type DialPermit, timeZoneCandidatesFor } from './permit-to-dial.ts';
import { type PermitLookups, permitsFor } from './permits-for.ts';
import { activeSkips, firstSkipReturn, type SkipMemory } from './skip-memory.ts';

export interface DueCallback {
  id: number;
  leadId: number;
  ownerUserId: number | null;
  dueAt: Temporal.Instant;
  note: string | null;
}

/** What the queue needs from storage; every method is scoped to the campaign's lists. */
export interface LeadQueuePort extends PermitLookups {
  findCampaign(campaignId: number): Promise<Campaign | undefined>;
  findClient(clientId: number): Promise<Client | undefined>;
  /** A lead this user still holds in the campaign (a reload must not lose it). */
  findHeldLead(campaign: Campaign, userId: number, now: Temporal.Instant): Promise<Lead | undefined>;
  dueCallbacks(
    campaign: Campaign,
    userId: number,
    now: Temporal.Instant,
    limit: number,
  ): Promise<DueCallback[]>;
  hotLeads(campaign: Campaign, now: Temporal.Instant, limit: number): Promise<Lead[]>;
  /**
   * The distinct time-zone sets of the campaign's open, due and unleased leads, with how many
   * leads share each: the calling window is decided once per set, not once per lead.
   */
  zoneSets(campaign: Campaign, now: Temporal.Instant, options?: { counts?: boolean }): Promise<ZoneSet[]>;
  /** Open leads past their retry gap whose zone set is one of `zoneKeys`, in the campaign's order. */
  queueCandidates(
    campaign: Campaign,
    now: Temporal.Instant,
    limit: number,
    offset: number,
    zoneKeys: readonly string[],
  ): Promise<Lead[]>;
  findLeads(ids: number[]): Promise<Lead[]>;
  /** Gives back a lease this user holds (a lead that turned out not to be callable after all). */
  releaseLease(leadId: number, userId: number): Promise<void>;
  /**
   * Atomically leases the lead unless someone else holds an unexpired lease — and only while it
   * is still open and due (or already this user's, or with a callback due now): a lead another
   * setter dispositioned a moment ago is not served again.
   */
  tryLease(leadId: number, userId: number, now: Temporal.Instant, until: Temporal.Instant): Promise<boolean>;
  /** Leases the first of the leads (in order) still free, open and due, in one step: its id, or null. */
  leaseFirst(
    leadIds: readonly number[],
    userId: number,
    now: Temporal.Instant,
    until: Temporal.Instant,
  ): Promise<number | null>;
  countOpenLeads(
    campaign: Campaign,
    now: Temporal.Instant,
  ): Promise<{ open: number; waitingForRetry: number }>;
  /** The user's skips still holding back open leads of the campaign (the lease honours them). */
  skipsOf(campaign: Campaign, userId: number, now: Temporal.Instant): Promise<SkipMemory[]>;
}

export interface ZoneSet {
  /** The set as stored, used to select its leads. */
  key: string;
  candidates: TimeZoneCandidate[];
  leads: number;
}

export type ServeReason = 'callback_due' | 'hot_lead' | 'queue';

export interface ClaimedLead {
  lead: Lead;
  permit: DialPermit;
  leaseExpiresAt: Temporal.Instant;
  reason: ServeReason;
  callback: DueCallback | null;
}

export interface EmptyQueue {
  candidates: number;
  blocked: Partial<Record<DialBlockReason, number>>;
  nextOpensAt: Temporal.Instant | null;
  /** Leads the setter skipped, held back from them only, and when the first comes back. */
  skipped?: { leads: number; firstReturnAt: Temporal.Instant };
  /** Set when the campaign is paused: it serves nothing until resumed. */
  paused?: { byName: string; at: Temporal.Instant };
}

export interface ClaimOptions {
  leaseMinutes: number;
  /** How many ordered candidates are examined per page before the queue is declared empty. */
  pageSize?: number;
  maxPages?: number;
}

/**
 * Serves the next lead of a campaign to a setter and leases it to them. Order: a lead the setter
 * still holds, callbacks due now (their own first), fresh hot leads, then the campaign's order.
 * Every lead passes permit-to-dial first; two setters never get the same lead because the lease
 * is taken by a conditional update that only one of them can win.
 */
export async function claimNextLead(
  port: LeadQueuePort,
  actor: Actor,
  campaignId: number,
  now: Temporal.Instant,
  options: ClaimOptions,
): Promise<{ claimed: ClaimedLead } | { empty: EmptyQueue }> {
  // Only those who may log the call may hold a lead: a lease taken by anyone else blocks setters.
  requireRole(actor, ['setter', 'manager', 'admin']);
  const campaign = await port.findCampaign(campaignId);
  if (!campaign) throw notFound('Campaign');
  requireClientAccess(actor, campaign.clientId, 'Campaign');
  requireCampaignOpenTo(campaign, actor);
  // A paused campaign serves nothing, not even a lead the setter held or a callback due now.
  if (campaign.paused) {
    const paused = { byName: campaign.paused.byName, at: campaign.paused.at };
    return { empty: { candidates: 0, blocked: {}, nextOpensAt: null, paused } };
  }
  const client = await port.findClient(campaign.clientId);
  if (!client) throw notFound('Client');
  const until = now.add({ minutes: options.leaseMinutes });
  const check = async (leads: Lead[], ignoreRetryGap: boolean) => {
    const permits = await permitsFor(
      port,
      {
        client,
        callingWindow: campaign.callingWindow,
        retryPolicy: campaign.retryPolicy,
        userId: actor.userId,
        now,
        ignoreRetryGap,
      },
      leads,
    );
    return leads.map((lead, i) => ({ lead, permit: permits[i] as DialPermit }));
  };
  const lease = async (lead: Lead, permit: DialPermit, reason: ServeReason, callback: DueCallback | null) =>
    (await port.tryLease(lead.id, actor.userId, now, until))
      ? { claimed: { lead, permit, leaseExpiresAt: until, reason, callback } }
      : undefined;

  const held = await port.findHeldLead(campaign, actor.userId, now);
  if (held) {
    const [checked] = await check([held], true);
    if (checked?.permit.allowed) {
      const claimed = await lease(held, checked.permit, 'queue', null);
      if (claimed) return claimed;
    }
  }

  const callbacks = await port.dueCallbacks(campaign, actor.userId, now, 20);
  const callbackLeads = new Map((await port.findLeads(callbacks.map((c) => c.leadId))).map((l) => [l.id, l]));
  for (const callback of callbacks) {
    const lead = callbackLeads.get(callback.leadId);
    if (!lead) continue;
    const [checked] = await check([lead], true);
    if (!checked?.permit.allowed) continue;
    const claimed = await lease(lead, checked.permit, 'callback_due', callback);
    if (claimed) return claimed;
  }

  for (const { lead, permit } of await check(await port.hotLeads(campaign, now, 20), false)) {
    if (!permit.allowed) continue;
    const claimed = await lease(lead, permit, 'hot_lead', null);
    if (claimed) return claimed;
  }

  const blocked: Partial<Record<DialBlockReason, number>> = {};
  let nextOpensAt: Temporal.Instant | null = null;
  const noteBlocked = (
    reasons: readonly DialBlockReason[],
    leads: number,
    opensAt: Temporal.Instant | null,
  ) => {
    for (const reason of reasons) blocked[reason] = (blocked[reason] ?? 0) + leads;
    if (opensAt && (!nextOpensAt || opensAt.epochMilliseconds < nextOpensAt.epochMilliseconds))
      nextOpensAt = opensAt;
  };
  // The window is decided per zone set, so the ordered pages hold only leads callable now: no
  // run of blocked leads early in the order can hide callable ones further down.
  const decide = (set: ZoneSet) =>
    callingWindowFor(timeZoneCandidatesFor(set.candidates, client.timeZone), campaign.callingWindow, now);
  // Without counts: finding the sets walks an index; counting them would read the whole campaign.
  const callableKeys: string[] = [];
  for (const set of await port.zoneSets(campaign, now, { counts: false })) {
    if (decide(set).callable) callableKeys.push(set.key);
  }
  const pageSize = options.pageSize ?? 25;
  for (let page = 0; callableKeys.length > 0 && page < (options.maxPages ?? 10); page++) {
    const candidates = await port.queueCandidates(campaign, now, pageSize, page * pageSize, callableKeys);
    const checked = await check(candidates, false);
    for (const { permit } of checked)
      if (!permit.allowed) noteBlocked(permit.reasons, 1, permit.calling.opensAt);
    // One statement leases the first allowed lead still free: setters claiming at once skip each
    // other's picks instead of trying the same leads one by one.
    const allowed = checked.filter((c) => c.permit.allowed);
    const leasedId = await port.leaseFirst(
      allowed.map((c) => c.lead.id),
      actor.userId,
      now,
      until,
    );
    const hit = allowed.find((c) => c.lead.id === leasedId);
    if (hit) {
      // The page may be a moment old (a node keeps the queue's head): serve the lead as stored now.
      const [fresh] = await check(await port.findLeads([hit.lead.id]), false);
      if (fresh?.permit.allowed)
        return {
          claimed: {
            lead: fresh.lead,
            permit: fresh.permit,
            leaseExpiresAt: until,
            reason: 'queue',
            callback: null,
          },
        };
      if (fresh) await port.releaseLease(fresh.lead.id, actor.userId);
    }
    if (candidates.length < pageSize) break;
  }
  // Nothing to serve: now count what the calling windows hold back (this reads the whole campaign).
  for (const set of await port.zoneSets(campaign, now)) {
    const calling = decide(set);
    if (!calling.callable) noteBlocked(calling.reasons, set.leads, calling.opensAt);
  }
  const counts = await port.countOpenLeads(campaign, now);
  if (counts.waitingForRetry > 0) blocked.RETRY_GAP = counts.waitingForRetry;
  const skipped = skippedSummary(await port.skipsOf(campaign, actor.userId, now), actor.userId, now);
  return { empty: { candidates: counts.open, blocked, nextOpensAt, ...(skipped ? { skipped } : {}) } };
}

/** How many leads the setter's own skips hold back, and when the first comes back; null: none. */
function skippedSummary(skips: SkipMemory[], userId: number, now: Temporal.Instant) {
  const firstReturnAt = firstSkipReturn(skips, userId, now);
  return firstReturnAt ? { leads: activeSkips(skips, userId, now).size, firstReturnAt } : null;
}
