import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RepDto, SaveRepRequest } from '../../../../../src/contracts/reps.ts';
import { apiClient } from '../../../lib/api-client.ts';

export interface SaveRepInput {
  /** null creates a rep. */
  id: number | null;
  body: SaveRepRequest;
}

/** Creates or replaces a rep's fields and weekly hours; overrides and time off are kept. */
export function saveRep({ id, body }: SaveRepInput): Promise<RepDto> {
  return id === null ? apiClient.post<RepDto>('/reps', body) : apiClient.put<RepDto>(`/reps/${id}`, body);
}

export function useSaveRep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveRep,
    onSuccess: (rep) => {
      void queryClient.invalidateQueries({ queryKey: ['reps', rep.clientId] });
      // The meeting types list the reps who take them.
      void queryClient.invalidateQueries({ queryKey: ['meeting-types', rep.clientId] });
    },
  });
}
