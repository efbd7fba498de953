import type { Temporal } from 'temporal-polyfill';
import type { Actor } from '../access/actor.ts';
import { callingWindowFor } from '../calling-hours/calling-window.ts';
import type { TimeZoneCandidate } from '../calling-hours/time-zone-candidates.ts';
import { timeZoneCandidatesFor } from '../lead-queue/permit-to-dial.ts';
import type { Campaign } from './campaign.ts';
import { isCampaignOpenTo } from './campaign-serving.ts';

/** A campaign's leads of one zone set, counted: all, still open, never called, open and due now. */
export interface CampaignZoneCount {
  campaignId: number;
  candidates: TimeZoneCandidate[];
  total: number;
  open: number;
  fresh: number;
  due: number;
}

/** How far a campaign has come, as the campaign list and the setter's picker show it. */
export interface CampaignProgress {
  campaignId: number;
  /** Leads of its lists (after its filters). */
  total: number;
  /** Still in the queue: new or being attempted. */
  open: number;
  /** Open, due and inside their calling window now; 0 while the campaign is paused. */
  callableNow: number;
  /** Distinct leads called in the campaign since the start of the viewer's day. */
  workedToday: number;
  /** Open leads never called yet. */
  remaining: number;
}

/**
 * Sums the counted zone sets per campaign; the calling window is decided once per zone set, as
 * the queue does, so "callable now" agrees with what a claim would find (leads blocked one by one
 * — do-not-call, state caps, leases — are not subtracted: the queue preview shows those).
 *
 * @example
 * campaignProgress([campaign], [{ campaignId: 1, candidates: [ny], total: 10, open: 8, fresh: 5, due: 6 }],
 *   new Map([[1, 3]]), new Map([[campaign.clientId, 'America/New_York']]), noonInNewYork)
 * // [{ campaignId: 1, total: 10, open: 8, callableNow: 6, workedToday: 3, remaining: 5 }]
 */
export function campaignProgress(
  campaigns: readonly Campaign[],
  counts: readonly CampaignZoneCount[],
  workedToday: ReadonlyMap<number, number>,
  clientTimeZones: ReadonlyMap<number, string>,
  now: Temporal.Instant,
): CampaignProgress[] {
  const byId = new Map(campaigns.map((c) => [c.id, c]));
  const progress = new Map<number, CampaignProgress>(
    campaigns.map((c) => [
      c.id,
      {
        campaignId: c.id,
        total: 0,
        open: 0,
        callableNow: 0,
        workedToday: workedToday.get(c.id) ?? 0,
        remaining: 0,
      },
    ]),
  );
  for (const count of counts) {
    const campaign = byId.get(count.campaignId);
    const sum = progress.get(count.campaignId);
    if (!campaign || !sum) continue;
    sum.total += count.total;
    sum.open += count.open;
    sum.remaining += count.fresh;
    if (campaign.paused || count.due === 0) continue;
    const zones = timeZoneCandidatesFor(count.candidates, clientTimeZones.get(campaign.clientId) ?? 'UTC');
    if (callingWindowFor(zones, campaign.callingWindow, now).callable) sum.callableNow += count.due;
  }
  return [...progress.values()];
}

/** The start of the actor's day, in their own zone: where "worked today" counts from. */
export function startOfDayFor(actor: Pick<Actor, 'timeZone'>, now: Temporal.Instant): Temporal.Instant {
  return now.toZonedDateTimeISO(actor.timeZone).startOfDay().toInstant();
}

export interface CampaignProgressPort {
  listCampaigns(clientIds: readonly number[]): Promise<Campaign[]>;
  countCampaignLeads(campaigns: readonly Campaign[], now: Temporal.Instant): Promise<CampaignZoneCount[]>;
  countWorkedSince(campaignIds: readonly number[], since: Temporal.Instant): Promise<Map<number, number>>;
  clientTimeZones(clientIds: readonly number[]): Promise<Map<number, string>>;
}

/** Progress of every campaign the actor may see (a setter: the ones open to them). */
export async function listCampaignProgress(
  port: CampaignProgressPort,
  actor: Actor,
  now: Temporal.Instant,
): Promise<CampaignProgress[]> {
  const campaigns = (await port.listCampaigns(actor.clientIds)).filter((c) => isCampaignOpenTo(c, actor));
  if (campaigns.length === 0) return [];
  const [counts, worked, zones] = await Promise.all([
    port.countCampaignLeads(campaigns, now),
    port.countWorkedSince(
      campaigns.map((c) => c.id),
      startOfDayFor(actor, now),
    ),
    port.clientTimeZones([...new Set(campaigns.map((c) => c.clientId))]),
  ]);
  return campaignProgress(campaigns, counts, worked, zones, now);
}
