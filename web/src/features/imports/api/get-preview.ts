import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ForeignPhonePolicy, ImportPreview, ReadOptions } from '../../../../../src/contracts/imports.ts';
import { apiClient } from '../../../lib/api-client.ts';

export interface PreviewRequest extends ReadOptions {
  /** Absent: the server suggests one from the headers and the client's templates. */
  mapping?: Record<string, string>;
  /** Whether the rows shown keep or refuse phones of another country. */
  foreignPhones?: ForeignPhonePolicy;
}

/** The first rows of an upload as they would be stored, read with the options given. */
export function getImportPreview(uploadId: string, request: PreviewRequest): Promise<ImportPreview> {
  return apiClient.post<ImportPreview>(`/imports/uploads/${encodeURIComponent(uploadId)}/preview`, request);
}

export const importPreviewQueryOptions = (uploadId: string, request: PreviewRequest) =>
  queryOptions({
    queryKey: ['import-preview', uploadId, request],
    queryFn: () => getImportPreview(uploadId, request),
    // The same file read the same way gives the same rows.
    staleTime: Number.POSITIVE_INFINITY,
    // The old preview stays on screen while the new one loads: no flash of an empty table.
    placeholderData: keepPreviousData,
    retry: false,
  });

export function useImportPreview(uploadId: string, request: PreviewRequest) {
  return useQuery(importPreviewQueryOptions(uploadId, request));
}
