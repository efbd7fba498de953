import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CampaignWorkspace } from '../../../../../src/contracts/campaigns.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { shiftCache } from './shift-cache.ts';

export function getWorkspace(campaignId: number): Promise<CampaignWorkspace> {
  return apiClient.get<CampaignWorkspace>(`/campaigns/${campaignId}/workspace`);
}

/** Script, form, meeting type and client of a campaign: fetched once per shift, not per lead. */
export const workspaceQueryOptions = (campaignId: number) =>
  queryOptions({
    queryKey: ['workspace', campaignId],
    queryFn: () => getWorkspace(campaignId),
    ...shiftCache,
  });

export function useWorkspace(campaignId: number | null) {
  return useQuery({ ...workspaceQueryOptions(campaignId ?? 0), enabled: campaignId !== null });
}
