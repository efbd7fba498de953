import { useQuery } from '@tanstack/react-query';
import type { ScriptDiffDto, ScriptOutcomesDto } from '../../../../../src/contracts/scripts.ts';
import { apiClient } from '../../../lib/api-client.ts';

export const getScriptDiff = (id: number, from: number, to: number) =>
  apiClient.get<ScriptDiffDto>(`/scripts/${id}/diff`, { query: { from, to } });

/** What changed between two company versions; waits until both are chosen. */
export function useScriptDiff(id: number, from: number | null, to: number | null) {
  return useQuery({
    queryKey: ['script-diff', id, from, to],
    queryFn: () => getScriptDiff(id, from ?? 0, to ?? 0),
    enabled: from !== null && to !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export const getScriptOutcomes = (id: number) => apiClient.get<ScriptOutcomesDto>(`/scripts/${id}/outcomes`);

/** Calls by version and approved variant, and how they ended. */
export function useScriptOutcomes(id: number) {
  return useQuery({ queryKey: ['script-outcomes', id], queryFn: () => getScriptOutcomes(id) });
}
