import { Badge, Button, Group, Kbd, Menu, Paper, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentStateDto } from '../../../../../src/contracts/agent-states.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNow } from '../../../lib/use-now.ts';
import {
  agentStateKey,
  sendHeartbeat,
  useAgentState,
  useAgentStateChange,
  usePauseReasons,
} from '../api/agent-state.ts';
import { useCallHotkeys } from '../hooks/use-call-hotkeys.ts';
import { useReasonName } from '../hooks/use-reason-name.ts';
import { agentStateColors, formatDuration, secondsSince } from '../utils/agent-durations.ts';
import { screenHotkeys } from '../utils/hotkey-table.ts';
import { AgentToday } from './agent-today.tsx';

interface AgentStateBarProps {
  /** The campaign on screen: ready time belongs to it (its client). */
  campaignId: number | null;
}

const agentKeys = screenHotkeys.filter((d) => d.id.startsWith('agent'));

/**
 * The setter's state on the call screen: what they are doing and for how long (on the server's
 * clock), Ready / Pause (a reason) / Stop after this lead, and their numbers for today. It keeps
 * the server told that the screen is open (a heartbeat); the server alone changes the state.
 */
export function AgentStateBar({ campaignId }: AgentStateBarProps) {
  const { t } = useTranslation();
  const state = useAgentState();
  const reasons = usePauseReasons();
  const { change, stopAfter } = useAgentStateChange();
  const [menuOpen, setMenuOpen] = useState(false);
  const offset = useServerOffset(state.data);
  const now = useNow(1000);
  useHeartbeat(campaignId, state.data?.heartbeatSeconds ?? 20);

  const current = state.data;
  const activeReasons = (reasons.data?.reasons ?? []).filter((r) => r.active);
  const reasonName = useReasonName();
  const onLead = current?.state === 'on_call' || current?.state === 'wrap_up';
  const ready = () => change.mutate({ state: 'ready', campaignId });
  const pause = (reasonKey: string) => change.mutate({ state: 'paused', reasonKey });
  const toggleStop = () => stopAfter.mutate(current?.stopAfter ? null : { kind: 'logout' });
  useCallHotkeys(agentKeys, {
    agentReady: ready,
    agentPause: () => setMenuOpen(true),
    agentStop: toggleStop,
  });

  if (!current) return null;
  const nowMs = Date.parse(now);
  const running = formatDuration(secondsSince(current.since, nowMs, offset));
  const wrapLeftSeconds = current.wrapUpEndsAt
    ? Math.max(0, Math.ceil((Date.parse(current.wrapUpEndsAt) - nowMs - offset) / 1000))
    : null;
  const stateLabel =
    current.state === 'paused' && current.reasonKey
      ? `${t('agent.state.paused')}: ${reasonName(current.reasonKey)}`
      : current.state === 'logged_out' && current.reasonKey === 'stopped'
        ? t('agent.state.stopped')
        : t(`agent.state.${current.state}`);

  return (
    <Paper
      withBorder
      px="sm"
      py={4}
      className="agent-state-bar"
      aria-label={t('agent.barLabel')}
      component="section"
    >
      <Group gap="xs" justify="space-between" wrap="wrap" style={{ rowGap: 4 }}>
        <Group gap="xs" wrap="wrap" style={{ rowGap: 4 }}>
          <Badge
            size="lg"
            variant="light"
            color={agentStateColors[current.state]}
            data-testid="agent-state"
            data-state={current.state}
            styles={{ label: { textTransform: 'none' } }}
          >
            {stateLabel} · <span data-testid="agent-state-time">{running}</span>
          </Badge>
          {current.state === 'wrap_up' && wrapLeftSeconds !== null && current.wrapUpSeconds > 0 && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('agent.wrapUpLeft', { time: formatDuration(wrapLeftSeconds) })} · <Kbd>N</Kbd>
            </Text>
          )}
          {current.stopAfter && (
            <Badge
              variant="light"
              color="orange"
              data-testid="agent-stop-pending"
              styles={{ label: { textTransform: 'none' } }}
            >
              {current.stopAfter.kind === 'logout'
                ? t('agent.pending.logout')
                : t('agent.pending.pause', { reason: reasonName(current.stopAfter.reasonKey) })}
            </Badge>
          )}
          {current.state !== 'ready' && current.state !== 'on_call' && (
            <Button
              size="compact-sm"
              variant="light"
              color="green"
              onClick={ready}
              loading={change.isPending}
              aria-keyshortcuts="Alt+R"
            >
              {t('agent.ready')}{' '}
              <Kbd ml={6} size="xs">
                Alt+R
              </Kbd>
            </Button>
          )}
          <Menu opened={menuOpen} onChange={setMenuOpen} position="bottom-start" withinPortal>
            <Menu.Target>
              <Button
                size="compact-sm"
                variant="default"
                disabled={current.state === 'logged_out'}
                aria-keyshortcuts="Alt+P"
              >
                {onLead ? t('agent.pauseAfterCall') : t('agent.pause')}{' '}
                <Kbd ml={6} size="xs">
                  Alt+P
                </Kbd>
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{t('agent.pauseReason')}</Menu.Label>
              {activeReasons.map((reason) => (
                <Menu.Item key={reason.key} onClick={() => pause(reason.key)}>
                  {reasonName(reason.key)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          {current.state !== 'logged_out' && (
            <Button
              size="compact-sm"
              variant={current.stopAfter ? 'light' : 'default'}
              color={current.stopAfter ? 'orange' : undefined}
              onClick={toggleStop}
              loading={stopAfter.isPending}
              aria-keyshortcuts="Alt+L"
              aria-pressed={current.stopAfter !== null}
            >
              {current.stopAfter ? t('agent.cancelStop') : onLead ? t('agent.stopAfter') : t('agent.logOut')}{' '}
              <Kbd ml={6} size="xs">
                Alt+L
              </Kbd>
            </Button>
          )}
        </Group>
        <AgentToday />
      </Group>
      <ErrorAlert error={change.error ?? stopAfter.error} />
    </Paper>
  );
}

/** The server clock minus the screen's, measured with each state read. */
function useServerOffset(state: AgentStateDto | undefined): number {
  const [offset, setOffset] = useState(0);
  const seen = useRef<string | null>(null);
  useEffect(() => {
    if (!state || seen.current === state.serverNow) return;
    seen.current = state.serverNow;
    setOffset(Date.parse(state.serverNow) - Date.now());
  }, [state]);
  return offset;
}

/** Tells the server every few seconds that the call screen is open (and which campaign it works). */
function useHeartbeat(campaignId: number | null, seconds: number): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const beat = () =>
      sendHeartbeat(campaignId)
        .then((state) => queryClient.setQueryData(agentStateKey, state))
        .catch(() => undefined);
    beat();
    const timer = window.setInterval(beat, seconds * 1000);
    return () => window.clearInterval(timer);
  }, [campaignId, seconds, queryClient]);
}
