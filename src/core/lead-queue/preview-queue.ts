import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import type { Campaign } from '../campaigns/campaign.ts';
import type { Lead } from '../leads/lead.ts';
import { notFound } from '../shared/app-error.ts';
import type { LeadQueuePort, ServeReason } from './lead-queue-port.ts';
import { permitLookupsOnce } from './permit-lookups-once.ts';
import type { DialBlockReason, DialPermit } from './permit-to-dial.ts';
import { type ServingEntry, servingOrder, zoneSetCalling } from './serving-order.ts';
import { activeSkips } from './skip-memory.ts';

export interface PreviewEntry {
  position: number;
  lead: Lead;
  /** Why the lead is at this place: a callback due now, a fresh hot lead, the campaign's order. */
  reason: ServeReason;
  /** For a callback: whose it is (null: anyone's). */
  callbackOwnerUserId: number | null;
  permit: DialPermit;
  /** The viewer skipped this lead: it is not served to them before this instant (others get it). */
  skippedByYouUntil: Temporal.Instant | null;
}

export interface QueuePreview {
  campaign: Campaign;
  entries: PreviewEntry[];
  /** Open leads callable now (their calling window is open; retry gaps passed). */
  callableNow: number;
  /** Open leads not callable now, by reason; one lead may count under several reasons. */
  blocked: Partial<Record<DialBlockReason, number>>;
  /** When each blocked reason next lets leads through (calling windows), where known. */
  nextOpens: { reason: DialBlockReason; at: Temporal.Instant; leads: number }[];
  openLeads: number;
  /** Set when the campaign is paused: the queue serves nothing, so the preview lists nothing. */
  paused?: { byName: string; at: Temporal.Instant };
}

/**
 * What the queue will serve next, for a manager, without leasing anything: the next `limit`
 * leads in the order setters get them (callbacks due now, fresh hot leads, the campaign's
 * order), each with its permit, how many open leads are callable now, and what blocks the rest.
 */
export async function previewQueue(
  port: LeadQueuePort,
  actor: Actor,
  campaignId: number,
  now: Temporal.Instant,
  limit = 50,
): Promise<QueuePreview> {
  requireRole(actor, ['manager', 'admin']);
  const campaign = await port.findCampaign(campaignId);
  if (!campaign) throw notFound('Campaign');
  requireClientAccess(actor, campaign.clientId, 'Campaign');
  const client = await port.findClient(campaign.clientId);
  if (!client) throw notFound('Client');
  if (campaign.paused) {
    const { open } = await port.countOpenLeads(campaign, now);
    const paused = { byName: campaign.paused.byName, at: campaign.paused.at };
    return { campaign, entries: [], callableNow: 0, blocked: {}, nextOpens: [], openLeads: open, paused };
  }
  const entries: PreviewEntry[] = [];
  const seen = new Set<number>();
  const add = (entry: ServingEntry, reason: ServeReason) => {
    if (seen.has(entry.lead.id) || entries.length >= limit || !entry.permit.allowed) return;
    seen.add(entry.lead.id);
    entries.push({
      position: entries.length + 1,
      lead: entry.lead,
      reason,
      callbackOwnerUserId: entry.callback?.ownerUserId ?? null,
      permit: entry.permit,
      skippedByYouUntil: null,
    });
  };

  const blocked: Partial<Record<DialBlockReason, number>> = {};
  const opens = new Map<DialBlockReason, { at: Temporal.Instant; leads: number }>();
  const callableKeys: string[] = [];
  let callableNow = 0;
  for (const set of await port.zoneSets(campaign, now)) {
    const calling = zoneSetCalling(set, client, campaign, now);
    if (calling.callable) {
      callableKeys.push(set.key);
      callableNow += set.leads;
      continue;
    }
    for (const reason of calling.reasons) {
      blocked[reason] = (blocked[reason] ?? 0) + set.leads;
      if (!calling.opensAt) continue;
      const known = opens.get(reason);
      if (!known || calling.opensAt.epochMilliseconds < known.at.epochMilliseconds) {
        opens.set(reason, { at: calling.opensAt, leads: set.leads });
      } else if (calling.opensAt.epochMilliseconds === known.at.epochMilliseconds) {
        known.leads += set.leads;
      }
    }
  }
  // The claim's own order, as no one: a lead leased to a setter shows as blocked by its lease.
  const order = servingOrder(port, {
    campaign,
    client,
    userId: -1,
    now,
    batch: limit,
    pageSize: 200,
    maxPages: 5,
    callableKeys,
    lookups: permitLookupsOnce(port),
  });
  for await (const step of order) {
    for (const entry of step.entries) {
      add(entry, step.reason);
      // Blocked one by one (state rules, caps, do-not-call) among the ordered leads examined.
      if (step.reason === 'queue' && !entry.permit.allowed) {
        callableNow--;
        for (const reason of entry.permit.reasons) blocked[reason] = (blocked[reason] ?? 0) + 1;
      }
    }
    if (step.reason === 'queue' && entries.length >= limit) break;
  }
  const counts = await port.countOpenLeads(campaign, now);
  if (counts.waitingForRetry > 0) blocked.RETRY_GAP = counts.waitingForRetry;
  const skipped = activeSkips(await port.skipsOf(campaign, actor.userId, now), actor.userId, now);
  return {
    campaign,
    entries: entries.map((e) => ({ ...e, skippedByYouUntil: skipped.get(e.lead.id) ?? null })),
    callableNow,
    blocked,
    nextOpens: [...opens]
      .map(([reason, o]) => ({ reason, at: o.at, leads: o.leads }))
      .sort((a, b) => a.at.epochMilliseconds - b.at.epochMilliseconds),
    openLeads: counts.open,
  };
}
