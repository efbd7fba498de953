import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { useAppointments } from '../api/get-appointments.ts';
import { awaitingOutcome, needsOutcomeColor } from '../utils/needs-outcome.ts';
import { AppointmentCard } from './agenda-list.tsx';

/** How far back the list looks: older meetings without an outcome are the manager's to chase. */
const lookBackDays = 30;

/**
 * Past meetings still without held / no-show, oldest first, above the calendar: what the rep
 * owes before anything else. Nothing shows when every past meeting has its outcome.
 */
export function NeedsOutcomeList(props: {
  timeZone: string;
  now: string;
  repId: string | null;
  showRep: boolean;
  linkState?: unknown;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [range] = useState(() => ({
    from: new Date(Date.parse(props.now) - lookBackDays * 86_400_000).toISOString(),
  }));
  const past = useAppointments(range);
  const waiting = awaitingOutcome(
    (past.data ?? []).filter(
      (item: AppointmentDto) => props.repId === null || String(item.rep.id) === props.repId,
    ),
    props.now,
  );
  if (past.error) return <ErrorAlert error={past.error} />;
  if (waiting.length === 0) return null;
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby="needs-outcome-title"
      data-testid="needs-outcome"
      style={{ borderLeft: `4px solid var(--mantine-color-${needsOutcomeColor}-filled)` }}
    >
      <Title order={2} size="h4" id="needs-outcome-title">
        {t('agenda.needsOutcome.title', { count: waiting.length })}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('agenda.needsOutcome.help')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs">
        {waiting.map((appointment) => (
          <div key={appointment.id}>
            <Text size="xs" c="dimmed">
              {format.day(appointment.startsAt, props.timeZone)}
            </Text>
            <AppointmentCard
              appointment={appointment}
              timeZone={props.timeZone}
              showRep={props.showRep}
              linkState={props.linkState}
              compact
            />
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
