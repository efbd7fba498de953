import { Button, Kbd, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NextLeadResponse } from '../../../../../src/contracts/campaigns.ts';
import { useFormatters } from '../../../lib/format.ts';

interface EmptyQueueProps {
  empty: NonNullable<NextLeadResponse['empty']>;
  userTimeZone: string;
  onRetry: () => void;
  loading: boolean;
}

/** An empty queue teaches: how many leads wait, what blocks them, when the next one opens. */
export function EmptyQueue({ empty, userTimeZone, onRetry, loading }: EmptyQueueProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const blocked = Object.entries(empty.blocked)
    .filter(([, count]) => count > 0)
    .sort(([, a], [, b]) => b - a);
  return (
    <Paper withBorder p="lg" maw={640} mx="auto" mt="md" component="section" aria-labelledby="empty-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="empty-title">
          {t('call.empty.title')}
        </Title>
        <Text hidden={Boolean(empty.paused)}>
          {empty.candidates > 0
            ? t('call.empty.candidates', {
                count: empty.candidates,
                formatted: format.number(empty.candidates),
              })
            : t('call.empty.noCandidates')}
        </Text>
        {empty.paused && (
          <Text fw={600} data-testid="empty-paused">
            {t('campaignAdmin.queuePaused', {
              name: empty.paused.byName,
              time: format.dateTime(empty.paused.at, userTimeZone),
            })}
          </Text>
        )}
        {empty.skipped && (
          <Text fw={600} data-testid="empty-skipped">
            {t('queueFlow.empty.skipped', {
              count: empty.skipped.leads,
              time: format.time(empty.skipped.firstReturnAt, userTimeZone),
            })}
          </Text>
        )}
        {blocked.length > 0 && (
          <List spacing={4} aria-label={t('call.empty.blockedLabel')}>
            {blocked.map(([reason, count]) => (
              <List.Item key={reason}>
                {t(`blockReason.${reason}`, {
                  count,
                  formatted: format.number(count),
                  defaultValue: t('blockReason.other', { count, formatted: format.number(count), reason }),
                })}
              </List.Item>
            ))}
          </List>
        )}
        {empty.nextOpensAt && (
          <Text fw={600}>
            {t('call.empty.nextOpens', {
              time: format.dateTime(empty.nextOpensAt, userTimeZone),
            })}
          </Text>
        )}
        <Text c="dimmed">
          {empty.paused
            ? t('campaignAdmin.queuePausedWhatToDo')
            : empty.nextOpensAt
              ? t('call.empty.whatToDo')
              : t('call.empty.whatToDoLater')}
        </Text>
        <Button onClick={onRetry} loading={loading} w="fit-content" rightSection={<Kbd size="xs">N</Kbd>}>
          {t('call.empty.retry')}
        </Button>
      </Stack>
    </Paper>
  );
}
