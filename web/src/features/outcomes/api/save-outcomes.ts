import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SaveClientOutcomesRequest } from '../../../../../src/contracts/dispositions.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { clientOutcomesQueryKey } from './get-outcomes.ts';

export interface SaveOutcomesInput {
  clientId: number;
  body: SaveClientOutcomesRequest;
}

export const saveClientOutcomes = ({ clientId, body }: SaveOutcomesInput): Promise<unknown> =>
  apiClient.put<unknown>(`/clients/${clientId}/outcomes`, body);

/** Replaces the client's whole outcome list in order; left-out outcomes are retired by the server. */
export function useSaveClientOutcomes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveClientOutcomes,
    onSuccess: async (_saved, { clientId }) => {
      // The call screen's copy too, so its outcome buttons follow.
      void queryClient.invalidateQueries({ queryKey: ['call', 'outcomes', clientId] });
      await queryClient.invalidateQueries({ queryKey: clientOutcomesQueryKey(clientId) });
    },
  });
}
