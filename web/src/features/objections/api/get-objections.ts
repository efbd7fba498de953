import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ObjectionDto } from '../../../../../src/contracts/objections.ts';
import { apiClient } from '../../../lib/api-client.ts';

/** The whole library, retired objections included (the manager may restore them). */
export async function getObjectionLibrary(clientId: number): Promise<ObjectionDto[]> {
  return (
    await apiClient.get<{ items: ObjectionDto[] }>(`/clients/${clientId}/objections`, {
      query: { all: true },
    })
  ).items;
}

export const objectionLibraryQueryKey = (clientId: number) => ['call-setup', 'objections', clientId] as const;

export const objectionLibraryQueryOptions = (clientId: number) =>
  queryOptions({
    queryKey: objectionLibraryQueryKey(clientId),
    queryFn: () => getObjectionLibrary(clientId),
  });

export function useObjectionLibrary(clientId: number | null) {
  return useQuery({ ...objectionLibraryQueryOptions(clientId ?? 0), enabled: clientId !== null });
}
