import { useMutation } from '@tanstack/react-query';
import type { NextLeadResponse } from '../../../../../src/contracts/campaigns.ts';
import { apiClient } from '../../../lib/api-client.ts';

/** Leases the next right lead of the campaign to the setter, or says why there is none. */
export function fetchNextLead(campaignId: number): Promise<NextLeadResponse> {
  return apiClient.post<NextLeadResponse>(`/campaigns/${campaignId}/next`, {});
}

export function useNextLead() {
  return useMutation({ mutationFn: fetchNextLead });
}
