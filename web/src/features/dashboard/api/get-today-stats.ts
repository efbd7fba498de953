import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TodayStats } from '../../../../../src/contracts/stats.ts';
import { apiClient } from '../../../lib/api-client.ts';

export function getTodayStats(clientId: number | null): Promise<TodayStats> {
  return apiClient.get<TodayStats>('/stats/today', { query: { clientId } });
}

export const todayStatsQueryOptions = (clientId: number | null) =>
  queryOptions({
    queryKey: ['stats', 'today', clientId],
    queryFn: () => getTodayStats(clientId),
    // The floor is live: a manager watching it sees new calls within half a minute.
    refetchInterval: 30_000,
  });

export function useTodayStats(clientId: number | null) {
  return useQuery(todayStatsQueryOptions(clientId));
}
