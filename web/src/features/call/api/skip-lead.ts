import { useMutation } from '@tanstack/react-query';
import type { SkipLeadRequest } from '../../../../../src/contracts/queue-flow.ts';
import { apiClient } from '../../../lib/api-client.ts';

/** Skip: gives the lead back and keeps it away from this setter for the campaign's skip time. */
export function skipLead(leadId: number, body: SkipLeadRequest): Promise<{ skippedUntil: string }> {
  return apiClient.post<{ skippedUntil: string }>(`/leads/${leadId}/skip`, body);
}

export function useSkipLead() {
  return useMutation({
    mutationFn: ({ leadId, body }: { leadId: number; body: SkipLeadRequest }) => skipLead(leadId, body),
  });
}
