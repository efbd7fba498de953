import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  MarketingSourceDto,
  SaveMarketingSourceRequest,
} from '../../../../../src/contracts/marketing-sources.ts';
import { apiClient } from '../../../lib/api-client.ts';

export const marketingSourcesQueryKey = (clientId: number) => ['marketing-sources', clientId] as const;

export const marketingSourcesQueryOptions = (clientId: number) =>
  queryOptions({
    queryKey: marketingSourcesQueryKey(clientId),
    queryFn: async () =>
      (await apiClient.get<{ items: MarketingSourceDto[] }>(`/clients/${clientId}/marketing-sources`)).items,
  });

/** Every source of the client, retired ones too (the manager may restore them). */
export function useMarketingSources(clientId: number | null) {
  return useQuery({ ...marketingSourcesQueryOptions(clientId ?? 0), enabled: clientId !== null });
}

export interface SaveMarketingSourceInput {
  clientId: number;
  /** null adds a source. */
  id: number | null;
  body: SaveMarketingSourceRequest;
}

/** Adds, edits, retires or restores a source; the client's list is read again after. */
export function useSaveMarketingSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ clientId, id, body }: SaveMarketingSourceInput) =>
      id === null
        ? apiClient.post<MarketingSourceDto>(`/clients/${clientId}/marketing-sources`, body)
        : apiClient.put<MarketingSourceDto>(`/marketing-sources/${id}`, body),
    onSuccess: async (_saved, { clientId }) => {
      await queryClient.invalidateQueries({ queryKey: marketingSourcesQueryKey(clientId) });
    },
  });
}
