import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ClientOutcomesDto } from '../../../../../src/contracts/dispositions.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { shiftCache } from './shift-cache.ts';

export function getClientOutcomes(clientId: number): Promise<ClientOutcomesDto> {
  return apiClient.get<ClientOutcomesDto>(`/clients/${clientId}/outcomes`);
}

/** The client's outcomes and reasons: once per client and shift. */
export const clientOutcomesQueryOptions = (clientId: number) =>
  queryOptions({
    queryKey: ['call', 'outcomes', clientId],
    queryFn: () => getClientOutcomes(clientId),
    ...shiftCache,
  });

export function useClientOutcomes(clientId: number) {
  return useQuery(clientOutcomesQueryOptions(clientId));
}
