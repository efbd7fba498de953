import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ObjectionDto, SaveObjectionRequest } from '../../../../../src/contracts/objections.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { objectionLibraryQueryKey } from './get-objections.ts';

export interface SaveObjectionInput {
  clientId: number;
  /** null creates an objection. */
  id: number | null;
  body: SaveObjectionRequest;
}

export function saveObjection({ clientId, id, body }: SaveObjectionInput): Promise<ObjectionDto> {
  return id === null
    ? apiClient.post<ObjectionDto>(`/clients/${clientId}/objections`, body)
    : apiClient.put<ObjectionDto>(`/objections/${id}`, body);
}

/** Creates, edits, retires or restores an objection; the library is read again after. */
export function useSaveObjection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveObjection,
    onSuccess: async (_saved, { clientId }) => {
      // The call screen's copy too, so its objection search finds the edit.
      void queryClient.invalidateQueries({ queryKey: ['call', 'objections', clientId] });
      await queryClient.invalidateQueries({ queryKey: objectionLibraryQueryKey(clientId) });
    },
  });
}
