import { Badge, Button, Group, Paper, ScrollArea, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FloorSetter } from '../../../../../src/contracts/agent-states.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNow } from '../../../lib/use-now.ts';
import { useReasonName } from '../../call/hooks/use-reason-name.ts';
import { agentStateColors, formatDuration, secondsSince } from '../../call/utils/agent-durations.ts';
import { useAgentFloor } from '../api/agent-floor.ts';
import { AgentSettingsModal } from './agent-settings-modal.tsx';

/** Managers: who is ready, on a call, in wrap-up, paused (why) or logged out, and for how long. */
export function AgentFloorPanel() {
  const { t } = useTranslation();
  const floor = useAgentFloor();
  const now = Date.parse(useNow(1000));
  const reasonName = useReasonName();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const offset = floor.data ? Date.parse(floor.data.serverNow) - floor.dataUpdatedAt : 0;
  const setters = floor.data?.setters ?? [];
  const count = (state: FloorSetter['state']) => setters.filter((s) => s.state === state).length;
  const stateLabel = (s: FloorSetter) =>
    s.state === 'paused' && s.reasonKey
      ? `${t('agent.state.paused')}: ${reasonName(s.reasonKey)}`
      : s.state === 'logged_out' && s.reasonKey === 'stopped'
        ? t('agent.state.stopped')
        : t(`agent.state.${s.state}`);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="agent-floor-title">
      <Group justify="space-between" mb="xs" wrap="wrap" gap="xs">
        <div>
          <Title order={2} size="h4" id="agent-floor-title">
            {t('agent.floor.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('agent.floor.counts', {
              ready: count('ready'),
              onCall: count('on_call'),
              paused: count('paused'),
            })}
          </Text>
        </div>
        <Button size="compact-sm" variant="default" onClick={() => setSettingsOpen(true)}>
          {t('agent.floor.settings')}
        </Button>
      </Group>
      <ErrorAlert error={floor.error} />
      {floor.data && setters.length === 0 && <Text c="dimmed">{t('agent.floor.none')}</Text>}
      {setters.length > 0 && (
        <ScrollArea type="auto">
          <Table striped verticalSpacing={4} miw={520} data-testid="agent-floor">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('agent.floor.name')}</Table.Th>
                <Table.Th>{t('agent.floor.state')}</Table.Th>
                <Table.Th ta="right">{t('agent.floor.since')}</Table.Th>
                <Table.Th>{t('agent.floor.campaign')}</Table.Th>
                <Table.Th ta="right">{t('agent.floor.loggedIn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {setters.map((s) => {
                const running =
                  s.since && s.state !== 'logged_out' ? secondsSince(s.since, now, offset) : null;
                const loggedIn =
                  s.loggedInSecondsToday +
                  (s.state !== 'logged_out' && floor.data
                    ? Math.max(0, Math.floor((now - floor.dataUpdatedAt) / 1000))
                    : 0);
                return (
                  <Table.Tr key={s.userId} data-testid="agent-floor-row" data-state={s.state}>
                    <Table.Td>{s.name}</Table.Td>
                    <Table.Td>
                      <Badge
                        color={agentStateColors[s.state]}
                        variant="light"
                        styles={{ label: { textTransform: 'none' } }}
                      >
                        {stateLabel(s)}
                      </Badge>
                      {s.stopAfter && (
                        <Text span size="xs" c="orange" ml={6}>
                          {s.stopAfter.kind === 'logout'
                            ? t('agent.pending.logout')
                            : t('agent.pending.pause', { reason: reasonName(s.stopAfter.reasonKey) })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace">
                      {running === null ? '—' : formatDuration(running)}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={1}>
                        {s.campaignName ?? '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace">
                      {formatDuration(loggedIn)}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      <AgentSettingsModal opened={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </Paper>
  );
}
