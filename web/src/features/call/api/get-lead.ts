import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LeadDetail } from '../../../../../src/contracts/leads.ts';
import { apiClient } from '../../../lib/api-client.ts';

export function getLead(leadId: number): Promise<LeadDetail> {
  return apiClient.get<LeadDetail>(`/leads/${leadId}`);
}

export const leadQueryOptions = (leadId: number) =>
  queryOptions({ queryKey: ['lead', leadId], queryFn: () => getLead(leadId) });

/** The lead's attempts and history, shown under the card. */
export function useLeadDetail(leadId: number) {
  return useQuery(leadQueryOptions(leadId));
}
