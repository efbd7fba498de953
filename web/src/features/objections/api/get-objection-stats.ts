import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ObjectionStatsDto } from '../../../../../src/contracts/objections.ts';
import { apiClient } from '../../../lib/api-client.ts';

/** A period of calendar days, both ends included, as YYYY-MM-DD. */
export interface StatsPeriod {
  from: string;
  to: string;
}

export const getObjectionStats = (clientId: number, period: StatsPeriod): Promise<ObjectionStatsDto> =>
  apiClient.get<ObjectionStatsDto>(`/clients/${clientId}/objections/stats`, { query: { ...period } });

export const objectionStatsQueryOptions = (clientId: number, period: StatsPeriod) =>
  queryOptions({
    queryKey: ['call-setup', 'objection-stats', clientId, period.from, period.to],
    queryFn: () => getObjectionStats(clientId, period),
  });

/** How often each objection came up in the period, which responses were used and how calls ended. */
export function useObjectionStats(clientId: number | null, period: StatsPeriod | null) {
  return useQuery({
    ...objectionStatsQueryOptions(clientId ?? 0, period ?? { from: '', to: '' }),
    enabled: clientId !== null && period !== null,
    placeholderData: keepPreviousData,
  });
}
