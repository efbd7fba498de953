import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MyVariantDto, ScriptVariantDto, VariantStatus } from '../../../../../src/contracts/scripts.ts';
import type { ScriptSection } from '../../../../../src/core/scripts/script.ts';
import { apiClient } from '../../../lib/api-client.ts';

export interface VariantFilter {
  clientId?: number | null;
  scriptId?: number;
  status?: VariantStatus;
}

/** Managers: every setter's variants (the review inbox with status=submitted); setters: their own. */
export async function getVariants(filter: VariantFilter): Promise<ScriptVariantDto[]> {
  const path = filter.scriptId ? `/scripts/${filter.scriptId}/variants` : '/script-variants';
  const query = filter.scriptId ? {} : { clientId: filter.clientId, status: filter.status };
  return (await apiClient.get<{ variants: ScriptVariantDto[] }>(path, { query })).variants;
}

export function useVariants(filter: VariantFilter) {
  return useQuery({
    queryKey: ['script-variants', filter.clientId ?? 'all', filter.scriptId ?? 'any', filter.status ?? 'any'],
    queryFn: () => getVariants(filter),
  });
}

export const getMyVariant = (scriptId: number) =>
  apiClient.get<MyVariantDto>(`/scripts/${scriptId}/my-variant`);

/** The caller's own variant of a script: the one being worked on, and the approved one in use. */
export function useMyVariant(scriptId: number) {
  return useQuery({ queryKey: ['script-variants', 'mine', scriptId], queryFn: () => getMyVariant(scriptId) });
}

function useInvalidateVariants() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['script-variants'] });
    void queryClient.invalidateQueries({ queryKey: ['script'] });
  };
}

export interface SaveMyVariantInput {
  scriptId: number;
  sections: ScriptSection[];
  comment?: string;
  submit: boolean;
}

/** Saves the setter's draft, or sends it for review with `submit`. */
export function useSaveMyVariant() {
  const invalidate = useInvalidateVariants();
  return useMutation({
    mutationFn: ({ scriptId, ...body }: SaveMyVariantInput) =>
      apiClient.put<ScriptVariantDto>(`/scripts/${scriptId}/my-variant`, body),
    onSuccess: invalidate,
  });
}

export interface ReviewInput {
  variantId: number;
  decision: 'approve' | 'reject';
  comment?: string;
}

/** A manager approves a submitted variant or rejects it with a comment. */
export function useReviewVariant() {
  const invalidate = useInvalidateVariants();
  return useMutation({
    mutationFn: ({ variantId, decision, comment }: ReviewInput) =>
      apiClient.post<ScriptVariantDto>(
        `/script-variants/${variantId}/${decision}`,
        comment ? { comment } : {},
      ),
    onSuccess: invalidate,
  });
}
