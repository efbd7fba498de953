import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../../../src/contracts/imports.ts';
import { useFormatters } from '../../../lib/format.ts';

const counts = ['imported', 'duplicates', 'invalid', 'dnc'] as const;
const countColors: Record<(typeof counts)[number], string> = {
  imported: 'green',
  duplicates: 'gray',
  invalid: 'red',
  dnc: 'orange',
};

/** What an import did, in numbers, and every refused row with its reason. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-report-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="import-report-title">
          {t('import.report.title', { name: report.list.name })}
        </Title>
        <Text size="sm">
          {t('import.report.rows', { count: report.rows, formatted: format.number(report.rows) })}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          {counts.map((key) => (
            <Paper
              key={key}
              withBorder
              p="xs"
              data-testid={`import-${key}`}
              style={{ borderLeft: `4px solid var(--mantine-color-${countColors[key]}-6)` }}
            >
              <Text fz={26} fw={700} lh={1.1}>
                {format.number(report[key])}
              </Text>
              <Text size="sm">{t(`import.report.${key}`, { count: report[key] })}</Text>
            </Paper>
          ))}
        </SimpleGrid>
        <Text size="sm" fw={600}>
          {t('import.report.summary', {
            imported: format.number(report.imported),
            duplicates: format.number(report.duplicates),
            invalid: format.number(report.invalid),
          })}
        </Text>
        {Object.keys(report.mapping).length > 0 && (
          <Group gap={6}>
            <Text size="sm">{t('import.report.mapping')}</Text>
            {Object.entries(report.mapping).map(([column, field]) => (
              <Badge key={column} variant="outline" color="gray" tt="none">
                {column} → {field}
              </Badge>
            ))}
          </Group>
        )}
        {report.errors.length > 0 && (
          <Table.ScrollContainer minWidth={400} maxHeight={320}>
            <Table striped withTableBorder captionSide="top">
              <Table.Caption>{t('import.report.errorsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('import.report.row')}</Table.Th>
                  <Table.Th scope="col">{t('import.report.field')}</Table.Th>
                  <Table.Th scope="col">{t('import.report.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.errors.map((error) => (
                  <Table.Tr key={`${error.rowNumber}-${error.field}`}>
                    <Table.Td>{error.rowNumber}</Table.Td>
                    <Table.Td>{error.field}</Table.Td>
                    <Table.Td>{error.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
