import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ScriptDto } from '../../../../../src/contracts/campaigns.ts';
import type { ScriptDetailDto } from '../../../../../src/contracts/scripts.ts';
import { apiClient } from '../../../lib/api-client.ts';

/** A client's scripts, or those of every client of the user (null). */
export async function getScripts(clientId: number | null): Promise<ScriptDto[]> {
  return (await apiClient.get<{ scripts: ScriptDto[] }>('/scripts', { query: { clientId } })).scripts;
}

export const scriptsQueryOptions = (clientId: number | null) =>
  queryOptions({ queryKey: ['scripts', clientId ?? 'all'], queryFn: () => getScripts(clientId) });

export function useScripts(clientId: number | null) {
  return useQuery(scriptsQueryOptions(clientId));
}

export const getScript = (id: number) => apiClient.get<ScriptDetailDto>(`/scripts/${id}`);

export const scriptQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['script', id], queryFn: () => getScript(id) });

/** A script with its versions; not fetched for a new one (null). */
export function useScript(id: number | null) {
  return useQuery({ ...scriptQueryOptions(id ?? 0), enabled: id !== null });
}
