import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDto, QueuePreviewDto } from '../../../../../src/contracts/campaigns.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { previewLimit, useQueuePreview } from '../api/get-queue-preview.ts';
import { useSetterNames } from '../api/get-setter-names.ts';
import { QueueSummary } from './queue-summary.tsx';
import { QueueTable } from './queue-table.tsx';

interface QueuePreviewPanelProps {
  campaign: CampaignDto;
  clientTimeZone: string;
}

/** An empty preview teaches why: no open leads at all, or all of them blocked until a time. */
function EmptyPreview({ preview, userTimeZone }: { preview: QueuePreviewDto; userTimeZone: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const next = preview.nextOpens[0];
  return (
    <Paper withBorder p="md" data-testid="queue-empty">
      <Text fw={600}>{t('queue.empty.title')}</Text>
      <Text size="sm">
        {preview.paused
          ? t('campaignAdmin.previewPaused', {
              name: preview.paused.byName,
              time: format.dateTime(preview.paused.at, userTimeZone),
            })
          : preview.openLeads === 0
            ? t('queue.empty.noOpenLeads')
            : t('queue.empty.allBlocked', {
                count: preview.openLeads,
                formatted: format.number(preview.openLeads),
              })}
      </Text>
      {next && (
        <Text size="sm">{t('queue.empty.nextOpens', { time: format.dateTime(next.at, userTimeZone) })}</Text>
      )}
    </Paper>
  );
}

/** What setters will get next from this campaign, refreshed every 30 s; nothing is leased. */
export function QueuePreviewPanel({ campaign, clientTimeZone }: QueuePreviewPanelProps) {
  const { t } = useTranslation();
  const user = useUser();
  const format = useFormatters();
  const preview = useQueuePreview(campaign.id);
  const hasCallbacks = preview.data?.entries.some((entry) => entry.reason === 'callback_due') ?? false;
  const setterNames = useSetterNames(campaign.clientId, hasCallbacks);
  // The button spins for the manager's own refresh only, not for the 30-second one.
  const [refreshing, setRefreshing] = useState(false);
  const refresh = () => {
    setRefreshing(true);
    void preview.refetch().finally(() => setRefreshing(false));
  };
  const updatedAt = preview.dataUpdatedAt ? new Date(preview.dataUpdatedAt).toISOString() : null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="queue-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h3" id="queue-title">
              {t('queue.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('queue.intro', { count: previewLimit })}
            </Text>
          </div>
          <Group gap="xs">
            {updatedAt && (
              <Text size="xs" c="dimmed" aria-live="polite">
                {t('queue.updated', { time: format.time(updatedAt, user.timeZone) })}
              </Text>
            )}
            <Button variant="default" size="xs" onClick={refresh} loading={refreshing}>
              {t('queue.refresh')}
            </Button>
          </Group>
        </Group>
        <ErrorAlert error={preview.error} />
        {preview.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
        {preview.data && (
          <>
            <QueueSummary
              preview={preview.data}
              callingWindow={campaign.callingWindow}
              userTimeZone={user.timeZone}
            />
            {preview.data.entries.length === 0 ? (
              <EmptyPreview preview={preview.data} userTimeZone={user.timeZone} />
            ) : (
              <QueueTable
                entries={preview.data.entries}
                sortKeys={campaign.sortKeys}
                fallbackTimeZone={clientTimeZone}
                userId={user.id}
                setterNames={setterNames.data ?? new Map()}
              />
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
