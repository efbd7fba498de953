import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CampaignDto } from '../../../../../src/contracts/campaigns.ts';
import { apiClient } from '../../../lib/api-client.ts';

export function getCampaign(campaignId: number): Promise<CampaignDto> {
  return apiClient.get<CampaignDto>(`/campaigns/${campaignId}`);
}

export const campaignQueryOptions = (campaignId: number) =>
  queryOptions({ queryKey: ['campaigns', campaignId], queryFn: () => getCampaign(campaignId) });

export function useCampaign(campaignId: number) {
  return useQuery({ ...campaignQueryOptions(campaignId), enabled: Number.isInteger(campaignId) });
}
