import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DncListDto } from '../../../../../src/contracts/dnc.ts';
import { apiClient } from '../../../lib/api-client.ts';

/** The do-not-call lists that apply to a client: its own and the organization-wide ones. */
export function getDncLists(clientId: number): Promise<DncListDto[]> {
  return apiClient.get<DncListDto[]>('/dnc-lists', { query: { clientId } });
}

export const dncListsQueryOptions = (clientId: number) =>
  queryOptions({ queryKey: ['dnc-lists', clientId], queryFn: () => getDncLists(clientId) });

export function useDncLists(clientId: number | null) {
  return useQuery({ ...dncListsQueryOptions(clientId ?? 0), enabled: clientId !== null });
}
