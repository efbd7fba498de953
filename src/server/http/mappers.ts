import type { Temporal } from 'temporal-polyfill';
import type { z } from 'zod';
import type { CampaignDto } from '../../contracts/campaigns.ts';
import type { callingDecisionSchema, LeadDto } from '../../contracts/leads.ts';
import type { CallingDecision } from '../../core/calling-hours/calling-window.ts';
import type { CallingWindowPolicy } from '../../core/calling-hours/calling-window-policy.ts';
import type { Campaign } from '../../core/campaigns/campaign.ts';
import type { Lead } from '../../core/leads/lead.ts';

export const iso = (instant: Temporal.Instant): string => instant.toString();
export const isoOrNull = (instant: Temporal.Instant | null): string | null =>
  instant ? instant.toString() : null;

export function leadToDto(lead: Lead): LeadDto {
  return {
    id: lead.id,
    clientId: lead.clientId,
    listId: lead.listId,
    firstName: lead.firstName,
    lastName: lead.lastName,
    company: lead.company,
    email: lead.email,
    phone: lead.phone,
    phones: lead.phones,
    address: lead.address,
    city: lead.city,
    state: lead.state,
    postalCode: lead.postalCode,
    country: lead.country,
    timeZone: lead.timeZone,
    source: lead.source,
    customFields: lead.customFields,
    status: lead.status,
    attemptCount: lead.attemptCount,
    lastAttemptAt: isoOrNull(lead.lastAttemptAt),
    createdAt: iso(lead.createdAt),
  };
}

export function callingToDto(
  calling: CallingDecision,
  window: CallingWindowPolicy,
  extraReasons: readonly string[] = [],
): z.infer<typeof callingDecisionSchema> {
  return {
    callable: calling.callable && extraReasons.length === 0,
    reasons: [...new Set([...calling.reasons, ...extraReasons])],
    timeZones: calling.timeZones,
    primaryTimeZone: calling.primaryTimeZone,
    uncertain: calling.uncertain,
    localTime: calling.localTime,
    window: calling.hours ?? { startLocal: window.startLocal, endLocal: window.endLocal },
    callableUntil: isoOrNull(calling.callableUntil),
    opensAt: isoOrNull(calling.opensAt),
  };
}

export function campaignToDto(campaign: Campaign, clientName: string): CampaignDto {
  return {
    id: campaign.id,
    clientId: campaign.clientId,
    clientName,
    name: campaign.name,
    status: campaign.status,
    listIds: campaign.listIds,
    scriptId: campaign.scriptId,
    qualificationFormId: campaign.qualificationFormId,
    meetingTypeId: campaign.meetingTypeId,
    callingWindow: campaign.callingWindow,
    sortKeys: campaign.sortKeys,
    filters: campaign.filters,
    retryPolicy: campaign.retryPolicy,
    queueSettings: campaign.queueSettings,
    createdAt: iso(campaign.createdAt),
    setterIds: campaign.setterIds,
    paused: campaign.paused ? { byName: campaign.paused.byName, at: iso(campaign.paused.at) } : null,
  };
}
