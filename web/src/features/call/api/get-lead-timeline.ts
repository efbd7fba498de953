import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TimelineItemDto } from '../../../../../src/contracts/timeline.ts';
import { apiClient } from '../../../lib/api-client.ts';

export async function getLeadTimeline(leadId: number): Promise<TimelineItemDto[]> {
  return (await apiClient.get<{ items: TimelineItemDto[] }>(`/leads/${leadId}/timeline`)).items;
}

export const leadTimelineQueryOptions = (leadId: number) =>
  queryOptions({ queryKey: ['lead', leadId, 'timeline'], queryFn: () => getLeadTimeline(leadId) });

/** The lead's notes and earlier answers, read after the card is on screen. */
export function useLeadTimeline(leadId: number) {
  return useQuery(leadTimelineQueryOptions(leadId));
}
