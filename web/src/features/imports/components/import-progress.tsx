import { Button, Group, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJobDto } from '../../../../../src/contracts/imports.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useCancelImport } from '../api/start-import.ts';
import { formatDuration } from '../utils/duration.ts';
import { RequestError } from './request-error.tsx';

/** Screen readers hear the progress in steps of this many percent, not at every poll. */
const announceStep = 10;

/** Step 3 while the file is read: how far, how fast, how long still; and a way to stop it. */
export function ImportProgress({ job }: { job: ImportJobDto }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const cancel = useCancelImport();
  const percent = Math.min(100, Math.round(job.progress.fraction * 100));
  const { rowsPerSecond, etaSeconds } = job.progress;
  const details = [
    t('import.run.rowsRead', { count: job.counts.rows, formatted: format.number(job.counts.rows) }),
    rowsPerSecond === null ? null : t('import.run.speed', { rate: format.number(Math.round(rowsPerSecond)) }),
    etaSeconds === null ? null : t('import.run.eta', { time: formatDuration(etaSeconds, format.locale) }),
  ].filter((part) => part !== null);
  return (
    <Stack gap="sm">
      <Text fw={600}>
        {job.status === 'queued'
          ? t('import.run.queued', { name: job.fileName })
          : t(job.dryRun ? 'import.run.checking' : 'import.run.running', { name: job.fileName })}
      </Text>
      <Progress
        value={percent}
        size="xl"
        animated
        aria-label={t('import.run.progressLabel', { name: job.fileName })}
      />
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" data-testid="import-progress-text">
          {format.percent(percent / 100)} · {details.join(' · ')}
        </Text>
        <Button variant="light" color="red" onClick={() => cancel.mutate(job.id)} loading={cancel.isPending}>
          {t('import.run.cancel')}
        </Button>
      </Group>
      <VisuallyHidden role="status" aria-live="polite">
        {t('import.run.announce', {
          percent: format.percent((Math.floor(percent / announceStep) * announceStep) / 100),
        })}
      </VisuallyHidden>
      <RequestError error={cancel.error} title={t('import.run.cancelFailed')} />
    </Stack>
  );
}
