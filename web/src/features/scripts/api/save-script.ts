import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ScriptDto } from '../../../../../src/contracts/campaigns.ts';
import type { ScriptDetailDto } from '../../../../../src/contracts/scripts.ts';
import type { ScriptSection } from '../../../../../src/core/scripts/script.ts';
import { apiClient } from '../../../lib/api-client.ts';

export interface SaveScriptInput {
  /** null creates a script (version 1). */
  id: number | null;
  clientId: number;
  body: {
    name: string;
    mode: 'verbatim' | 'personalizable';
    purpose: 'outbound' | 'inbound';
    sections: ScriptSection[];
    note?: string;
  };
}

/** Creates a script, or saves one: changed text becomes its next version. Answers its id and version. */
export async function saveScript({
  id,
  clientId,
  body,
}: SaveScriptInput): Promise<{ id: number; version: number }> {
  if (id !== null) return apiClient.put<ScriptDetailDto>(`/scripts/${id}`, body);
  const { note: _note, ...fields } = body;
  return apiClient.post<ScriptDto>('/scripts', { ...fields, clientId });
}

export function useSaveScript() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveScript,
    onSuccess: ({ id }) => {
      void queryClient.invalidateQueries({ queryKey: ['scripts'] });
      void queryClient.invalidateQueries({ queryKey: ['script', id] });
      // Variants compare against the current version: their "outdated" flags may have changed.
      void queryClient.invalidateQueries({ queryKey: ['script-variants'] });
    },
  });
}
