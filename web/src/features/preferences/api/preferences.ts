import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PreferencesDto } from '../../../../../src/contracts/campaign-admin.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { useUser } from '../../auth/api/get-session.ts';

export function getPreferences(): Promise<PreferencesDto> {
  return apiClient.get<PreferencesDto>('/me/preferences');
}

export function savePreferences(body: PreferencesDto): Promise<PreferencesDto> {
  return apiClient.put<PreferencesDto>('/me/preferences', body);
}

export const preferencesQueryOptions = () =>
  queryOptions({
    queryKey: ['me', 'preferences'],
    queryFn: getPreferences,
    // Changed only by this user; every picker updates the cache when it saves.
    staleTime: Number.POSITIVE_INFINITY,
  });

/**
 * The client the user works on, remembered on the server: the same on every page and in every
 * browser. Until one is chosen (or when it is no longer theirs), their first client.
 */
export function useRememberedClient(): [number | null, (clientId: number | null) => void] {
  const user = useUser();
  const queryClient = useQueryClient();
  const preferences = useQuery(preferencesQueryOptions());
  const save = useMutation({ mutationFn: savePreferences });
  const stored = preferences.data?.clientId ?? null;
  const clientId = user.clients.some((client) => client.id === stored)
    ? stored
    : (user.clients[0]?.id ?? null);
  const remember = (next: number | null) => {
    if (next === stored) return;
    // Shown at once; the server keeps it for the next page and the next browser.
    queryClient.setQueryData(preferencesQueryOptions().queryKey, { clientId: next });
    save.mutate({ clientId: next });
  };
  return [clientId, remember];
}
