import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ImportJobDto } from '../../../../../src/contracts/imports.ts';
import { apiClient } from '../../../lib/api-client.ts';

type ImportJobStatus = ImportJobDto['status'];

/** A job still reading its file: worth polling. */
export const isJobActive = (status: ImportJobStatus): boolean => status === 'queued' || status === 'running';

const pollMs = 500;
const listPollMs = 3000;

export function getImportJobs(clientId: number): Promise<ImportJobDto[]> {
  return apiClient.get<ImportJobDto[]>('/imports', { query: { clientId } });
}

export function getImportJob(id: number): Promise<ImportJobDto> {
  return apiClient.get<ImportJobDto>(`/imports/${id}`);
}

export const importJobsQueryOptions = (clientId: number) =>
  queryOptions({
    queryKey: ['imports', clientId],
    queryFn: () => getImportJobs(clientId),
    refetchInterval: (query) =>
      query.state.data?.some((job) => isJobActive(job.status)) ? listPollMs : false,
  });

export const importJobQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['import-job', id],
    queryFn: () => getImportJob(id),
    refetchInterval: (query) => (query.state.data && !isJobActive(query.state.data.status) ? false : pollMs),
  });

/** The client's imports, newest first; refreshed while one of them runs. */
export function useImportJobs(clientId: number | null) {
  return useQuery({ ...importJobsQueryOptions(clientId ?? 0), enabled: clientId !== null });
}

/**
 * One import, polled every half second while it runs. When it ends, the client's lists and
 * imports are refetched: the list leaves 'importing' and its row count is final.
 */
export function useImportJob(id: number) {
  const queryClient = useQueryClient();
  const job = useQuery(importJobQueryOptions(id));
  const finished = job.data !== undefined && !isJobActive(job.data.status);
  const clientId = job.data?.clientId;
  useEffect(() => {
    if (!finished || clientId === undefined) return;
    void queryClient.invalidateQueries({ queryKey: ['lists', clientId] });
    void queryClient.invalidateQueries({ queryKey: ['imports', clientId] });
  }, [finished, clientId, queryClient]);
  return job;
}

/** A CSV of the rows an import refused, held back as duplicates, or kept with warnings. */
export function rejectsCsvHref(jobId: number, kind: 'invalid' | 'duplicate' | 'warning'): string {
  return `/api/imports/${jobId}/rejects.csv?kind=${kind}`;
}
