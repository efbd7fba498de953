import { Center, Kbd, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useUser } from '../../auth/api/get-session.ts';
import { useCampaigns } from '../../campaigns/api/get-campaigns.ts';
import { useWorkspace } from '../api/get-workspace.ts';
import { isTextEntry, useCallHotkeys } from '../hooks/use-call-hotkeys.ts';
import { useCallQueue } from '../hooks/use-call-queue.ts';
import { useLastCampaign } from '../hooks/use-last-campaign.ts';
import { CallToolbar } from './call-toolbar.tsx';
import { CallWorkspace } from './call-workspace.tsx';
import { EmptyQueue } from './empty-queue.tsx';
import { HotkeysHelp } from './hotkeys-help.tsx';

/** The setter's one screen: pick a campaign, take the next lead, work it, save, repeat. */
export function CallPage() {
  const { t } = useTranslation();
  const user = useUser();
  const notify = useNotify();
  const campaigns = useCampaigns();
  const [storedCampaignId, setCampaignId] = useLastCampaign();
  // A remembered campaign that no longer exists (or is not this user's) is simply not chosen.
  const campaignId =
    campaigns.data?.some((campaign) => campaign.id === storedCampaignId) === true ? storedCampaignId : null;
  const workspace = useWorkspace(campaignId);
  const queue = useCallQueue(campaignId);
  const [helpOpen, setHelpOpen] = useState(false);

  const next = () => {
    if (campaignId === null) {
      notify({ color: 'blue', message: t('call.chooseCampaignFirst') });
      return;
    }
    if (queue.item) {
      notify({ color: 'blue', message: t('call.finishFirst') });
      return;
    }
    queue.next();
  };
  useCallHotkeys(
    {
      n: next,
      '?': () => setHelpOpen((open) => !open),
      // With a lead on screen its panels own Escape (it also closes the outcome details).
      ...(queue.item
        ? {}
        : {
            escape: () => {
              if (isTextEntry(document.activeElement) && document.activeElement instanceof HTMLElement) {
                document.activeElement.blur();
              }
            },
          }),
    },
    !helpOpen,
  );

  return (
    <Stack className="call-screen" gap="xs">
      <Title order={1} className="visually-hidden">
        {t('call.title')}
      </Title>
      <CallToolbar
        campaigns={campaigns.data ?? []}
        campaignId={campaignId}
        onCampaignChange={(id) => {
          queue.leave();
          setCampaignId(id);
        }}
        onNext={next}
        nextLoading={queue.loading}
        nextDisabled={campaignId === null || queue.item !== null}
        onHelp={() => setHelpOpen(true)}
        clientName={workspace.data?.client.name ?? null}
      />
      <ErrorAlert error={campaigns.error ?? workspace.error ?? queue.error} />
      <div aria-live="polite" className="visually-hidden">
        {queue.item
          ? t('call.leadLoaded', { name: `${queue.item.lead.firstName} ${queue.item.lead.lastName}` })
          : ''}
      </div>
      {queue.item && workspace.data ? (
        <CallWorkspace
          key={queue.item.lead.id}
          item={queue.item}
          workspace={workspace.data}
          user={user}
          onCompleted={queue.complete}
          onSkip={queue.skip}
          skipping={queue.skipping}
        />
      ) : queue.loading || (queue.item && workspace.isPending) ? (
        <Center className="call-fill">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : queue.empty ? (
        <EmptyQueue empty={queue.empty} userTimeZone={user.timeZone} onRetry={next} loading={queue.loading} />
      ) : (
        <Paper withBorder p="xl" maw={560} mx="auto" mt="xl">
          <Text ta="center">
            {campaignId === null ? t('call.start.chooseCampaign') : t('call.start.pressNext')} <Kbd>N</Kbd>
          </Text>
        </Paper>
      )}
      <HotkeysHelp opened={helpOpen} onClose={() => setHelpOpen(false)} />
    </Stack>
  );
}
