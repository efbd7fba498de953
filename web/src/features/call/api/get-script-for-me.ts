import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ScriptForMeDto } from '../../../../../src/contracts/scripts.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { shiftCache } from './shift-cache.ts';

export function getScriptForMe(scriptId: number): Promise<ScriptForMeDto> {
  return apiClient.get<ScriptForMeDto>(`/scripts/${scriptId}/for-me`);
}

/** How soon a new company version or an approval reaches a call screen that stays open. */
const scriptRefreshMs = 5 * 60_000;

/**
 * The wording this setter reads: their approved variant, or the company version. Read once at the
 * start of a shift, then refreshed in the background so a company update reaches an open screen
 * (the lead on screen keeps rendering from memory meanwhile).
 */
export const scriptForMeQueryOptions = (scriptId: number) =>
  queryOptions({
    queryKey: ['call', 'script-for-me', scriptId],
    queryFn: () => getScriptForMe(scriptId),
    ...shiftCache,
    staleTime: scriptRefreshMs,
    refetchInterval: scriptRefreshMs,
  });

export function useScriptForMe(scriptId: number | null) {
  return useQuery({ ...scriptForMeQueryOptions(scriptId ?? 0), enabled: scriptId !== null });
}
