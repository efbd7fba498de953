import { Badge, Code, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutboxMessageDto } from '../../../../../src/contracts/appointments.ts';
import { outboxStatusColor } from '../../../components/status-colors.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { recipients } from '../utils/recipients.ts';

/** One mail as it went out: the text and its iCalendar part, character for character. */
export function OutboxDrawer({
  message,
  onClose,
}: {
  message: OutboxMessageDto | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const format = useFormatters();
  return (
    <Drawer
      opened={message !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={message?.subject ?? ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {message && (
        <Stack gap="md">
          <dl className="lead-facts">
            <dt>{t('outbox.to')}</dt>
            <dd>{recipients(message)}</dd>
            <dt>{t('outbox.created')}</dt>
            <dd>{format.dateTime(message.createdAt, user.timeZone)}</dd>
            <dt>{t('outbox.sent')}</dt>
            <dd>{message.sentAt ? format.dateTime(message.sentAt, user.timeZone) : '—'}</dd>
            <dt>{t('outbox.status')}</dt>
            <dd>
              <Group gap="xs">
                <Badge variant="light" color={outboxStatusColor(message.status)}>
                  {t(`outbox.statusName.${message.status}`)}
                </Badge>
                <Text size="sm">{t('outbox.attempts', { count: message.attempts })}</Text>
              </Group>
            </dd>
            {message.lastError && (
              <>
                <dt>{t('outbox.lastError')}</dt>
                <dd>{message.lastError}</dd>
              </>
            )}
          </dl>
          <section aria-labelledby="outbox-text-title">
            <Title order={3} size="h5" id="outbox-text-title" mb="xs">
              {t('outbox.text')}
            </Title>
            <Code
              block
              data-testid="outbox-text"
              style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            >
              {message.text}
            </Code>
          </section>
          <section aria-labelledby="outbox-ics-title">
            <Title order={3} size="h5" id="outbox-ics-title" mb="xs">
              {message.icsMethod ? t('outbox.icsWithMethod', { method: message.icsMethod }) : t('outbox.ics')}
            </Title>
            {message.ics ? (
              <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {message.ics}
              </Code>
            ) : (
              <Text size="sm" c="dimmed">
                {t('outbox.noIcs')}
              </Text>
            )}
          </section>
        </Stack>
      )}
    </Drawer>
  );
}
