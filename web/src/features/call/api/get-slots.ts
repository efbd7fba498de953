import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SlotsResponse } from '../../../../../src/contracts/appointments.ts';
import { apiClient } from '../../../lib/api-client.ts';

export function getSlots(leadId: number, meetingTypeId: number): Promise<SlotsResponse> {
  return apiClient.get<SlotsResponse>(`/leads/${leadId}/slots`, { query: { meetingTypeId } });
}

export const slotsQueryOptions = (leadId: number, meetingTypeId: number) =>
  queryOptions({
    queryKey: ['slots', leadId, meetingTypeId],
    queryFn: () => getSlots(leadId, meetingTypeId),
    staleTime: 0,
  });

export function useSlots(leadId: number, meetingTypeId: number | null) {
  return useQuery({ ...slotsQueryOptions(leadId, meetingTypeId ?? 0), enabled: meetingTypeId !== null });
}
