import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { RejectKind, RejectsPage } from '../../../../../src/contracts/imports.ts';
import { apiClient } from '../../../lib/api-client.ts';

/** Rows of one kind shown per page of the report. */
export const rejectsPageSize = 25;

/** One page of an import's refused rows, duplicates (with the lead each matched) or warnings. */
export function getRejects(jobId: number, kind: RejectKind, offset: number): Promise<RejectsPage> {
  return apiClient.get<RejectsPage>(`/imports/${jobId}/rejects`, {
    query: { kind, offset, limit: rejectsPageSize },
  });
}

export const rejectsQueryOptions = (jobId: number, kind: RejectKind, offset: number) =>
  queryOptions({
    queryKey: ['import-rejects', jobId, kind, offset],
    queryFn: () => getRejects(jobId, kind, offset),
    // A finished job's rejects never change.
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
  });

export function useRejects(jobId: number, kind: RejectKind, offset: number, enabled: boolean) {
  return useQuery({ ...rejectsQueryOptions(jobId, kind, offset), enabled });
}
