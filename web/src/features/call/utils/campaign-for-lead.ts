import type { CampaignDto } from '../../../../../src/contracts/campaigns.ts';

/**
 * The campaign a lead opened directly (an incoming call, a search) is worked in: an active one
 * over the lead's list, else the client's first active campaign, else its first; null when the
 * client has none (the call is then logged without a campaign).
 *
 * @example
 * campaignForLead(campaigns, { clientId: 1, listId: 7 }) // the active campaign whose listIds hold 7
 */
export function campaignForLead(
  campaigns: readonly CampaignDto[],
  lead: { clientId: number; listId: number | null },
): CampaignDto | null {
  const ofClient = campaigns.filter((campaign) => campaign.clientId === lead.clientId);
  const active = ofClient.filter((campaign) => campaign.status === 'active');
  const overList =
    lead.listId === null ? undefined : active.find((c) => c.listIds.includes(lead.listId ?? -1));
  return overList ?? active[0] ?? ofClient[0] ?? null;
}
