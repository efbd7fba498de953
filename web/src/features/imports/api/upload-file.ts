import { useMutation } from '@tanstack/react-query';
import type { UploadDto } from '../../../../../src/contracts/imports.ts';
import { apiClient } from '../../../lib/api-client.ts';

export interface UploadFileInput {
  clientId: number;
  file: File;
}

/** Stores a CSV or XLSX file on the server for a preview and an import; nothing is read yet. */
export function uploadImportFile({ clientId, file }: UploadFileInput): Promise<UploadDto> {
  const form = new FormData();
  // The client goes first: the server checks access before it streams the file to disk.
  form.append('clientId', String(clientId));
  form.append('file', file, file.name);
  return apiClient.upload<UploadDto>('/imports/uploads', form);
}

export function useUploadImportFile() {
  return useMutation({ mutationFn: uploadImportFile });
}
