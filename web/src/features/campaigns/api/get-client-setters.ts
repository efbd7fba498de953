import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ClientSetterDto } from '../../../../../src/contracts/campaign-admin.ts';
import { apiClient } from '../../../lib/api-client.ts';

export async function getClientSetters(clientId: number): Promise<ClientSetterDto[]> {
  return (await apiClient.get<{ setters: ClientSetterDto[] }>(`/clients/${clientId}/setters`)).setters;
}

export const clientSettersQueryOptions = (clientId: number) =>
  queryOptions({
    queryKey: ['clients', clientId, 'setters'],
    queryFn: () => getClientSetters(clientId),
    staleTime: 60_000,
  });

/** The client's active setters: whom a campaign may be assigned to. */
export function useClientSetters(clientId: number) {
  return useQuery(clientSettersQueryOptions(clientId));
}
