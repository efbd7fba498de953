import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CampaignDto } from '../../../../../src/contracts/campaigns.ts';
import { apiClient } from '../../../lib/api-client.ts';

export async function getCampaigns(): Promise<CampaignDto[]> {
  const { campaigns } = await apiClient.get<{ campaigns: CampaignDto[] }>('/campaigns');
  return campaigns;
}

export const campaignsQueryOptions = () => queryOptions({ queryKey: ['campaigns'], queryFn: getCampaigns });

export function useCampaigns() {
  return useQuery(campaignsQueryOptions());
}
