import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import { useFormatters } from '../../../lib/format.ts';
import { AppointmentCard } from './agenda-list.tsx';

const shown = 5;

/** The next meetings still to happen, whatever week the calendar is on: what a rep checks between calls. */
export function NextUp(props: {
  appointments: AppointmentDto[];
  timeZone: string;
  now: string;
  showRep: boolean;
  linkState?: unknown;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const next = props.appointments
    .filter(
      (item) =>
        (item.status === 'scheduled' || item.status === 'confirmed') &&
        Date.parse(item.endsAt) > Date.parse(props.now),
    )
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .slice(0, shown);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="next-up-title">
      <Title order={2} size="h4" id="next-up-title" mb="xs">
        {t('agenda.nextUp')}
      </Title>
      {next.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('agenda.empty')}
        </Text>
      ) : (
        <Stack gap="xs">
          {next.map((appointment) => (
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
        </Stack>
      )}
    </Paper>
  );
}
