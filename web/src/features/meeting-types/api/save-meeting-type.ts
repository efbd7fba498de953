import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeetingTypeDetailDto, SaveMeetingTypeRequest } from '../../../../../src/contracts/reps.ts';
import { apiClient } from '../../../lib/api-client.ts';

export interface SaveMeetingTypeInput {
  /** null creates a meeting type. */
  id: number | null;
  body: SaveMeetingTypeRequest;
}

export function saveMeetingType({ id, body }: SaveMeetingTypeInput): Promise<MeetingTypeDetailDto> {
  return id === null
    ? apiClient.post<MeetingTypeDetailDto>('/meeting-types', body)
    : apiClient.put<MeetingTypeDetailDto>(`/meeting-types/${id}`, body);
}

export function useSaveMeetingType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMeetingType,
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ['meeting-types', saved.clientId] });
      // The campaign form offers the client's meeting types too.
      void queryClient.invalidateQueries({ queryKey: ['client-resources', saved.clientId] });
    },
  });
}
