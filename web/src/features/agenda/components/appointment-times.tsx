import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';

/** "10:30 your time · 09:30 lead (Chicago)", plus the rep's clock when it differs from yours. */
export function AppointmentTimes({
  appointment,
  userTimeZone,
  size,
}: {
  appointment: AppointmentDto;
  userTimeZone: string;
  size?: 'sm';
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const leadZone = appointment.leadTimeZone ?? appointment.lead.timeZone;
  const parts = [t('agenda.yourTime', { time: format.time(appointment.startsAt, userTimeZone) })];
  if (leadZone) {
    parts.push(
      t('agenda.leadTime', { time: format.time(appointment.startsAt, leadZone), zone: zoneLabel(leadZone) }),
    );
  }
  if (appointment.rep.timeZone !== userTimeZone) {
    parts.push(t('agenda.repTime', { time: format.time(appointment.startsAt, appointment.rep.timeZone) }));
  }
  return (
    <Text fw={600} size={size}>
      {parts.join(' · ')}
    </Text>
  );
}
