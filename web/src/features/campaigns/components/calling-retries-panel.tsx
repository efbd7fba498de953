import { Badge, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type CSSProperties, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDto } from '../../../../../src/contracts/campaigns.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { queuePreviewQueryOptions } from '../api/get-queue-preview.ts';
import { useUpdateCampaign } from '../api/update-campaign.ts';
import { useRetriesMessages } from '../hooks/use-retries-messages.ts';
import {
  fromRetriesDraft,
  isSameRetries,
  type RetriesDraft,
  toRetriesDraft,
} from '../utils/retries-draft.ts';
import { CallingWindowFields } from './calling-window-fields.tsx';
import { RetryFields } from './retry-fields.tsx';

// Mantine's error red (red 6) is under AA on white; the light-variant red of the theme is not.
const readableErrors = { '--mantine-color-error': 'var(--mantine-color-red-light-color)' } as CSSProperties;

/** The manager sets when leads may be called and how the queue comes back to them, and saves both. */
export function CallingRetriesPanel({ campaign }: { campaign: CampaignDto }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const update = useUpdateCampaign(campaign.id);
  const [draft, setDraft] = useState<RetriesDraft>(() => toRetriesDraft(campaign));
  const [tried, setTried] = useState(false);
  const { messages, hasProblems, errorShownInline } = useRetriesMessages(draft, tried, update.error);
  const dirty = !isSameRetries(draft, campaign);

  const change = (next: RetriesDraft) => {
    setDraft(next);
    if (update.error) update.reset();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (hasProblems) return;
    update.mutate(fromRetriesDraft(draft), {
      onSuccess: (saved) => {
        setDraft(toRetriesDraft(saved));
        setTried(false);
        // Other windows and gaps change who is callable now: the preview asks again at once.
        void queryClient.invalidateQueries({ queryKey: queuePreviewQueryOptions(campaign.id).queryKey });
        notify({ color: 'green', message: t('campaigns.retries.saved') });
      },
    });
  };
  const undo = () => {
    change(toRetriesDraft(campaign));
    setTried(false);
  };

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="calling-retries-title"
      style={readableErrors}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Title order={2} size="h3" id="calling-retries-title">
                {t('campaigns.retries.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('campaigns.retries.intro')}
              </Text>
            </div>
            {dirty && (
              <Badge variant="light" color="yellow" style={{ flexShrink: 0 }}>
                {t('campaigns.retries.unsaved')}
              </Badge>
            )}
          </Group>
          <CallingWindowFields
            value={draft}
            saved={campaign.callingWindow}
            onChange={change}
            messages={messages}
          />
          <Divider />
          <RetryFields value={draft} onChange={change} messages={messages} />
          {!errorShownInline && <ErrorAlert error={update.error} />}
          {tried && hasProblems && (
            <Text size="sm" c="var(--mantine-color-red-light-color)" role="alert">
              {t('campaigns.retries.fixProblems')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={undo} disabled={!dirty || update.isPending}>
              {t('campaigns.retries.undo')}
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!dirty}>
              {t('campaigns.retries.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
