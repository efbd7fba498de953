import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { LeadSearchResultDto } from '../../../../../src/contracts/timeline.ts';
import { apiClient } from '../../../lib/api-client.ts';

export type LeadSearchItem = LeadSearchResultDto['items'][number];

/** Leads of the user's clients by phone digits or name, company, email prefix; 10 at most. */
export function searchLeads(text: string, signal?: AbortSignal): Promise<LeadSearchResultDto> {
  return apiClient.get<LeadSearchResultDto>('/leads/search', {
    query: { q: text },
    ...(signal ? { signal } : {}),
  });
}

export const leadSearchQueryOptions = (text: string) =>
  queryOptions({
    queryKey: ['lead-search', text],
    queryFn: ({ signal }) => searchLeads(text, signal),
    enabled: text.trim() !== '',
    staleTime: 15_000,
    // The last results stay on screen while the next keystroke's answer is on its way.
    placeholderData: keepPreviousData,
  });

export function useLeadSearch(text: string) {
  return useQuery(leadSearchQueryOptions(text));
}
