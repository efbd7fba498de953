import type { Campaign } from '../campaigns/campaign.ts';
import type { Lead } from '../leads/lead.ts';
import { AppError } from '../shared/app-error.ts';

/**
 * Whether a campaign serves the lead: the lead is its client's and sits in one of its lists — or
 * is a fresh hot lead, which every campaign of the client serves first (speed-to-lead).
 *
 * @example
 * campaignHoldsLead({ clientId: 1, listIds: [7] }, { clientId: 1, listId: 7, hot: false }) // true
 * campaignHoldsLead({ clientId: 1, listIds: [8] }, { clientId: 1, listId: 7, hot: false }) // false
 */
export function campaignHoldsLead(
  campaign: Pick<Campaign, 'clientId' | 'listIds'>,
  lead: Pick<Lead, 'clientId' | 'listId' | 'hot'>,
): boolean {
  if (campaign.clientId !== lead.clientId) return false;
  return lead.hot || (lead.listId !== null && campaign.listIds.includes(lead.listId));
}

/** Throws LEAD_NOT_IN_CAMPAIGN (field `campaignId`) unless the campaign serves the lead. */
export function requireCampaignHoldsLead(
  campaign: Pick<Campaign, 'id' | 'clientId' | 'listIds'>,
  lead: Pick<Lead, 'id' | 'clientId' | 'listId' | 'hot'>,
): void {
  if (!campaignHoldsLead(campaign, lead)) {
    throw new AppError('LEAD_NOT_IN_CAMPAIGN', {
      message: `Campaign ${campaign.id} does not serve lead ${lead.id}: none of its lists holds the lead`,
      field: 'campaignId',
    });
  }
}
