import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QualificationFormDto } from '../../../../../src/contracts/campaigns.ts';
import { apiClient } from '../../../lib/api-client.ts';
import type { formRequest } from '../utils/form-draft.ts';
import { qualificationFormsQueryKey } from './get-forms.ts';

export interface SaveFormInput {
  clientId: number;
  /** null creates a form. */
  id: number | null;
  body: ReturnType<typeof formRequest>;
}

export function saveQualificationForm({ clientId, id, body }: SaveFormInput): Promise<QualificationFormDto> {
  return id === null
    ? apiClient.post<QualificationFormDto>('/qualification-forms', { ...body, clientId })
    : apiClient.put<QualificationFormDto>(`/qualification-forms/${id}`, body);
}

/**
 * Creates or replaces a form. Campaigns point at it by id, so the call screen's next workspace
 * read gets the edit: the cached copies are dropped here.
 */
export function useSaveQualificationForm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveQualificationForm,
    onSuccess: async (_saved, { clientId }) => {
      void queryClient.invalidateQueries({ queryKey: ['workspace'] });
      void queryClient.invalidateQueries({ queryKey: ['call', 'qualification-forms', clientId] });
      void queryClient.invalidateQueries({ queryKey: ['client-resources', clientId] });
      await queryClient.invalidateQueries({ queryKey: qualificationFormsQueryKey(clientId) });
    },
  });
}
