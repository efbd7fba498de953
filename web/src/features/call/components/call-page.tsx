import { Center, Kbd, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../../../src/contracts/auth.ts';
import type { CampaignWorkspace } from '../../../../../src/contracts/campaigns.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { useUser } from '../../auth/api/get-session.ts';
import { useCampaigns } from '../../campaigns/api/get-campaigns.ts';
import { startEarlyShift } from '../api/early-shift.ts';
import { useWorkspace } from '../api/get-workspace.ts';
import { useCallQueue } from '../hooks/use-call-queue.ts';
import { useLastCampaign } from '../hooks/use-last-campaign.ts';
import { useEarlyShift, usePrefetchShift } from '../hooks/use-prefetch-shift.ts';
import { useScreenHotkeys } from '../hooks/use-screen-hotkeys.ts';
import { type CallSetup, useShiftData } from '../hooks/use-shift-data.ts';
import { AgentStateBar } from './agent-state-bar.tsx';
import { CallToolbar, focusCampaignPicker } from './call-toolbar.tsx';
import { CallWorkspace } from './call-workspace.tsx';
import { EmptyQueue } from './empty-queue.tsx';
import { HotkeysHelp } from './hotkeys-help.tsx';
import { UndoBar } from './undo-bar.tsx';

// The first lead's data is asked for as this screen's code arrives, not after it has mounted.
startEarlyShift();

const setupOf = (workspace: CampaignWorkspace): CallSetup => ({
  campaignId: workspace.campaign.id,
  client: workspace.client,
  form: workspace.qualificationForm,
  meetingType: workspace.meetingType,
  script: workspace.script,
});

/** The setter's one screen: pick a campaign, take the next lead, work it, save, repeat. */
export function CallPage() {
  const { t } = useTranslation();
  const user = useUser();
  const notify = useNotify();
  useEarlyShift();
  const campaigns = useCampaigns();
  const [storedCampaignId, setCampaignId] = useLastCampaign();
  // A remembered campaign that no longer exists (or is not this user's) is simply not chosen.
  const chosen = campaigns.data?.find((campaign) => campaign.id === storedCampaignId);
  const campaignId = chosen ? storedCampaignId : null;
  usePrefetchShift(chosen);
  const workspace = useWorkspace(campaignId);
  const setup = useMemo(() => (workspace.data ? setupOf(workspace.data) : null), [workspace.data]);
  const queue = useCallQueue(campaignId);
  const [helpOpen, setHelpOpen] = useState(false);

  const next = () => {
    if (campaignId === null) notify({ color: 'blue', message: t('call.chooseCampaignFirst') });
    else if (queue.item) notify({ color: 'blue', message: t('call.finishFirst') });
    else queue.next();
  };
  useScreenHotkeys(
    { next, campaign: focusCampaignPicker, help: () => setHelpOpen((open) => !open) },
    queue.item !== null,
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
      <AgentStateBar campaignId={campaignId} />
      <ErrorAlert error={campaigns.error ?? workspace.error ?? queue.error} />
      <div aria-live="polite" className="visually-hidden">
        {queue.item
          ? t('call.leadLoaded', { name: `${queue.item.lead.firstName} ${queue.item.lead.lastName}` })
          : ''}
      </div>
      {setup ? (
        <CallShift setup={setup} queue={queue} user={user} onNext={next} />
      ) : queue.item && workspace.isPending ? (
        <Center className="call-fill">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : (
        <StartHint chosen={campaignId !== null} />
      )}
      <HotkeysHelp opened={helpOpen} onClose={() => setHelpOpen(false)} clientId={setup?.client.id ?? null} />
      <UndoBar />
    </Stack>
  );
}

interface CallShiftProps {
  setup: CallSetup;
  queue: ReturnType<typeof useCallQueue>;
  user: Me;
  onNext: () => void;
}

/** A campaign chosen: the client's outcomes, objections and script are read now, once for the shift. */
function CallShift({ setup, queue, user, onNext }: CallShiftProps) {
  const { t } = useTranslation();
  const shift = useShiftData(setup, false);
  if (queue.item)
    return (
      <CallWorkspace
        key={queue.item.lead.id}
        call={queue.item}
        setup={setup}
        shift={shift}
        user={user}
        onCompleted={queue.complete}
        onSkip={queue.skip}
        skipping={queue.skipping}
        renewLeaseAtOnce={queue.restored}
      />
    );
  if (queue.loading)
    return (
      <Center className="call-fill">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  if (queue.empty)
    return (
      <EmptyQueue empty={queue.empty} userTimeZone={user.timeZone} onRetry={onNext} loading={queue.loading} />
    );
  return <StartHint chosen />;
}

function StartHint({ chosen }: { chosen: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" maw={560} mx="auto" mt="xl">
      <Text ta="center">
        {chosen ? t('call.start.pressNext') : t('call.start.chooseCampaign')} <Kbd>N</Kbd>
      </Text>
    </Paper>
  );
}
