import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TimelineItemDto } from '../../../../../src/contracts/timeline.ts';
import { apiClient } from '../../../lib/api-client.ts';

/** Everything that happened to the lead, newest first. */
export async function getLeadTimeline(leadId: number): Promise<TimelineItemDto[]> {
  return (await apiClient.get<{ items: TimelineItemDto[] }>(`/leads/${leadId}/timeline`)).items;
}

// The call screen reads the same list under the same key: a note saved here shows there at once.
export const leadTimelineQueryKey = (leadId: number) => ['lead', leadId, 'timeline'] as const;

export const leadTimelineQueryOptions = (leadId: number) =>
  queryOptions({ queryKey: leadTimelineQueryKey(leadId), queryFn: () => getLeadTimeline(leadId) });

export function useLeadTimeline(leadId: number) {
  return useQuery(leadTimelineQueryOptions(leadId));
}
