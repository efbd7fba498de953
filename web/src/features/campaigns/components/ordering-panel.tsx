import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDto } from '../../../../../src/contracts/campaigns.ts';
import type { LeadDto } from '../../../../../src/contracts/leads.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useUpdateCampaign } from '../api/update-campaign.ts';
import { useOrderingMessages } from '../hooks/use-ordering-messages.ts';
import {
  fromOrderingDraft,
  isSameOrdering,
  type OrderingDraft,
  toOrderingDraft,
} from '../utils/ordering-draft.ts';
import { OrderingEditor } from './ordering-editor.tsx';

interface OrderingPanelProps {
  campaign: CampaignDto;
  sampleLeads: readonly LeadDto[];
}

/** The manager edits the campaign's order and filters and saves them in one go. */
export function OrderingPanel({ campaign, sampleLeads }: OrderingPanelProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const update = useUpdateCampaign(campaign.id);
  const [draft, setDraft] = useState<OrderingDraft>(() => toOrderingDraft(campaign));
  const [tried, setTried] = useState(false);
  const { messages, hasProblems, errorShownInline } = useOrderingMessages(draft, tried, update.error);
  const dirty = !isSameOrdering(draft, campaign);

  const change = (next: OrderingDraft) => {
    setDraft(next);
    if (update.error) update.reset();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (hasProblems) return;
    update.mutate(fromOrderingDraft(draft), {
      onSuccess: (saved) => {
        setDraft(toOrderingDraft(saved));
        setTried(false);
        notify({ color: 'green', message: t('campaigns.ordering.saved') });
      },
    });
  };
  const undo = () => {
    change(toOrderingDraft(campaign));
    setTried(false);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ordering-title">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={2} size="h3" id="ordering-title">
                {t('campaigns.ordering.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('campaigns.ordering.intro')}
              </Text>
            </div>
            {dirty && (
              <Badge variant="light" color="yellow">
                {t('campaigns.ordering.unsaved')}
              </Badge>
            )}
          </Group>
          <OrderingEditor
            value={draft}
            onChange={change}
            messages={messages}
            sampleLeads={sampleLeads}
            headingOrder={3}
          />
          {!errorShownInline && <ErrorAlert error={update.error} />}
          {tried && hasProblems && (
            <Text size="sm" c="var(--mantine-color-red-light-color)" role="alert">
              {t('campaigns.ordering.fixProblems')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={undo} disabled={!dirty || update.isPending}>
              {t('campaigns.ordering.undo')}
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!dirty}>
              {t('campaigns.ordering.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
