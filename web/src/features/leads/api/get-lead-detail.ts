import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LeadDetail } from '../../../../../src/contracts/leads.ts';
import { apiClient } from '../../../lib/api-client.ts';

/** The lead with its calling decision now (local time, window). */
export function getLeadDetail(leadId: number): Promise<LeadDetail> {
  return apiClient.get<LeadDetail>(`/leads/${leadId}`);
}

export const leadDetailQueryOptions = (leadId: number) =>
  queryOptions({ queryKey: ['lead', leadId], queryFn: () => getLeadDetail(leadId) });

export function useLeadDetail(leadId: number) {
  return useQuery(leadDetailQueryOptions(leadId));
}
