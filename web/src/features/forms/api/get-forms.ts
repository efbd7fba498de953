import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QualificationFormDto } from '../../../../../src/contracts/campaigns.ts';
import { apiClient } from '../../../lib/api-client.ts';

export async function getQualificationForms(clientId: number): Promise<QualificationFormDto[]> {
  return (
    await apiClient.get<{ forms: QualificationFormDto[] }>('/qualification-forms', { query: { clientId } })
  ).forms;
}

export const qualificationFormsQueryKey = (clientId: number) => ['call-setup', 'forms', clientId] as const;

export const qualificationFormsQueryOptions = (clientId: number) =>
  queryOptions({
    queryKey: qualificationFormsQueryKey(clientId),
    queryFn: () => getQualificationForms(clientId),
  });

/** A client's qualification forms, by name. */
export function useQualificationForms(clientId: number | null) {
  return useQuery({ ...qualificationFormsQueryOptions(clientId ?? 0), enabled: clientId !== null });
}
