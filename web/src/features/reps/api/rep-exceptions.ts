import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import type { RepDto } from '../../../../../src/contracts/reps.ts';
import { apiClient } from '../../../lib/api-client.ts';

export interface TimeOffInput {
  repId: number;
  startsAt: string;
  endsAt: string;
  reason?: string;
}

export interface OverrideInput {
  repId: number;
  localDate: string;
  /** Working intervals that day in the rep's zone; [] = a day off. */
  intervals: { startLocal: string; endLocal: string }[];
}

export function addTimeOff({ repId, ...body }: TimeOffInput): Promise<RepDto> {
  return apiClient.post<RepDto>(`/reps/${repId}/time-off`, body);
}

export function removeTimeOff({ repId, timeOffId }: { repId: number; timeOffId: number }): Promise<RepDto> {
  return apiClient.delete<RepDto>(`/reps/${repId}/time-off/${timeOffId}`);
}

export function setDateOverride({ repId, localDate, intervals }: OverrideInput): Promise<RepDto> {
  return apiClient.put<RepDto>(`/reps/${repId}/overrides/${localDate}`, { intervals });
}

export function removeDateOverride({
  repId,
  localDate,
}: {
  repId: number;
  localDate: string;
}): Promise<RepDto> {
  return apiClient.delete<RepDto>(`/reps/${repId}/overrides/${localDate}`);
}

/** Every change answers the rep as it now is: the list takes it without another request. */
function storeRep(queryClient: QueryClient, rep: RepDto): void {
  const replace = (reps: RepDto[] | undefined) => reps?.map((item) => (item.id === rep.id ? rep : item));
  queryClient.setQueryData<RepDto[]>(['reps', rep.clientId], replace);
  // The rep's own page ("My schedule") reads the same records.
  queryClient.setQueryData<RepDto[]>(['reps', 'mine'], replace);
}

function useRepChange<Input>(change: (input: Input) => Promise<RepDto>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: change, onSuccess: (rep) => storeRep(queryClient, rep) });
}

export const useAddTimeOff = () => useRepChange(addTimeOff);
export const useRemoveTimeOff = () => useRepChange(removeTimeOff);
export const useSetDateOverride = () => useRepChange(setDateOverride);
export const useRemoveDateOverride = () => useRepChange(removeDateOverride);
