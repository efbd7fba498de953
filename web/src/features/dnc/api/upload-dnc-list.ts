import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DncUploadReport } from '../../../../../src/contracts/dnc.ts';
import { apiClient } from '../../../lib/api-client.ts';

export interface UploadDncListInput {
  /** null: the list applies to every client of the organization (admins only). */
  clientId: number | null;
  source: string;
  /** The date the list was issued, YYYY-MM-DD. */
  listDate: string;
  file: File;
}

export function uploadDncList({
  clientId,
  source,
  listDate,
  file,
}: UploadDncListInput): Promise<DncUploadReport> {
  const form = new FormData();
  // Fields before the file: the server checks them before it reads the numbers.
  form.append('scope', clientId === null ? 'organization' : 'client');
  if (clientId !== null) form.append('clientId', String(clientId));
  form.append('source', source);
  form.append('listDate', listDate);
  form.append('file', file, file.name);
  return apiClient.upload<DncUploadReport>('/dnc-lists', form);
}

export function useUploadDncList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadDncList,
    // An organization-wide list shows under every client; the leads flagged change the queues.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['dnc-lists'] }),
  });
}
