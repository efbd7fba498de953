import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MyCallback } from '../../../../../src/contracts/queue-flow.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { paths } from '../../../config/paths.ts';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useMyCallbacks } from '../api/get-my-callbacks.ts';
import { type CallbackGroup, callbackGroups, groupCallbacks } from '../utils/callback-groups.ts';

/** The clock the groups are judged on; a minute is fine enough for "overdue". */
function useMinuteClock(): string {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date().toISOString()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

const groupColors: Record<CallbackGroup, string> = { overdue: 'red', today: 'blue', upcoming: 'gray' };

/** A setter's promised calls: overdue, today and upcoming, on the lead's clock and their own. */
export function MyCallbacksPage() {
  const { t } = useTranslation();
  const user = useUser();
  const now = useMinuteClock();
  const callbacks = useMyCallbacks();
  const groups = groupCallbacks(callbacks.data ?? [], now, user.timeZone);
  return (
    <Stack gap="md" maw={960} mx="auto">
      <div>
        <Title order={1} size="h2">
          {t('myCallbacks.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('myCallbacks.intro')}
        </Text>
      </div>
      <ErrorAlert error={callbacks.error} />
      {callbacks.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {callbacks.data?.length === 0 && (
        <Paper withBorder p="md">
          <Text>{t('myCallbacks.empty')}</Text>
        </Paper>
      )}
      {callbacks.data &&
        callbacks.data.length > 0 &&
        callbackGroups.map((group) => (
          <Stack
            key={group}
            gap="xs"
            component="section"
            aria-labelledby={`callbacks-${group}`}
            data-testid={`callbacks-${group}`}
          >
            <Group gap="xs">
              <Title order={2} size="h4" id={`callbacks-${group}`}>
                {t(`myCallbacks.group.${group}`)}
              </Title>
              <Badge variant="light" color={groupColors[group]}>
                {groups[group].length}
              </Badge>
            </Group>
            {groups[group].length === 0 ? (
              <Text size="sm" c="dimmed">
                {t(`myCallbacks.none.${group}`)}
              </Text>
            ) : (
              <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {groups[group].map((callback) => (
                  <CallbackItem
                    key={callback.id}
                    callback={callback}
                    overdue={group === 'overdue'}
                    now={now}
                  />
                ))}
              </Stack>
            )}
          </Stack>
        ))}
    </Stack>
  );
}

function CallbackItem({ callback, overdue, now }: { callback: MyCallback; overdue: boolean; now: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const format = useFormatters();
  const mine = format.dateTime(callback.dueAt, user.timeZone);
  const handedOver = Date.parse(callback.handoverAt) <= Date.parse(now);
  return (
    <Paper withBorder p="sm" component="li" data-testid="my-callback">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 260px' }}>
          <Anchor component={Link} to={paths.callLead.getHref(callback.leadId)} fw={600}>
            {callback.leadName}
          </Anchor>
          <Text size="sm" data-testid="callback-clocks">
            {callback.leadTimeZone
              ? t('myCallbacks.clocks', {
                  lead: format.dateTime(callback.dueAt, callback.leadTimeZone),
                  zone: zoneLabel(callback.leadTimeZone),
                  mine,
                })
              : t('myCallbacks.mineOnly', { mine })}
          </Text>
          <Text size="sm" c="dimmed">
            {callback.campaignName ?? t('myCallbacks.noCampaign')}
          </Text>
          {callback.note && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('myCallbacks.note', { note: callback.note })}
            </Text>
          )}
          {overdue && (
            <Text size="sm" c="red.9" fw={500}>
              {handedOver
                ? t('myCallbacks.handedOver')
                : t('myCallbacks.handover', { time: format.time(callback.handoverAt, user.timeZone) })}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          <Button component={Link} to={paths.callLead.getHref(callback.leadId)} size="xs">
            {t('myCallbacks.call')}
          </Button>
          <Button component={Link} to={paths.lead.getHref(callback.leadId)} size="xs" variant="default">
            {t('myCallbacks.leadPage')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
