import type { Temporal } from 'temporal-polyfill';
import type { SkipReason } from '../../contracts/queue-flow.ts';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import type { Campaign } from '../campaigns/campaign.ts';
import type { Lead } from '../leads/lead.ts';
import { notFound } from '../shared/app-error.ts';
import { requireCampaignHoldsLead } from './campaign-of-lead.ts';
import { defaultQueueSettings } from './queue-settings.ts';
import { skipUntil } from './skip-memory.ts';

export interface SkipLeadInput {
  campaignId: number | null;
  reason: SkipReason | null;
  note: string | null;
}

/** What a skip writes, in one transaction: the lease given back, the skip, the event. */
export interface SkipWriter {
  releaseLease(leadId: number, userId: number): Promise<void>;
  insertSkip(skip: {
    clientId: number;
    leadId: number;
    campaignId: number | null;
    userId: number;
    reason: SkipReason | null;
    note: string | null;
    skippedAt: Temporal.Instant;
    until: Temporal.Instant;
  }): Promise<void>;
  insertEvent(event: {
    clientId: number;
    leadId: number;
    actorUserId: number;
    type: 'skipped';
    reason: string | null;
    data: Record<string, unknown>;
    now: Temporal.Instant;
  }): Promise<void>;
}

export interface SkipLeadPort {
  findLead(id: number): Promise<Lead | undefined>;
  findCampaign(id: number): Promise<Campaign | undefined>;
  transaction<T>(work: (writer: SkipWriter) => Promise<T>): Promise<T>;
}

/**
 * Skip: the setter gives the lead back without a call, and the queue does not serve it to them
 * again before the campaign's skip length has passed (other setters may take it at once). The
 * skip is recorded — who, when, why — for the lead's timeline.
 */
export async function skipLead(
  port: SkipLeadPort,
  actor: Actor,
  leadId: number,
  input: SkipLeadInput,
  now: Temporal.Instant,
): Promise<{ skippedUntil: Temporal.Instant }> {
  requireRole(actor, ['setter', 'manager', 'admin']);
  const lead = await port.findLead(leadId);
  if (!lead) throw notFound('Lead');
  requireClientAccess(actor, lead.clientId, 'Lead');
  const campaign = input.campaignId === null ? undefined : await port.findCampaign(input.campaignId);
  if (input.campaignId !== null && !campaign) throw notFound('Campaign');
  if (campaign) requireCampaignHoldsLead(campaign, lead);
  const until = skipUntil(now, campaign?.queueSettings ?? defaultQueueSettings);
  await port.transaction(async (writer) => {
    await writer.releaseLease(lead.id, actor.userId);
    const base = { clientId: lead.clientId, leadId: lead.id };
    await writer.insertSkip({
      ...base,
      campaignId: campaign?.id ?? null,
      userId: actor.userId,
      reason: input.reason,
      note: input.note,
      skippedAt: now,
      until,
    });
    await writer.insertEvent({
      ...base,
      actorUserId: actor.userId,
      type: 'skipped',
      reason: input.reason,
      data: { campaignId: campaign?.id ?? null, until: until.toString(), note: input.note },
      now,
    });
  });
  return { skippedUntil: until };
}
