import { Button, Divider, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, UploadDto } from '../../../../../src/contracts/imports.ts';
import { useFormatters } from '../../../lib/format.ts';
import { type PreviewRequest, useImportPreview } from '../api/get-preview.ts';
import type { ImportDraft } from '../hooks/use-import-wizard.ts';
import { ColumnMappingFields } from './column-mapping-fields.tsx';
import { ImportSettings } from './import-settings.tsx';
import { PreviewTable } from './preview-table.tsx';
import { ReadOptionsFields } from './read-options-fields.tsx';
import { RequestError } from './request-error.tsx';

interface CheckStepProps {
  upload: UploadDto;
  draft: ImportDraft;
  onDraftChange: (change: Partial<ImportDraft>) => void;
  /** Starts the import (or the dry run) with this mapping. */
  onStart: (mapping: Record<string, string>, dryRun: boolean) => void;
  starting: boolean;
  startError: unknown;
  onRestart: () => void;
}

/** Step 2: how the file reads, where each column goes, and the rows as they will be stored. */
export function CheckStep(props: CheckStepProps) {
  const { upload, draft } = props;
  const { t } = useTranslation();
  const format = useFormatters();
  const request: PreviewRequest = {
    ...draft.readOptions,
    foreignPhones: draft.foreignPhones,
    ...(draft.mapping ? { mapping: draft.mapping } : {}),
  };
  const preview = useImportPreview(upload.id, request);
  return (
    <Stack gap="md">
      <Text size="sm">
        {t('import.check.file', {
          name: upload.fileName,
          size: format.number(Math.ceil(upload.size / 1024)),
        })}
      </Text>
      <div role="status" aria-live="polite">
        {preview.isFetching && (
          <Text size="sm">
            <Loader size="xs" mr={6} />
            {t('import.check.reading')}
          </Text>
        )}
      </div>
      <RequestError error={preview.error} title={t('import.check.failed')} />
      {preview.data && <CheckForm {...props} preview={preview.data} />}
      {!preview.data && (
        <Group>
          <Button variant="default" onClick={props.onRestart}>
            {t('import.check.another')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function CheckForm({
  preview,
  draft,
  onDraftChange,
  onStart,
  starting,
  startError,
  onRestart,
  upload,
}: CheckStepProps & { preview: ImportPreview }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [missingName, setMissingName] = useState(false);
  const mapping = draft.mapping ?? preview.mapping;
  const start = (dryRun: boolean) => {
    if (!draft.listName.trim()) {
      setMissingName(true);
      return;
    }
    setMissingName(false);
    onStart(mapping, dryRun);
  };
  return (
    <>
      <ReadOptionsFields
        preview={preview}
        value={draft.readOptions}
        // Another encoding, delimiter or sheet may mean other headers: the mapping is suggested anew.
        onChange={(readOptions) => onDraftChange({ readOptions, mapping: null })}
      />
      <Divider />
      <ColumnMappingFields
        clientId={upload.clientId}
        headers={preview.headers}
        rows={preview.rows}
        existingKeys={preview.customFieldKeys}
        mapping={mapping}
        onChange={(next) => onDraftChange({ mapping: next })}
      />
      <PreviewTable rows={preview.rows} />
      {preview.problemRows.length > 0 && (
        <PreviewTable
          rows={preview.problemRows}
          testId="problem-row"
          caption={t('import.preview.problemRowsTitle', { count: preview.problemRows.length })}
          note={t('import.preview.problemRowsNote', {
            count: preview.rowsScanned,
            formatted: format.number(preview.rowsScanned),
          })}
        />
      )}
      <Divider />
      <ImportSettings
        dedupe={draft.dedupe}
        foreignPhones={draft.foreignPhones}
        listName={draft.listName}
        onChange={onDraftChange}
        listNameError={missingName && !draft.listName.trim() ? t('import.required') : null}
      />
      <RequestError error={startError} title={t('import.check.startFailed')} />
      <Group justify="space-between">
        <Button variant="default" onClick={onRestart}>
          {t('import.check.another')}
        </Button>
        <Group>
          <Button variant="light" onClick={() => start(true)} loading={starting}>
            {t('import.check.dryRun')}
          </Button>
          <Button onClick={() => start(false)} loading={starting}>
            {t('import.check.import')}
          </Button>
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        {t('import.check.dryRunHelp')}
      </Text>
    </>
  );
}
