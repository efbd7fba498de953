import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MappingTemplateDto } from '../../../../../src/contracts/imports.ts';
import { apiClient } from '../../../lib/api-client.ts';

/** A client's saved column mappings: the same export from the same CRM maps the same way. */
export function getMappingTemplates(clientId: number): Promise<MappingTemplateDto[]> {
  return apiClient.get<MappingTemplateDto[]>(`/clients/${clientId}/mapping-templates`);
}

export const mappingTemplatesQueryOptions = (clientId: number) =>
  queryOptions({
    queryKey: ['mapping-templates', clientId],
    queryFn: () => getMappingTemplates(clientId),
  });

export function useMappingTemplates(clientId: number) {
  return useQuery(mappingTemplatesQueryOptions(clientId));
}

export interface SaveMappingTemplateInput {
  clientId: number;
  name: string;
  mapping: Record<string, string>;
}

/** Creates the template, or replaces the one of the same name. */
export function saveMappingTemplate({ clientId, ...body }: SaveMappingTemplateInput) {
  return apiClient.put<MappingTemplateDto>(`/clients/${clientId}/mapping-templates`, body);
}

export function useSaveMappingTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMappingTemplate,
    onSuccess: (template) =>
      queryClient.invalidateQueries({ queryKey: ['mapping-templates', template.clientId] }),
  });
}
