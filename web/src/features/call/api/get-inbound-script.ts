import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ScriptDto } from '../../../../../src/contracts/campaigns.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { shiftCache } from './shift-cache.ts';

/** The id of the client's script for incoming calls, or null when it has none. */
export async function getInboundScriptId(clientId: number): Promise<number | null> {
  const { scripts } = await apiClient.get<{ scripts: ScriptDto[] }>('/scripts', {
    query: { clientId, purpose: 'inbound' },
  });
  // The purpose is checked here too: a server that ignores the filter must not hand an outbound script.
  const inbound = scripts.find((script) => script.clientId === clientId && script.purpose === 'inbound');
  return inbound?.id ?? null;
}

export const inboundScriptQueryOptions = (clientId: number) =>
  queryOptions({
    queryKey: ['call', 'inbound-script', clientId],
    queryFn: () => getInboundScriptId(clientId),
    ...shiftCache,
  });

export function useInboundScriptId(clientId: number | null) {
  return useQuery({ ...inboundScriptQueryOptions(clientId ?? 0), enabled: clientId !== null });
}
