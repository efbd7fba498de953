import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ImportJobDto } from '../../../../../src/contracts/imports.ts';
import { paths } from '../../../config/paths.ts';
import { useFormatters } from '../../../lib/format.ts';
import { rejectsCsvHref } from '../api/get-import-jobs.ts';
import { jobStatusColor } from '../utils/job-status.ts';
import { RejectsTable } from './rejects-table.tsx';
import { ReportCounts } from './report-counts.tsx';
import { RowErrorsTable } from './row-errors-table.tsx';

const downloads = [
  { kind: 'invalid', count: 'invalid' },
  { kind: 'duplicate', count: 'duplicates' },
  { kind: 'warning', count: 'warnings' },
] as const;

interface ImportReportProps {
  job: ImportJobDto;
  /** Present after a dry run of an upload still on hand: import it for real. */
  onImportNow?: (() => void) | undefined;
  onBack?: (() => void) | undefined;
  onRestart: () => void;
  importing: boolean;
}

/** Step 3 once the job ended: what came in, what did not and why, and where to go next. */
export function ImportReport({ job, onImportNow, onBack, onRestart, importing }: ImportReportProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const title = job.dryRun ? 'import.report.dryRunTitle' : 'import.report.title';
  return (
    <Stack gap="sm" component="section" aria-labelledby="import-report-title">
      <Group gap="sm">
        <Title order={2} size="h4" id="import-report-title">
          {t(title, { name: job.list?.name ?? job.fileName })}
        </Title>
        <Badge color={jobStatusColor(job.status)} variant="light">
          {t(`import.status.${job.status}`)}
        </Badge>
      </Group>
      {job.dryRun && job.status === 'done' && (
        <Text fw={600} data-testid="dry-run-summary">
          {t('import.report.wouldImport', {
            count: job.counts.imported,
            formatted: format.number(job.counts.imported),
            rows: format.number(job.counts.rows),
          })}
        </Text>
      )}
      {job.dryRun && <Text size="sm">{t('import.report.dryRunNote')}</Text>}
      {job.error && (
        <Alert color="red" variant="light" title={t('import.report.failed')} role="alert">
          {job.error.message}
          {job.error.field && <Text size="sm">{t('import.errors.field', { field: job.error.field })}</Text>}
        </Alert>
      )}
      {job.status === 'cancelled' && <Text size="sm">{t('import.report.cancelledNote')}</Text>}
      <ReportCounts job={job} />
      <RowErrorsTable
        errors={job.errors}
        total={job.counts.invalid}
        captionKey={job.dryRun ? 'import.report.errorsCaptionDryRun' : 'import.report.errorsCaption'}
      />
      <RejectsTable jobId={job.id} kind="duplicate" total={job.counts.duplicates} dryRun={job.dryRun} />
      <RejectsTable jobId={job.id} kind="warning" total={job.counts.warnings} dryRun={job.dryRun} />
      <Group gap="md">
        {downloads
          .filter((download) => job.counts[download.count] > 0)
          .map((download) => (
            <Anchor key={download.kind} href={rejectsCsvHref(job.id, download.kind)} download>
              {t(`import.report.download.${download.kind}`)}
            </Anchor>
          ))}
      </Group>
      <Group>
        {onImportNow && (
          <Button onClick={onImportNow} loading={importing}>
            {t('import.report.importNow')}
          </Button>
        )}
        {onBack && (
          <Button variant="default" onClick={onBack}>
            {t('import.report.back')}
          </Button>
        )}
        {!job.dryRun && job.list && job.status === 'done' && (
          <Button
            component={Link}
            to={paths.campaigns.getHref({ clientId: job.clientId, listId: job.list.id })}
            variant="light"
          >
            {t('import.report.createCampaign')}
          </Button>
        )}
        <Button variant="default" onClick={onRestart}>
          {t('import.report.another')}
        </Button>
      </Group>
    </Stack>
  );
}
