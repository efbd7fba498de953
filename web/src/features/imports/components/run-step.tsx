import { Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isJobActive, useImportJob } from '../api/get-import-jobs.ts';
import { ImportProgress } from './import-progress.tsx';
import { ImportReport } from './import-report.tsx';
import { RequestError } from './request-error.tsx';

interface RunStepProps {
  jobId: number;
  /** Import the checked upload for real (after a dry run); absent when there is none. */
  onImportNow?: (() => void) | undefined;
  onBack?: (() => void) | undefined;
  onRestart: () => void;
  importing: boolean;
}

/** Step 3: live progress while the job runs, then its report. */
export function RunStep({ jobId, onImportNow, onBack, onRestart, importing }: RunStepProps) {
  const { t } = useTranslation();
  const job = useImportJob(jobId);
  if (job.error) return <RequestError error={job.error} title={t('import.run.loadFailed')} />;
  if (!job.data)
    return (
      <Text size="sm" role="status">
        <Loader size="xs" mr={6} />
        {t('common.loading')}
      </Text>
    );
  if (isJobActive(job.data.status)) return <ImportProgress job={job.data} />;
  return (
    <ImportReport
      job={job.data}
      onImportNow={job.data.dryRun ? onImportNow : undefined}
      onBack={job.data.dryRun || job.data.status === 'failed' ? onBack : undefined}
      onRestart={onRestart}
      importing={importing}
    />
  );
}
