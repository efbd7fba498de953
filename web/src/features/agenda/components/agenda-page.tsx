import { Badge, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { appointmentStatusColor } from '../../../components/status-colors.ts';
import { paths } from '../../../config/paths.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useAppointments } from '../api/get-appointments.ts';
import { useUpcomingRange } from '../hooks/use-upcoming-range.ts';
import { AppointmentTimes } from './appointment-times.tsx';

/** The rep's upcoming appointments by day, each opening its qualification summary. */
export function AgendaPage() {
  const { t } = useTranslation();
  const user = useUser();
  const format = useFormatters();
  const range = useUpcomingRange(user.timeZone);
  const appointments = useAppointments(range);
  const days = new Map<string, AppointmentDto[]>();
  for (const appointment of [...(appointments.data ?? [])].sort((a, b) =>
    a.startsAt.localeCompare(b.startsAt),
  )) {
    const day = format.longDay(appointment.startsAt, user.timeZone);
    days.set(day, [...(days.get(day) ?? []), appointment]);
  }
  return (
    <Stack gap="md" maw={900} mx="auto">
      <Title order={1} size="h2">
        {t('agenda.title')}
      </Title>
      <ErrorAlert error={appointments.error} />
      {appointments.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {appointments.data?.length === 0 && (
        <Paper withBorder p="lg">
          <Text>{t('agenda.empty')}</Text>
        </Paper>
      )}
      {[...days.entries()].map(([day, items]) => (
        <section key={day} aria-label={day}>
          <Title order={2} size="h4" mb="xs">
            {day}
          </Title>
          <Stack gap="xs">
            {items.map((appointment) => (
              <Card
                key={appointment.id}
                withBorder
                component={Link}
                to={paths.appointment.getHref(appointment.id)}
                padding="sm"
                data-testid="appointment-card"
              >
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <div>
                    <AppointmentTimes appointment={appointment} userTimeZone={user.timeZone} />
                    <Text fw={600} fz="lg">
                      {appointment.lead.firstName} {appointment.lead.lastName}
                      {appointment.lead.company ? ` · ${appointment.lead.company}` : ''}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {appointment.meetingTypeName} · {t(`locationKind.${appointment.locationKind}`)} ·{' '}
                      {appointment.clientName}
                      {user.role === 'rep' ? '' : ` · ${appointment.rep.name}`}
                    </Text>
                  </div>
                  <Badge color={appointmentStatusColor(appointment.status)} variant="light">
                    {t(`appointmentStatus.${appointment.status}`)}
                  </Badge>
                </Group>
              </Card>
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}
