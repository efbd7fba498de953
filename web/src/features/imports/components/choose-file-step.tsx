import { Button, Group, Select, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadDto } from '../../../../../src/contracts/imports.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useUploadImportFile } from '../api/upload-file.ts';
import { FileDropZone } from './file-drop-zone.tsx';
import { RequestError } from './request-error.tsx';

interface ChooseFileStepProps {
  clientId: number | null;
  onClientChange: (clientId: number | null) => void;
  onUploaded: (upload: UploadDto) => void;
}

/** Step 1: whose leads, and which file. The file goes to the server; nothing is imported yet. */
export function ChooseFileStep({ clientId, onClientChange, onUploaded }: ChooseFileStepProps) {
  const { t } = useTranslation();
  const user = useUser();
  const format = useFormatters();
  const upload = useUploadImportFile();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (clientId === null || !file) {
      setMissing(true);
      return;
    }
    setMissing(false);
    upload.mutate({ clientId, file }, { onSuccess: onUploaded });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('import.steps.choose')}>
      <Stack gap="sm" maw={560}>
        <Select
          label={t('import.client')}
          required
          allowDeselect={false}
          data={user.clients.map((client) => ({ value: String(client.id), label: client.name }))}
          value={clientId === null ? null : String(clientId)}
          onChange={(value) => onClientChange(value ? Number(value) : null)}
          error={missing && clientId === null ? t('import.required') : null}
        />
        <FileDropZone
          label={t('import.file')}
          description={t('import.fileHelp')}
          value={file}
          onChange={setFile}
          error={missing && !file ? t('import.required') : null}
        />
        <RequestError error={upload.error} title={t('import.choose.failed')} />
        <Group>
          <Button type="submit" loading={upload.isPending}>
            {t('import.choose.submit')}
          </Button>
          {upload.isPending && file && (
            <span role="status">
              {t('import.choose.uploading', {
                name: file.name,
                size: format.number(Math.ceil(file.size / 1024)),
              })}
            </span>
          )}
        </Group>
      </Stack>
    </form>
  );
}
