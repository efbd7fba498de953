import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';

/** A new secret calendar feed URL for the rep; the previous one stops working. Shown once. */
export function createFeedToken(repId: number): Promise<{ url: string }> {
  return apiClient.post<{ url: string }>(`/reps/${repId}/feed-token`);
}

export function useCreateFeedToken() {
  return useMutation({ mutationFn: createFeedToken });
}
