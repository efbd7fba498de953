import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SlotsResponse } from '../../../../../src/contracts/appointments.ts';
import { apiClient } from '../../../lib/api-client.ts';

export interface SlotsFilter {
  /** Only the reps who meet this way (an in-person meeting needs a rep whose territory holds the lead). */
  locationKind?: 'phone' | 'video' | 'in_person';
  /** Only this rep's slots. */
  repId?: number;
}

export function getSlots(
  leadId: number,
  meetingTypeId: number,
  filter: SlotsFilter = {},
): Promise<SlotsResponse> {
  return apiClient.get<SlotsResponse>(`/leads/${leadId}/slots`, { query: { meetingTypeId, ...filter } });
}

export const slotsQueryOptions = (leadId: number, meetingTypeId: number, filter: SlotsFilter = {}) =>
  queryOptions({
    queryKey: ['slots', leadId, meetingTypeId, filter],
    queryFn: () => getSlots(leadId, meetingTypeId, filter),
    staleTime: 0,
  });

export function useSlots(leadId: number, meetingTypeId: number | null, filter: SlotsFilter = {}) {
  return useQuery({
    ...slotsQueryOptions(leadId, meetingTypeId ?? 0, filter),
    enabled: meetingTypeId !== null,
    // Another location kind for the same lead keeps the form on screen while its slots load.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === leadId ? previous : undefined,
  });
}
