import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import { requireCampaignOpenTo } from '../campaigns/campaign-serving.ts';
import type { Lead } from '../leads/lead.ts';
import { notFound } from '../shared/app-error.ts';
import type { DueCallback, LeadQueuePort, ServeReason } from './lead-queue-port.ts';
import { permitLookupsOnce } from './permit-lookups-once.ts';
import type { DialBlockReason, DialPermit } from './permit-to-dial.ts';
import { permitsFor } from './permits-for.ts';
import { type ServingEntry, servingOrder, zoneSetCalling } from './serving-order.ts';
import { activeSkips, firstSkipReturn, type SkipMemory } from './skip-memory.ts';

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
  const lookups = permitLookupsOnce(port);
  const recheck = async (lead: Lead) => {
    const [permit] = await permitsFor(
      lookups,
      {
        client,
        callingWindow: campaign.callingWindow,
        retryPolicy: campaign.retryPolicy,
        userId: actor.userId,
        now,
        ignoreRetryGap: false,
      },
      [lead],
    );
    return permit as DialPermit;
  };
  const served = (entry: ServingEntry, reason: ServeReason) => ({
    claimed: {
      lead: entry.lead,
      permit: entry.permit,
      leaseExpiresAt: until,
      reason,
      callback: entry.callback,
    },
  });

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
  // run of blocked leads early in the order can hide callable ones further down. Without counts:
  // finding the sets walks an index; counting them would read the whole campaign.
  const callableKeys = (await port.zoneSets(campaign, now, { counts: false }))
    .filter((set) => zoneSetCalling(set, client, campaign, now).callable)
    .map((set) => set.key);
  const order = servingOrder(port, {
    campaign,
    client,
    userId: actor.userId,
    now,
    batch: 20,
    pageSize: options.pageSize ?? 25,
    maxPages: options.maxPages ?? 10,
    callableKeys,
    lookups,
  });
  for await (const step of order) {
    const allowed = step.entries.filter((e) => e.permit.allowed);
    if (step.reason !== 'queue' || step.held) {
      // Few and each special (a callback leases a lead that is not due otherwise): one by one.
      for (const entry of allowed)
        if (await port.tryLease(entry.lead.id, actor.userId, now, until)) return served(entry, step.reason);
      continue;
    }
    for (const { permit } of step.entries)
      if (!permit.allowed) noteBlocked(permit.reasons, 1, permit.calling.opensAt);
    // One statement leases the first allowed lead still free: setters claiming at once skip each
    // other's picks instead of trying the same leads one by one.
    const leased = await port.leaseFirst(
      allowed.map((c) => c.lead.id),
      actor.userId,
      now,
      until,
    );
    if (!leased) continue;
    // The page may be a moment old (a node keeps the queue's head): the lead as stored now is
    // checked again (its numbers' lookups were just read for the page).
    const permit = await recheck(leased);
    if (permit.allowed) return served({ lead: leased, permit, callback: null }, 'queue');
    await port.releaseLease(leased.id, actor.userId);
  }
  // Nothing to serve: now count what the calling windows hold back (this reads the whole campaign).
  for (const set of await port.zoneSets(campaign, now)) {
    const calling = zoneSetCalling(set, client, campaign, now);
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
