import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CampaignChangeEntryDto } from '../../../../../src/contracts/campaign-admin.ts';
import { apiClient } from '../../../lib/api-client.ts';

export async function getCampaignChanges(campaignId: number): Promise<CampaignChangeEntryDto[]> {
  return (await apiClient.get<{ changes: CampaignChangeEntryDto[] }>(`/campaigns/${campaignId}/changes`))
    .changes;
}

// Under the campaign's key: saving the campaign refreshes its history too.
export const campaignChangesQueryOptions = (campaignId: number) =>
  queryOptions({
    queryKey: ['campaigns', campaignId, 'changes'],
    queryFn: () => getCampaignChanges(campaignId),
  });

/** Who changed which settings of the campaign, when, before and after; newest first. */
export function useCampaignChanges(campaignId: number) {
  return useQuery(campaignChangesQueryOptions(campaignId));
}
