import { Button, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Temporal } from 'temporal-polyfill';
import { DateField } from '../../../components/typed-date-time-field.tsx';
import { useUser } from '../../auth/api/get-session.ts';
import { FileDropZone } from '../../imports/components/file-drop-zone.tsx';
import { RequestError } from '../../imports/components/request-error.tsx';
import { useUploadDncList } from '../api/upload-dnc-list.ts';
import { type DncScope, DncScopeField } from './dnc-scope-field.tsx';
import { DncUploadReportView } from './dnc-upload-report.tsx';

interface DncUploadFormProps {
  clientId: number | null;
  clientName: string | null;
}

/** A do-not-call file (a registry extract, a client's suppression list) with its source and date. */
export function DncUploadForm({ clientId, clientName }: DncUploadFormProps) {
  const { t } = useTranslation();
  const user = useUser();
  const upload = useUploadDncList();
  const [scope, setScope] = useState<DncScope>('client');
  const [source, setSource] = useState('');
  const [listDate, setListDate] = useState(() => Temporal.Now.plainDateISO(user.timeZone).toString());
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const forClient = scope === 'client' || user.role !== 'admin';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!source.trim() || !listDate || !file || (forClient && clientId === null)) {
      setMissing(true);
      return;
    }
    setMissing(false);
    upload.mutate({ clientId: forClient ? clientId : null, source: source.trim(), listDate, file });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="dnc-upload-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="dnc-upload-title">
          {t('dnc.upload.title')}
        </Title>
        {user.role === 'admin' && <DncScopeField value={scope} onChange={setScope} clientName={clientName} />}
        <TextInput
          label={t('dnc.upload.source')}
          description={t('dnc.upload.sourceHelp')}
          required
          value={source}
          onChange={(event) => setSource(event.currentTarget.value)}
          error={missing && !source.trim() ? t('dnc.required') : null}
        />
        <DateField
          label={t('dnc.upload.listDate')}
          description={t('dnc.upload.listDateHelp')}
          required
          w={220}
          value={listDate}
          onChange={(value) => setListDate(value)}
          error={missing && !listDate ? t('dnc.required') : null}
        />
        <FileDropZone
          label={t('dnc.upload.file')}
          description={t('dnc.upload.fileHelp')}
          value={file}
          onChange={setFile}
          error={missing && !file ? t('dnc.required') : null}
        />
        <RequestError error={upload.error} title={t('dnc.upload.failed')} />
        <Button type="submit" loading={upload.isPending} w="fit-content">
          {forClient
            ? t('dnc.upload.submitClient', { name: clientName ?? '—' })
            : t('dnc.upload.submitOrganization')}
        </Button>
        {upload.data && <DncUploadReportView report={upload.data} />}
      </Stack>
    </form>
  );
}
