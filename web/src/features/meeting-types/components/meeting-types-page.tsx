import { Badge, Button, Group, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClientSelect, useClientChoice } from '../../../components/client-select.tsx';
import { ClientTablePage } from '../../../components/client-table-page.tsx';
import { statusColors } from '../../../components/status-colors.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useReps } from '../../reps/api/get-reps.ts';
import { useMeetingTypes } from '../api/get-meeting-types.ts';
import { MeetingTypeModal } from './meeting-type-modal.tsx';

/** What setters can book for a client: length, buffers, notice, where it happens and who takes it. */
export function MeetingTypesPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [clientId, setClientId] = useClientChoice();
  const types = useMeetingTypes(clientId);
  const reps = useReps(clientId);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const repName = new Map((reps.data ?? []).map((rep) => [rep.id, rep.name]));
  const rows = [...(types.data ?? [])].sort(
    (a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name),
  );
  const minutes = (value: number) => t('meetingTypes.minutes', { value: format.number(value) });
  return (
    <ClientTablePage
      title={t('meetingTypes.title')}
      intro={t('meetingTypes.intro')}
      maxWidth={1200}
      actions={
        <Group align="flex-end">
          <ClientSelect value={clientId} onChange={setClientId} />
          <Button onClick={() => setEditing('new')} disabled={clientId === null}>
            {t('meetingTypes.new')}
          </Button>
        </Group>
      }
      error={types.error}
      loading={types.isLoading}
      empty={t('meetingTypes.empty')}
      rowCount={rows.length}
      tableMinWidth={900}
      head={
        <>
          <Table.Th scope="col">{t('meetingTypes.name')}</Table.Th>
          <Table.Th scope="col">{t('meetingTypes.duration')}</Table.Th>
          <Table.Th scope="col">{t('meetingTypes.buffers')}</Table.Th>
          <Table.Th scope="col">{t('meetingTypes.notice')}</Table.Th>
          <Table.Th scope="col">{t('meetingTypes.locations')}</Table.Th>
          <Table.Th scope="col">{t('meetingTypes.assignment')}</Table.Th>
          <Table.Th scope="col">{t('meetingTypes.reps')}</Table.Th>
          <Table.Th scope="col">{t('meetingTypes.status')}</Table.Th>
          <Table.Th scope="col">
            <span className="visually-hidden">{t('meetingTypes.actions')}</span>
          </Table.Th>
        </>
      }
      rows={rows.map((type) => (
        <Table.Tr key={type.id}>
          <Table.Th scope="row">{type.name}</Table.Th>
          <Table.Td>{minutes(type.durationMinutes)}</Table.Td>
          <Table.Td>
            {t('meetingTypes.buffersValue', {
              before: minutes(type.bufferBeforeMinutes),
              after: minutes(type.bufferAfterMinutes),
            })}
          </Table.Td>
          <Table.Td>
            {t('meetingTypes.noticeValue', {
              notice: minutes(type.minimumNoticeMinutes),
              step: minutes(type.slotStepMinutes),
              days: type.horizonDays,
            })}
          </Table.Td>
          <Table.Td>{type.locationKinds.map((kind) => t(`locationKind.${kind}`)).join(', ')}</Table.Td>
          <Table.Td>{t(`meetingTypes.assignmentName.${type.assignment}`)}</Table.Td>
          <Table.Td>
            {type.repIds.length === 0
              ? t('meetingTypes.allReps')
              : type.repIds.map((id) => repName.get(id) ?? `#${id}`).join(', ')}
          </Table.Td>
          <Table.Td>
            <Badge
              className="no-shrink"
              variant="light"
              color={type.active ? statusColors.callable : statusColors.neutral}
            >
              {type.active ? t('meetingTypes.active') : t('meetingTypes.inactive')}
            </Badge>
          </Table.Td>
          <Table.Td ta="right">
            <Button
              variant="default"
              size="compact-sm"
              onClick={() => setEditing(type.id)}
              aria-label={t('meetingTypes.editNamed', { name: type.name })}
            >
              {t('meetingTypes.edit')}
            </Button>
          </Table.Td>
        </Table.Tr>
      ))}
    >
      {clientId !== null && editing !== null && (
        <MeetingTypeModal
          key={editing}
          clientId={clientId}
          meetingType={editing === 'new' ? null : (types.data?.find((type) => type.id === editing) ?? null)}
          reps={reps.data ?? []}
          onClose={() => setEditing(null)}
        />
      )}
    </ClientTablePage>
  );
}
