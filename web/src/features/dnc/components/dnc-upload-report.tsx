import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DncUploadReport } from '../../../../../src/contracts/dnc.ts';
import { useFormatters } from '../../../lib/format.ts';
import { RowErrorsTable } from '../../imports/components/row-errors-table.tsx';

const counts = [
  { key: 'rows', color: 'gray' },
  { key: 'entries', color: 'green' },
  { key: 'invalid', color: 'red' },
  { key: 'leadsFlagged', color: 'orange' },
] as const;

/** What a do-not-call upload added, and which leads it stopped. */
export function DncUploadReportView({ report }: { report: DncUploadReport }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack gap="xs" component="section" aria-labelledby="dnc-report-title" role="status">
      <Title order={3} size="h5" id="dnc-report-title">
        {t('dnc.report.title', { source: report.list.source })}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        {counts.map(({ key, color }) => (
          <Paper
            key={key}
            withBorder
            p="xs"
            data-testid={`dnc-${key}`}
            style={{ borderLeft: `4px solid var(--mantine-color-${color}-6)` }}
          >
            <Text fz={22} fw={700} lh={1.1}>
              {format.number(report[key])}
            </Text>
            <Text size="sm">{t(`dnc.report.${key}`, { count: report[key] })}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      <RowErrorsTable errors={report.errors} total={report.invalid} captionKey="dnc.report.errorsCaption" />
    </Stack>
  );
}
