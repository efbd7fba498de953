import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ClientOutcomesDto } from '../../../../../src/contracts/dispositions.ts';
import { apiClient } from '../../../lib/api-client.ts';

export const getClientOutcomes = (clientId: number): Promise<ClientOutcomesDto> =>
  apiClient.get<ClientOutcomesDto>(`/clients/${clientId}/outcomes`);

export const clientOutcomesQueryKey = (clientId: number) => ['call-setup', 'outcomes', clientId] as const;

export const clientOutcomesQueryOptions = (clientId: number) =>
  queryOptions({ queryKey: clientOutcomesQueryKey(clientId), queryFn: () => getClientOutcomes(clientId) });

/** A client's outcomes (active first, by position) and their reasons, retired ones included. */
export function useClientOutcomes(clientId: number | null) {
  return useQuery({ ...clientOutcomesQueryOptions(clientId ?? 0), enabled: clientId !== null });
}
