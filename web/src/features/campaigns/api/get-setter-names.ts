import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TodayStats } from '../../../../../src/contracts/stats.ts';
import { apiClient } from '../../../lib/api-client.ts';

/**
 * Names of the client's setters who worked today, by id: enough to say whose a due callback is
 * (a callback's owner has usually called today). Unknown ids are shown by number.
 */
export async function getSetterNames(clientId: number): Promise<Map<number, string>> {
  const stats = await apiClient.get<TodayStats>('/stats/today', { query: { clientId } });
  return new Map(stats.setters.map((setter) => [setter.setterId, setter.setterName]));
}

export const setterNamesQueryOptions = (clientId: number) =>
  queryOptions({
    queryKey: ['campaigns', 'setter-names', clientId],
    queryFn: () => getSetterNames(clientId),
    staleTime: 60_000,
  });

/** Asked only when the preview holds a callback. */
export function useSetterNames(clientId: number, wanted: boolean) {
  return useQuery({ ...setterNamesQueryOptions(clientId), enabled: wanted });
}
