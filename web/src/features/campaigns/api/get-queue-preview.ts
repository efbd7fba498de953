import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QueuePreviewDto } from '../../../../../src/contracts/campaigns.ts';
import { apiClient } from '../../../lib/api-client.ts';

export const previewLimit = 50;

export function getQueuePreview(campaignId: number, limit = previewLimit): Promise<QueuePreviewDto> {
  return apiClient.get<QueuePreviewDto>(`/campaigns/${campaignId}/queue-preview`, { query: { limit } });
}

export const queuePreviewQueryOptions = (campaignId: number) =>
  queryOptions({
    queryKey: ['campaigns', campaignId, 'queue-preview'],
    queryFn: () => getQueuePreview(campaignId),
    // Windows open and close and setters take leads: the manager's look stays at most 30 s old.
    refetchInterval: 30_000,
  });

export function useQueuePreview(campaignId: number) {
  return useQuery(queuePreviewQueryOptions(campaignId));
}
