import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RepDto } from '../../../../../src/contracts/reps.ts';
import { apiClient } from '../../../lib/api-client.ts';

export async function getReps(clientId: number): Promise<RepDto[]> {
  return (await apiClient.get<{ reps: RepDto[] }>('/reps', { query: { clientId } })).reps;
}

export const repsQueryOptions = (clientId: number) =>
  queryOptions({ queryKey: ['reps', clientId], queryFn: () => getReps(clientId) });

/** A client's reps, active or not, with the time off and date overrides still ahead. */
export function useReps(clientId: number | null) {
  return useQuery({ ...repsQueryOptions(clientId ?? 0), enabled: clientId !== null });
}
