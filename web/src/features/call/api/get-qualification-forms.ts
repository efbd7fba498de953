import { queryOptions } from '@tanstack/react-query';
import type { QualificationFormDto } from '../../../../../src/contracts/campaigns.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { shiftCache } from './shift-cache.ts';

export async function getQualificationForms(clientId: number): Promise<QualificationFormDto[]> {
  return (
    await apiClient.get<{ forms: QualificationFormDto[] }>('/qualification-forms', { query: { clientId } })
  ).forms;
}

export const qualificationFormsQueryOptions = (clientId: number) =>
  queryOptions({
    queryKey: ['call', 'qualification-forms', clientId],
    queryFn: () => getQualificationForms(clientId),
    ...shiftCache,
  });
