import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ScriptForMeDto } from '../../../../../src/contracts/scripts.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { shiftCache } from './shift-cache.ts';

export function getScriptForMe(scriptId: number): Promise<ScriptForMeDto> {
  return apiClient.get<ScriptForMeDto>(`/scripts/${scriptId}/for-me`);
}

/** The wording this setter reads: their approved variant, or the company version. Once per shift. */
export const scriptForMeQueryOptions = (scriptId: number) =>
  queryOptions({
    queryKey: ['call', 'script-for-me', scriptId],
    queryFn: () => getScriptForMe(scriptId),
    ...shiftCache,
  });

export function useScriptForMe(scriptId: number | null) {
  return useQuery({ ...scriptForMeQueryOptions(scriptId ?? 0), enabled: scriptId !== null });
}
