import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportJobDto, StartImportInput } from '../../../../../src/contracts/imports.ts';
import { apiClient } from '../../../lib/api-client.ts';

/** Queues the import of an upload; the job runs in the background and is polled for progress. */
export function startImport(input: StartImportInput): Promise<ImportJobDto> {
  return apiClient.post<ImportJobDto>('/imports', input);
}

export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startImport,
    onSuccess: (job) => {
      queryClient.setQueryData(['import-job', job.id], job);
      void queryClient.invalidateQueries({ queryKey: ['imports', job.clientId] });
      // A real import creates its list at once, marked 'importing'.
      if (!job.dryRun) void queryClient.invalidateQueries({ queryKey: ['lists', job.clientId] });
    },
  });
}

/** Stops an import: none of its leads stay stored. */
export function cancelImport(id: number): Promise<ImportJobDto> {
  return apiClient.post<ImportJobDto>(`/imports/${id}/cancel`);
}

export function useCancelImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelImport,
    onSuccess: (job) => queryClient.setQueryData(['import-job', job.id], job),
  });
}
