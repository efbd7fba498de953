import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RepDto } from '../../../../../src/contracts/reps.ts';
import { apiClient } from '../../../lib/api-client.ts';

export const myRepsQueryKey = ['reps', 'mine'] as const;

/** The signed-in rep's own rep records (one per client they sell for). */
export async function getMyReps(): Promise<RepDto[]> {
  return (await apiClient.get<{ reps: RepDto[] }>('/reps/mine')).reps;
}

export const myRepsQueryOptions = () => queryOptions({ queryKey: myRepsQueryKey, queryFn: getMyReps });

export function useMyReps() {
  return useQuery(myRepsQueryOptions());
}

/** Replaces the rep's weekly hours; a rep may do this for their own record. */
export function saveWeeklyHours({
  repId,
  weeklyHours,
}: {
  repId: number;
  weeklyHours: RepDto['weeklyHours'];
}): Promise<RepDto> {
  return apiClient.put<RepDto>(`/reps/${repId}/weekly-hours`, { weeklyHours });
}

export function useSaveWeeklyHours() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveWeeklyHours,
    onSuccess: (rep) => {
      queryClient.setQueryData<RepDto[]>(myRepsQueryKey, (reps) =>
        reps?.map((item) => (item.id === rep.id ? rep : item)),
      );
      void queryClient.invalidateQueries({ queryKey: ['reps', rep.clientId] });
    },
  });
}
