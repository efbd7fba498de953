import { Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CampaignDto } from '../../../../../src/contracts/campaigns.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { queuePreviewQueryOptions } from '../api/get-queue-preview.ts';
import { useUpdateCampaign } from '../api/update-campaign.ts';

/** Pause stops the queue at once for every setter; Resume serves again. Says who paused, when. */
export function CampaignStatusControl({ campaign }: { campaign: CampaignDto }) {
  const { t } = useTranslation();
  const user = useUser();
  const format = useFormatters();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const update = useUpdateCampaign(campaign.id);
  const paused = campaign.status === 'paused';
  const toggle = () =>
    update.mutate(
      { status: paused ? 'active' : 'paused' },
      {
        onSuccess: (saved) => {
          void queryClient.invalidateQueries({ queryKey: queuePreviewQueryOptions(campaign.id).queryKey });
          notify({
            color: saved.status === 'paused' ? 'yellow' : 'green',
            message: t(
              saved.status === 'paused' ? 'campaignAdmin.pausedMessage' : 'campaignAdmin.resumedMessage',
              {
                name: saved.name,
              },
            ),
          });
        },
      },
    );
  return (
    <Group gap="sm" align="center" wrap="wrap" justify="flex-end">
      {campaign.paused && (
        <Text size="sm" data-testid="campaign-paused-by">
          {t('campaignAdmin.pausedBy', {
            name: campaign.paused.byName,
            time: format.dateTime(campaign.paused.at, user.timeZone),
          })}
        </Text>
      )}
      <Button
        color={paused ? 'green' : 'orange'}
        variant={paused ? 'filled' : 'light'}
        loading={update.isPending}
        onClick={toggle}
      >
        {paused ? t('campaignAdmin.resume') : t('campaignAdmin.pause')}
      </Button>
      <ErrorAlert error={update.error} />
    </Group>
  );
}
