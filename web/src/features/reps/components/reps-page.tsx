import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClientSelect, useClientChoice } from '../../../components/client-select.tsx';
import { ClientTablePage } from '../../../components/client-table-page.tsx';
import { statusColors } from '../../../components/status-colors.ts';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import { useReps } from '../api/get-reps.ts';
import { territorySummary } from '../utils/rep-form.ts';
import { RepDrawer } from './rep-drawer.tsx';

/** The client's sales reps at a glance, and the way to add or change one. */
export function RepsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [clientId, setClientId] = useClientChoice();
  const reps = useReps(clientId);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const rows = [...(reps.data ?? [])].sort(
    (a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name),
  );
  return (
    <ClientTablePage
      title={t('reps.title')}
      intro={t('reps.intro')}
      maxWidth={1100}
      actions={
        <Group align="flex-end">
          <ClientSelect value={clientId} onChange={setClientId} />
          <Button onClick={() => setEditing('new')} disabled={clientId === null}>
            {t('reps.new')}
          </Button>
        </Group>
      }
      error={reps.error}
      loading={reps.isLoading}
      empty={t('reps.empty')}
      rowCount={rows.length}
      tableMinWidth={760}
      head={
        <>
          <Table.Th scope="col">{t('reps.name')}</Table.Th>
          <Table.Th scope="col">{t('reps.timeZone')}</Table.Th>
          <Table.Th scope="col">{t('reps.status')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('reps.dailyMax')}
          </Table.Th>
          <Table.Th scope="col">{t('reps.territory')}</Table.Th>
          <Table.Th scope="col">{t('reps.skills')}</Table.Th>
          <Table.Th scope="col">
            <span className="visually-hidden">{t('reps.actions')}</span>
          </Table.Th>
        </>
      }
      rows={rows.map((rep) => (
        <Table.Tr key={rep.id} data-testid="rep-row">
          <Table.Th scope="row">
            <Text fw={600} size="sm">
              {rep.name}
            </Text>
            <Text size="xs" c="dimmed">
              {rep.email}
            </Text>
          </Table.Th>
          <Table.Td title={rep.timeZone}>{zoneLabel(rep.timeZone)}</Table.Td>
          <Table.Td>
            <Badge
              className="no-shrink"
              variant="light"
              color={rep.active ? statusColors.callable : statusColors.neutral}
            >
              {rep.active ? t('reps.active') : t('reps.inactive')}
            </Badge>
          </Table.Td>
          <Table.Td ta="right">
            {rep.dailyMax === null ? t('reps.noMax') : format.number(rep.dailyMax)}
          </Table.Td>
          <Table.Td>{territorySummary(rep.territory) ?? t('reps.anywhere')}</Table.Td>
          <Table.Td>{rep.skills.join(', ') || '—'}</Table.Td>
          <Table.Td ta="right">
            <Button
              variant="default"
              size="compact-sm"
              onClick={() => setEditing(rep.id)}
              aria-label={t('reps.editNamed', { name: rep.name })}
            >
              {t('reps.edit')}
            </Button>
          </Table.Td>
        </Table.Tr>
      ))}
    >
      {clientId !== null && (
        <RepDrawer
          clientId={clientId}
          rep={editing === 'new' ? null : (reps.data?.find((rep) => rep.id === editing) ?? null)}
          opened={editing !== null}
          onClose={() => setEditing(null)}
          onCreated={(rep) => setEditing(rep.id)}
        />
      )}
    </ClientTablePage>
  );
}
