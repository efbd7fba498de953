import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import { callingWindowFor } from '../calling-hours/calling-window.ts';
import type { Campaign } from '../campaigns/campaign.ts';
import type { Lead } from '../leads/lead.ts';
import { notFound } from '../shared/app-error.ts';
import type { LeadQueuePort, ServeReason } from './claim-next-lead.ts';
import { type DialBlockReason, type DialPermit, timeZoneCandidatesFor } from './permit-to-dial.ts';
import { permitsFor } from './permits-for.ts';
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
  // As no one: a lead leased to a setter shows as blocked by its lease.
  const permitFor = (leads: Lead[], ignoreRetryGap: boolean) =>
    permitsFor(
      port,
      {
        client,
        callingWindow: campaign.callingWindow,
        retryPolicy: campaign.retryPolicy,
        userId: -1,
        now,
        ignoreRetryGap,
      },
      leads,
    );
  const entries: PreviewEntry[] = [];
  const seen = new Set<number>();
  const add = (lead: Lead, reason: ServeReason, permit: DialPermit, owner: number | null) => {
    if (seen.has(lead.id) || entries.length >= limit || !permit.allowed) return;
    seen.add(lead.id);
    entries.push({
      position: entries.length + 1,
      lead,
      reason,
      callbackOwnerUserId: owner,
      permit,
      skippedByYouUntil: null,
    });
  };

  const callbacks = await port.dueCallbacks(campaign, actor.userId, now, limit);
  const callbackLeads = new Map((await port.findLeads(callbacks.map((c) => c.leadId))).map((l) => [l.id, l]));
  const callbackPermits = await permitFor(
    callbacks.flatMap((c) => callbackLeads.get(c.leadId) ?? []),
    true,
  );
  let at = 0;
  for (const callback of callbacks) {
    const lead = callbackLeads.get(callback.leadId);
    if (!lead) continue;
    const permit = callbackPermits[at++];
    if (permit) add(lead, 'callback_due', permit, callback.ownerUserId);
  }
  const hot = await port.hotLeads(campaign, now, limit);
  (await permitFor(hot, false)).forEach((permit, i) => {
    const lead = hot[i];
    if (lead) add(lead, 'hot_lead', permit, null);
  });

  const blocked: Partial<Record<DialBlockReason, number>> = {};
  const opens = new Map<DialBlockReason, { at: Temporal.Instant; leads: number }>();
  const callableKeys: string[] = [];
  let callableNow = 0;
  for (const set of await port.zoneSets(campaign, now)) {
    const calling = callingWindowFor(
      timeZoneCandidatesFor(set.candidates, client.timeZone),
      campaign.callingWindow,
      now,
    );
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
  for (let page = 0; entries.length < limit && callableKeys.length > 0 && page < 5; page++) {
    const candidates = await port.queueCandidates(campaign, now, 200, page * 200, callableKeys);
    const permits = await permitFor(candidates, false);
    candidates.forEach((lead, i) => {
      const permit = permits[i];
      if (!permit) return;
      if (permit.allowed) {
        add(lead, 'queue', permit, null);
        return;
      }
      // Blocked one by one (state rules, caps, do-not-call) among the leads examined.
      callableNow--;
      for (const reason of permit.reasons) blocked[reason] = (blocked[reason] ?? 0) + 1;
    });
    if (candidates.length < 200) break;
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
