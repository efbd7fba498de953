import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Temporal } from 'temporal-polyfill';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { DateField } from '../../../components/typed-date-time-field.tsx';
import { useClientParam } from '../../../components/use-client-param.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useObjectionStats } from '../api/get-objection-stats.ts';
import { useObjectionLibrary } from '../api/get-objections.ts';
import { isPeriod, lastDays, rate, statsRows } from '../utils/stats-view.ts';
import { StatsChart } from './stats-chart.tsx';

/** How often each objection came up in a period, which responses were used, and how many calls booked. */
export function ObjectionStats() {
  const { t } = useTranslation();
  const format = useFormatters();
  const user = useUser();
  const [clientId] = useClientParam();
  const [period, setPeriod] = useState(() =>
    lastDays(Temporal.Now.plainDateISO(user.timeZone).toString(), 30),
  );
  const valid = isPeriod(period);
  const stats = useObjectionStats(clientId, valid ? period : null);
  const library = useObjectionLibrary(clientId);
  const rows = stats.data ? statsRows(stats.data, library.data ?? []) : [];
  const counts = (used: number, appointments: number) => (
    <>
      <Table.Td ta="right">{format.number(used)}</Table.Td>
      <Table.Td ta="right">{format.number(appointments)}</Table.Td>
      <Table.Td ta="right">{format.percent(rate(appointments, used))}</Table.Td>
    </>
  );
  return (
    <Stack gap="md" maw={1200}>
      <Group align="flex-start">
        <DateField
          label={t('objectionLibrary.stats.from')}
          value={period.from}
          onChange={(value) => setPeriod({ ...period, from: value })}
          error={valid ? null : t('objectionLibrary.stats.badPeriod')}
        />
        <DateField
          label={t('objectionLibrary.stats.to')}
          value={period.to}
          onChange={(value) => setPeriod({ ...period, to: value })}
        />
      </Group>
      <ErrorAlert error={stats.error} />
      {rows.length === 0 ? (
        <Paper withBorder p="md">
          <Text c="dimmed">{stats.isLoading ? t('common.loading') : t('objectionLibrary.stats.empty')}</Text>
        </Paper>
      ) : (
        <>
          <StatsChart rows={rows} />
          <Paper withBorder>
            <Table.ScrollContainer minWidth={700}>
              <Table striped>
                <Table.Caption>{t('objectionLibrary.stats.tableCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('objectionLibrary.stats.objectionOrResponse')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('objectionLibrary.stats.raisedOrUsed')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('objectionLibrary.stats.appointments')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('objectionLibrary.stats.bookingRate')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Fragment key={row.objectionId}>
                      <Table.Tr data-testid="objection-stats-row">
                        <Table.Th scope="row">{row.title}</Table.Th>
                        {counts(row.raised, row.appointments)}
                      </Table.Tr>
                      {row.responses.map((response) => (
                        <Table.Tr key={response.responseId ?? 'none'}>
                          <Table.Td pl="xl">
                            <Text size="sm" lineClamp={1}>
                              {response.responseId === null
                                ? t('objectionLibrary.stats.noResponse')
                                : (response.text ??
                                  t('objectionLibrary.stats.removedResponse', { id: response.responseId }))}
                            </Text>
                          </Table.Td>
                          {counts(response.used, response.appointments)}
                        </Table.Tr>
                      ))}
                    </Fragment>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        </>
      )}
    </Stack>
  );
}
