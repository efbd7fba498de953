import { Alert, Badge, Table, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClientSelect } from '../../../components/client-select.tsx';
import { ClientTablePage } from '../../../components/client-table-page.tsx';
import { outboxStatusColor } from '../../../components/status-colors.ts';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useOutbox } from '../api/get-outbox.ts';
import { recipients } from '../utils/recipients.ts';
import { OutboxDrawer } from './outbox-drawer.tsx';

/** The dev outbox: every mail the app sent or will send, newest first, readable without SMTP. */
export function OutboxPage() {
  const { t } = useTranslation();
  const user = useUser();
  const format = useFormatters();
  const [clientId, setClientId] = useState<number | null>(null);
  const outbox = useOutbox(clientId);
  const [openId, setOpenId] = useState<number | null>(null);
  const rows = [...(outbox.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
  return (
    <ClientTablePage
      title={t('outbox.title')}
      intro={t('outbox.intro')}
      maxWidth={1200}
      actions={<ClientSelect value={clientId} onChange={setClientId} allowAll />}
      notice={
        <Alert variant="light" color="blue">
          {t('outbox.devNote')}
        </Alert>
      }
      error={outbox.error}
      loading={outbox.isPending}
      empty={t('outbox.empty')}
      rowCount={rows.length}
      tableMinWidth={800}
      head={
        <>
          <Table.Th scope="col">{t('outbox.time', { zone: zoneLabel(user.timeZone) })}</Table.Th>
          <Table.Th scope="col">{t('outbox.to')}</Table.Th>
          <Table.Th scope="col">{t('outbox.subject')}</Table.Th>
          <Table.Th scope="col">{t('outbox.calendar')}</Table.Th>
          <Table.Th scope="col">{t('outbox.status')}</Table.Th>
        </>
      }
      rows={rows.map((message) => (
        <Table.Tr key={message.id} data-testid="outbox-row">
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            {format.dateTime(message.sentAt ?? message.createdAt, user.timeZone)}
          </Table.Td>
          <Table.Td>{recipients(message)}</Table.Td>
          <Table.Td>
            <UnstyledButton
              onClick={() => setOpenId(message.id)}
              td="underline"
              fz="sm"
              c="var(--mantine-primary-color-light-color)"
            >
              {message.subject}
            </UnstyledButton>
          </Table.Td>
          <Table.Td>{message.icsMethod ?? '—'}</Table.Td>
          <Table.Td>
            <Badge variant="light" color={outboxStatusColor(message.status)} className="no-shrink">
              {t(`outbox.statusName.${message.status}`)}
            </Badge>
          </Table.Td>
        </Table.Tr>
      ))}
    >
      <OutboxDrawer
        message={rows.find((message) => message.id === openId) ?? null}
        onClose={() => setOpenId(null)}
      />
    </ClientTablePage>
  );
}
