import { Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useTodayStats } from '../api/get-today-stats.ts';
import { AgentFloorPanel } from './agent-floor-panel.tsx';
import { SetterBars } from './setter-bars.tsx';
import { SetterStatsTable } from './setter-stats-table.tsx';

/** Today on the floor: per setter and in total, refreshed while the manager watches. */
export function DashboardPage() {
  const { t } = useTranslation();
  const user = useUser();
  const format = useFormatters();
  const [clientId, setClientId] = useState<string | null>(null);
  const stats = useTodayStats(clientId ? Number(clientId) : null);
  const totals = stats.data?.totals;
  const contactRate = totals && totals.attempts > 0 ? totals.contacts / totals.attempts : null;
  const cards = totals
    ? [
        { label: t('dashboard.attempts'), value: format.number(totals.attempts) },
        { label: t('dashboard.contacts'), value: format.number(totals.contacts) },
        {
          label: t('dashboard.contactRate'),
          value: contactRate === null ? '—' : format.percent(contactRate),
        },
        { label: t('dashboard.appointmentsSet'), value: format.number(totals.appointmentsSet) },
      ]
    : [];
  return (
    <Stack gap="md" maw={1100} mx="auto">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('dashboard.title')}
          </Title>
          {stats.data && (
            <Text c="dimmed" size="sm">
              {t('dashboard.day', {
                date: format.longDay(`${stats.data.localDate}T12:00:00Z`, 'UTC'),
                zone: zoneLabel(stats.data.timeZone),
              })}
            </Text>
          )}
        </div>
        <Select
          label={t('dashboard.client')}
          w={260}
          clearable
          placeholder={t('dashboard.allClients')}
          data={user.clients.map((client) => ({ value: String(client.id), label: client.name }))}
          value={clientId}
          onChange={setClientId}
        />
      </Group>
      <ErrorAlert error={stats.error} />
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        {cards.map((card) => (
          <Paper key={card.label} withBorder p="sm">
            <Text size="sm" c="dimmed">
              {card.label}
            </Text>
            <Text fz={28} fw={700}>
              {card.value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {(user.role === 'manager' || user.role === 'admin') && <AgentFloorPanel />}
      {stats.data && <SetterStatsTable stats={stats.data} />}
      {stats.data && stats.data.setters.length > 0 && <SetterBars setters={stats.data.setters} />}
      {stats.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
    </Stack>
  );
}
