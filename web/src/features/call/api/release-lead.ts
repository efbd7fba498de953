import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';

/** Gives the lead back to the queue without an attempt (skip). */
export function releaseLead(leadId: number): Promise<unknown> {
  return apiClient.post(`/leads/${leadId}/release`, {});
}

export function useReleaseLead() {
  return useMutation({ mutationFn: releaseLead });
}
