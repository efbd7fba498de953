import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CampaignProgressDto } from '../../../../../src/contracts/campaign-admin.ts';
import { apiClient } from '../../../lib/api-client.ts';

export async function getCampaignProgress(): Promise<Map<number, CampaignProgressDto>> {
  const { campaigns } = await apiClient.get<{ campaigns: CampaignProgressDto[] }>('/campaigns/progress');
  return new Map(campaigns.map((progress) => [progress.campaignId, progress]));
}

export const campaignProgressQueryOptions = () =>
  queryOptions({
    queryKey: ['campaigns', 'progress'],
    queryFn: getCampaignProgress,
    // Windows open and close and setters work leads: the counts stay at most a minute old.
    refetchInterval: 60_000,
  });

/** Open, callable now, worked today and remaining, per campaign the user may see. */
export function useCampaignProgress() {
  return useQuery(campaignProgressQueryOptions());
}
