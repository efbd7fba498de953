import { Alert, Anchor, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { Me } from '../../../../../src/contracts/auth.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { paths } from '../../../config/paths.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { SourcePicker } from '../../marketing-sources/components/source-picker.tsx';
import { useReleaseLead } from '../api/release-lead.ts';
import { clearCallDraft } from '../hooks/call-draft.ts';
import { useDirectLead } from '../hooks/use-direct-lead.ts';
import { useScreenHotkeys } from '../hooks/use-screen-hotkeys.ts';
import { type CallSetup, useShiftData } from '../hooks/use-shift-data.ts';
import { CallWorkspace } from './call-workspace.tsx';
import { HotkeysHelp } from './hotkeys-help.tsx';
import type { CallLead } from './lead-card.tsx';

/**
 * One lead opened by its id (`/call/lead/:leadId`, `?inbound=1` for an incoming call): leased,
 * worked on the same workspace, and after the disposition the setter is back where they came from.
 */
export function DirectCallPage() {
  const { t } = useTranslation();
  const user = useUser();
  const leadId = Number(useParams().leadId);
  const inbound = useSearchParams()[0].get('inbound') === '1';
  const direct = useDirectLead(leadId, user, inbound);
  const [helpOpen, setHelpOpen] = useState(false);
  useScreenHotkeys({ help: () => setHelpOpen((open) => !open) }, direct.status === 'ready');
  const leased = !(
    direct.status === 'error' &&
    isApiError(direct.error) &&
    direct.error.code === 'LEAD_NOT_LEASED'
  );
  return (
    <Stack className="call-screen" gap="xs">
      <Title order={1} className="visually-hidden">
        {inbound ? t('call.direct.inboundTitle') : t('call.direct.title')}
      </Title>
      {direct.status === 'ready' ? (
        <DirectWorkspace key={leadId} call={direct.call} setup={direct.setup} user={user} inbound={inbound} />
      ) : direct.status === 'error' ? (
        <Stack maw={640} mx="auto" mt="xl">
          {leased ? (
            <ErrorAlert error={direct.error} />
          ) : (
            <Alert color="orange" variant="light" role="alert">
              {t('call.direct.heldByAnother')}
            </Alert>
          )}
          <Anchor component={Link} to={paths.call.getHref()}>
            {t('call.direct.toQueue')}
          </Anchor>
        </Stack>
      ) : (
        <Center className="call-fill">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      <HotkeysHelp
        opened={helpOpen}
        onClose={() => setHelpOpen(false)}
        clientId={direct.status === 'ready' ? direct.setup.client.id : null}
      />
    </Stack>
  );
}

interface DirectWorkspaceProps {
  call: CallLead;
  setup: CallSetup;
  user: Me;
  inbound: boolean;
}

function DirectWorkspace({ call, setup, user, inbound }: DirectWorkspaceProps) {
  const shift = useShiftData(setup, inbound);
  const release = useReleaseLead();
  const navigate = useNavigate();
  const location = useLocation();
  const { t } = useTranslation();
  const [marketingSourceId, setMarketingSourceId] = useState<number | null>(null);
  // Back to where the setter came from (the lead page, a search); a link opened from outside: the queue.
  const leave = () => {
    if (location.key !== 'default') navigate(-1);
    else navigate(paths.call.getHref(), { replace: true });
  };
  return (
    <>
      <Group justify="space-between" align="center" gap="xs">
        <Text size="sm" c="dimmed">
          {inbound
            ? t('call.direct.inboundIntro', { client: setup.client.name })
            : t('call.direct.intro', { client: setup.client.name })}
        </Text>
        {inbound && (
          <SourcePicker
            clientId={setup.client.id}
            value={marketingSourceId}
            onChange={setMarketingSourceId}
          />
        )}
      </Group>
      <CallWorkspace
        call={call}
        setup={setup}
        shift={shift}
        user={user}
        inbound={inbound}
        marketingSourceId={marketingSourceId}
        onCompleted={(leadId) => {
          clearCallDraft(leadId);
          leave();
        }}
        onSkip={() => {
          if (release.isPending) return;
          release.mutate(call.lead.id, {
            onSettled: () => {
              clearCallDraft(call.lead.id);
              leave();
            },
          });
        }}
        skipping={release.isPending}
        renewLeaseAtOnce={false}
      />
    </>
  );
}
