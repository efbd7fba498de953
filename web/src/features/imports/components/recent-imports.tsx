import { Badge, Button, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useImportJobs } from '../api/get-import-jobs.ts';
import { jobStatusColor } from '../utils/job-status.ts';
import { RequestError } from './request-error.tsx';

const shown = 10;

interface RecentImportsProps {
  clientId: number;
  onOpen: (jobId: number) => void;
}

/** The client's latest imports and dry runs, each one a click away from its report. */
export function RecentImports({ clientId, onOpen }: RecentImportsProps) {
  const { t } = useTranslation();
  const user = useUser();
  const format = useFormatters();
  const jobs = useImportJobs(clientId);
  const rows = (jobs.data ?? []).slice(0, shown);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="recent-imports-title">
      <Title order={2} size="h4" id="recent-imports-title" mb="xs">
        {t('import.recent.title')}
      </Title>
      <RequestError error={jobs.error} title={t('import.recent.failed')} />
      {rows.length === 0 ? (
        <Text c="dimmed">{jobs.isPending ? t('common.loading') : t('import.recent.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('import.recent.file')}</Table.Th>
                <Table.Th scope="col">{t('import.recent.status')}</Table.Th>
                <Table.Th scope="col">{t('import.recent.counts')}</Table.Th>
                <Table.Th scope="col">{t('import.recent.when')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('import.recent.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((job) => (
                <Table.Tr key={job.id} data-testid="import-job-row">
                  <Table.Th scope="row" fw={400}>
                    <Text size="sm" fw={600}>
                      {job.fileName}
                    </Text>
                    <Text size="xs">{job.dryRun ? t('import.recent.dryRun') : (job.list?.name ?? '—')}</Text>
                  </Table.Th>
                  <Table.Td>
                    <Badge color={jobStatusColor(job.status)} variant="light">
                      {t(`import.status.${job.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {t(job.dryRun ? 'import.recent.countsValueDryRun' : 'import.recent.countsValue', {
                      imported: format.number(job.counts.imported),
                      duplicates: format.number(job.counts.duplicates),
                      invalid: format.number(job.counts.invalid),
                    })}
                  </Table.Td>
                  <Table.Td>{format.dateTime(job.createdAt, user.timeZone)}</Table.Td>
                  <Table.Td>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      onClick={() => onOpen(job.id)}
                      aria-label={t('import.recent.openLabel', { name: job.fileName })}
                    >
                      {t('import.recent.open')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
