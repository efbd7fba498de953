import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CampaignDto, CreateCampaignRequest } from '../../../../../src/contracts/campaigns.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { campaignsQueryOptions } from './get-campaigns.ts';

export function createCampaign(body: CreateCampaignRequest): Promise<CampaignDto> {
  return apiClient.post<CampaignDto>('/campaigns', body);
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCampaign,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignsQueryOptions().queryKey }),
  });
}
