import { Badge, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { CampaignDto } from '../../../../../src/contracts/campaigns.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { statusColors } from '../../../components/status-colors.ts';
import { paths } from '../../../config/paths.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useCampaign } from '../api/get-campaign.ts';
import { useQueuePreview } from '../api/get-queue-preview.ts';
import { CallingRetriesPanel } from './calling-retries-panel.tsx';
import { CampaignHistoryPanel } from './campaign-history-panel.tsx';
import { CampaignSettersPanel } from './campaign-setters-panel.tsx';
import { CampaignSettingsPanel } from './campaign-settings-panel.tsx';
import { CampaignStatusControl } from './campaign-status-control.tsx';
import { OrderingPanel } from './ordering-panel.tsx';
import { QueuePreviewPanel } from './queue-preview-panel.tsx';

/**
 * One campaign for its manager: pause or resume it, what it is made of and who works it, the rules
 * that order its leads, beside what the queue serves next and the history of every change.
 */
export function CampaignPage() {
  const { t } = useTranslation();
  const campaignId = Number(useParams().campaignId);
  const campaign = useCampaign(campaignId);
  const back = (
    <Button component={Link} to={paths.campaigns.getHref()} variant="subtle" w="fit-content" px={0}>
      ← {t('campaigns.detail.back')}
    </Button>
  );
  return (
    <Stack gap="md" maw={1500} mx="auto">
      {back}
      {campaign.data ? (
        <CampaignDetail campaign={campaign.data} />
      ) : (
        <>
          <ErrorAlert error={campaign.error} />
          {campaign.isPending && <Text>{t('common.loading')}</Text>}
        </>
      )}
    </Stack>
  );
}

function CampaignDetail({ campaign }: { campaign: CampaignDto }) {
  const { t } = useTranslation();
  const user = useUser();
  // The preview's leads suggest custom-field keys and filter values; the query is shared.
  const sample = useQueuePreview(campaign.id).data?.entries.map((entry) => entry.lead) ?? [];
  const clientTimeZone =
    user.clients.find((client) => client.id === campaign.clientId)?.timeZone ?? user.timeZone;
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {campaign.name}
          </Title>
          <Text c="dimmed">
            {[
              campaign.clientName,
              t('campaigns.windowValue', {
                start: campaign.callingWindow.startLocal,
                end: campaign.callingWindow.endLocal,
              }),
            ].join(' · ')}
          </Text>
        </div>
        <Group gap="sm" align="center" wrap="wrap">
          <Badge
            size="lg"
            variant="light"
            color={campaign.status === 'active' ? statusColors.callable : statusColors.neutral}
          >
            {t(`campaigns.statusName.${campaign.status}`)}
          </Badge>
          <CampaignStatusControl campaign={campaign} />
        </Group>
      </Group>
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <CampaignSettingsPanel key={`settings-${campaign.id}`} campaign={campaign} />
            <CampaignSettersPanel key={`setters-${campaign.id}`} campaign={campaign} />
            <OrderingPanel key={campaign.id} campaign={campaign} sampleLeads={sample} />
            <CallingRetriesPanel key={`retries-${campaign.id}`} campaign={campaign} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <QueuePreviewPanel campaign={campaign} clientTimeZone={clientTimeZone} />
            <CampaignHistoryPanel campaign={campaign} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
