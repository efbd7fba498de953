import { Button, Group, Popover, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format.ts';
import { useAgentToday } from '../api/agent-state.ts';
import { useReasonName } from '../hooks/use-reason-name.ts';
import { formatDuration } from '../utils/agent-durations.ts';

/** The setter's own numbers for their local day, and the time by state behind them. */
export function AgentToday() {
  const { t } = useTranslation();
  const format = useFormatters();
  const today = useAgentToday().data;
  const reasonName = useReasonName();
  if (!today) return null;
  const pauses = Object.entries(today.pauseByReason);
  const rows: [string, number][] = [
    [t('agent.state.ready'), today.readySeconds],
    [t('agent.state.on_call'), today.talkSeconds],
    [t('agent.state.wrap_up'), today.wrapUpSeconds],
    [t('agent.state.paused'), today.pauseSeconds],
  ];
  return (
    <Group gap="xs" wrap="nowrap" data-testid="agent-today">
      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {t('agent.today.counts', {
          attempts: format.number(today.attempts),
          contacts: format.number(today.contacts),
          sets: format.number(today.appointmentsSet),
        })}
      </Text>
      <Popover position="bottom-end" withArrow shadow="md">
        <Popover.Target>
          <Button size="compact-sm" variant="subtle" aria-label={t('agent.today.details')}>
            {t('agent.today.talk', { time: formatDuration(today.talkSeconds) })}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Text fw={600} size="sm" mb={4}>
            {t('agent.today.title')}
          </Text>
          <Table withRowBorders={false} verticalSpacing={2} fz="sm" data-testid="agent-today-table">
            <Table.Tbody>
              {rows.map(([label, seconds]) => (
                <Table.Tr key={label}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td ta="right">{formatDuration(seconds)}</Table.Td>
                </Table.Tr>
              ))}
              {pauses.map(([reason, seconds]) => (
                <Table.Tr key={reason}>
                  <Table.Td pl="md" c="dimmed">
                    {reasonName(reason)}
                  </Table.Td>
                  <Table.Td ta="right" c="dimmed">
                    {formatDuration(seconds)}
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td fw={600}>{t('agent.today.loggedIn')}</Table.Td>
                <Table.Td ta="right" fw={600} data-testid="agent-logged-in">
                  {formatDuration(today.loggedInSeconds)}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
