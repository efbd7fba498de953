import { Badge, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import { appointmentStatusColor } from '../../../components/status-colors.ts';
import { paths } from '../../../config/paths.ts';
import { useFormatters } from '../../../lib/format.ts';
import { groupByDay } from '../../../lib/group-by-day.ts';
import { useNow } from '../../../lib/use-now.ts';
import { needsOutcome, needsOutcomeColor } from '../utils/needs-outcome.ts';
import { AppointmentTimes } from './appointment-times.tsx';

interface AgendaListProps {
  appointments: AppointmentDto[];
  timeZone: string;
  showRep: boolean;
  linkState?: unknown;
}

/** The same appointments as a list by day: for screen readers, small screens and a quick scan. */
export function AgendaList({ appointments, timeZone, showRep, linkState }: AgendaListProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const sorted = [...appointments].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const days = groupByDay(sorted, (appointment) => format.longDay(appointment.startsAt, timeZone));
  if (sorted.length === 0) {
    return (
      <Paper withBorder p="lg">
        <Text>{t('agenda.empty')}</Text>
      </Paper>
    );
  }
  return (
    <Stack gap="md">
      {days.map(([day, items]) => (
        <section key={day} aria-label={day}>
          <Title order={3} size="h4" mb="xs">
            {day}
          </Title>
          <Stack gap="xs">
            {items.map((appointment) => (
              <AppointmentCard
                key={appointment.id}
                appointment={appointment}
                timeZone={timeZone}
                showRep={showRep}
                linkState={linkState}
              />
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}

interface AppointmentCardProps {
  appointment: AppointmentDto;
  timeZone: string;
  showRep: boolean;
  linkState?: unknown;
  compact?: boolean;
}

export function AppointmentCard({
  appointment,
  timeZone,
  showRep,
  linkState,
  compact,
}: AppointmentCardProps) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  return (
    <Card
      withBorder
      component={Link}
      to={paths.appointment.getHref(appointment.id)}
      state={linkState}
      padding="sm"
      data-testid="appointment-card"
      style={
        needsOutcome(appointment, now)
          ? { borderLeft: `4px solid var(--mantine-color-${needsOutcomeColor}-filled)` }
          : undefined
      }
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <div>
          <AppointmentTimes
            appointment={appointment}
            userTimeZone={timeZone}
            size={compact ? 'sm' : undefined}
          />
          <Text fw={600} fz={compact ? 'md' : 'lg'}>
            {appointment.lead.firstName} {appointment.lead.lastName}
            {appointment.lead.company ? ` · ${appointment.lead.company}` : ''}
          </Text>
          <Text size="sm" c="dimmed">
            {appointment.meetingTypeName} · {t(`locationKind.${appointment.locationKind}`)}
            {compact ? '' : ` · ${appointment.clientName}`}
            {showRep ? ` · ${appointment.rep.name}` : ''}
          </Text>
        </div>
        {needsOutcome(appointment, now) ? (
          <Badge
            color={needsOutcomeColor}
            variant="light"
            className="no-shrink"
            data-testid="needs-outcome-badge"
          >
            {t('agenda.needsOutcome.badge')}
          </Badge>
        ) : (
          <Badge color={appointmentStatusColor(appointment.status)} variant="light" className="no-shrink">
            {t(`appointmentStatus.${appointment.status}`)}
          </Badge>
        )}
      </Group>
    </Card>
  );
}
