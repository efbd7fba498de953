import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CampaignDto, UpdateCampaignRequest } from '../../../../../src/contracts/campaigns.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { campaignQueryOptions } from './get-campaign.ts';
import { campaignsQueryOptions } from './get-campaigns.ts';

export function updateCampaign(campaignId: number, body: UpdateCampaignRequest): Promise<CampaignDto> {
  return apiClient.patch<CampaignDto>(`/campaigns/${campaignId}`, body);
}

/** Saves changes; the campaign, the list and the queue preview (keyed under the campaign) refresh. */
export function useUpdateCampaign(campaignId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCampaignRequest) => updateCampaign(campaignId, body),
    onSuccess: (campaign) => {
      queryClient.setQueryData(campaignQueryOptions(campaignId).queryKey, campaign);
      return queryClient.invalidateQueries({ queryKey: campaignsQueryOptions().queryKey });
    },
  });
}
