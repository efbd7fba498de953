import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ObjectionDto } from '../../../../../src/contracts/objections.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { shiftCache } from './shift-cache.ts';

export async function getObjections(clientId: number): Promise<ObjectionDto[]> {
  return (await apiClient.get<{ items: ObjectionDto[] }>(`/clients/${clientId}/objections`)).items;
}

/** The client's objection library: once per client and shift, searched in memory. */
export const objectionsQueryOptions = (clientId: number) =>
  queryOptions({
    queryKey: ['call', 'objections', clientId],
    queryFn: () => getObjections(clientId),
    ...shiftCache,
  });

export function useObjections(clientId: number) {
  return useQuery(objectionsQueryOptions(clientId));
}
