import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TimelineItemDto } from '../../../../../src/contracts/timeline.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { leadTimelineQueryKey } from './get-lead-timeline.ts';

export function addLeadNote(leadId: number, text: string): Promise<TimelineItemDto> {
  return apiClient.post<TimelineItemDto>(`/leads/${leadId}/notes`, { text });
}

/** Saves a note; it goes to the top of the lead's timeline at once, without waiting for a re-read. */
export function useAddLeadNote(leadId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => addLeadNote(leadId, text),
    onSuccess: (item) => {
      queryClient.setQueryData<TimelineItemDto[]>(leadTimelineQueryKey(leadId), (items) =>
        items ? [item, ...items.filter((i) => i.id !== item.id)] : items,
      );
      void queryClient.invalidateQueries({ queryKey: leadTimelineQueryKey(leadId) });
    },
  });
}
