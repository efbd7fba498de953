import { Paper, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TodayStats } from '../../../../../src/contracts/stats.ts';
import { useFormatters } from '../../../lib/format.ts';

type SortKey = 'setterName' | 'attempts' | 'contacts' | 'appointmentsSet';
const columns: readonly SortKey[] = ['setterName', 'attempts', 'contacts', 'appointmentsSet'];

/** Per setter today, sortable by any column, with the floor's totals in the footer. */
export function SetterStatsTable({ stats }: { stats: TodayStats }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'attempts',
    descending: true,
  });
  const rows = [...stats.setters].sort((a, b) => {
    const order =
      sort.key === 'setterName' ? a.setterName.localeCompare(b.setterName) : a[sort.key] - b[sort.key];
    return sort.descending ? -order : order;
  });
  const rate = (part: number, whole: number) => (whole > 0 ? format.percent(part / whole) : '—');
  const sortBy = (key: SortKey) =>
    setSort((current) => ({
      key,
      descending: current.key === key ? !current.descending : key !== 'setterName',
    }));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="setters-title">
      <Title order={2} size="h4" id="setters-title" mb="xs">
        {t('dashboard.perSetter')}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('dashboard.noActivity')}</Text>
      ) : (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              {columns.map((key) => (
                <Table.Th
                  key={key}
                  scope="col"
                  ta={key === 'setterName' ? 'left' : 'right'}
                  aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <UnstyledButton onClick={() => sortBy(key)} fw={700} fz="sm">
                    {t(`dashboard.columns.${key}`)}
                    {sort.key === key ? (sort.descending ? ' ↓' : ' ↑') : ''}
                  </UnstyledButton>
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t('dashboard.contactRate')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('dashboard.setRate')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.setterId} data-testid="setter-row">
                <Table.Th scope="row">{row.setterName}</Table.Th>
                <Table.Td ta="right">{format.number(row.attempts)}</Table.Td>
                <Table.Td ta="right">{format.number(row.contacts)}</Table.Td>
                <Table.Td ta="right">{format.number(row.appointmentsSet)}</Table.Td>
                <Table.Td ta="right">{rate(row.contacts, row.attempts)}</Table.Td>
                <Table.Td ta="right">{rate(row.appointmentsSet, row.contacts)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('dashboard.total')}</Table.Th>
              <Table.Td ta="right" fw={700}>
                {format.number(stats.totals.attempts)}
              </Table.Td>
              <Table.Td ta="right" fw={700}>
                {format.number(stats.totals.contacts)}
              </Table.Td>
              <Table.Td ta="right" fw={700}>
                {format.number(stats.totals.appointmentsSet)}
              </Table.Td>
              <Table.Td ta="right">{rate(stats.totals.contacts, stats.totals.attempts)}</Table.Td>
              <Table.Td ta="right">{rate(stats.totals.appointmentsSet, stats.totals.contacts)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
    </Paper>
  );
}
