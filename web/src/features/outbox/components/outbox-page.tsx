import { Alert, Badge, Group, Paper, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClientSelect } from '../../../components/client-select.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { outboxStatusColor } from '../../../components/status-colors.ts';
import { useFormatters } from '../../../lib/format.ts';
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
    <Stack gap="md" maw={1200} mx="auto">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('outbox.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('outbox.intro')}
          </Text>
        </div>
        <ClientSelect value={clientId} onChange={setClientId} allowAll />
      </Group>
      <Alert variant="light" color="blue">
        {t('outbox.devNote')}
      </Alert>
      <ErrorAlert error={outbox.error} />
      <Paper withBorder>
        {rows.length === 0 ? (
          <Text p="md" c="dimmed">
            {outbox.isPending ? t('common.loading') : t('outbox.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={800}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('outbox.time', { zone: user.timeZone })}</Table.Th>
                  <Table.Th scope="col">{t('outbox.to')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.subject')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.calendar')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((message) => (
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
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <OutboxDrawer
        message={rows.find((message) => message.id === openId) ?? null}
        onClose={() => setOpenId(null)}
      />
    </Stack>
  );
}
