import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportReport } from '../../../../../src/contracts/imports.ts';
import { apiClient } from '../../../lib/api-client.ts';

export interface ImportLeadsInput {
  clientId: number;
  listName: string;
  file: File;
}

export function importLeads({ clientId, listName, file }: ImportLeadsInput): Promise<ImportReport> {
  const form = new FormData();
  form.set('clientId', String(clientId));
  form.set('listName', listName);
  form.set('file', file, file.name);
  return apiClient.upload<ImportReport>('/imports', form);
}

export function useImportLeads() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importLeads,
    onSuccess: (report) => queryClient.invalidateQueries({ queryKey: ['lists', report.list.clientId] }),
  });
}
