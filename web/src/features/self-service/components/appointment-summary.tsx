import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SelfServiceView } from '../../../../../src/contracts/appointments.ts';
import { appointmentStatusColor } from '../../../components/status-colors.ts';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';

/** When, with whom, how: every time on the lead's clock, with the zone named. */
export function AppointmentSummary({ view }: { view: SelfServiceView }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const zone = view.timeZone;
  return (
    <dl className="lead-facts" data-testid="self-service-summary">
      <dt>{t('selfService.status')}</dt>
      <dd>
        <Badge variant="light" color={appointmentStatusColor(view.status)}>
          {t(`appointmentStatus.${view.status}`)}
        </Badge>
      </dd>
      <dt>{t('selfService.date')}</dt>
      <dd>
        <Text fw={600} size="sm" span>
          {format.longDay(view.startsAt, zone)}
        </Text>
      </dd>
      <dt>{t('selfService.time')}</dt>
      <dd>
        <Group gap={6}>
          <Text fw={600} size="sm" span data-testid="self-service-time">
            {format.time(view.startsAt, zone)}–{format.time(view.endsAt, zone)}
          </Text>
          <Text size="sm" c="dimmed" span>
            {t('selfService.zoneTime', { zone: zoneLabel(zone) })}
          </Text>
        </Group>
      </dd>
      <dt>{t('selfService.with')}</dt>
      <dd>{t('selfService.withValue', { rep: view.repName, client: view.clientName })}</dd>
      <dt>{t('selfService.meeting')}</dt>
      <dd>{view.meetingTypeName}</dd>
      <dt>{t('selfService.where')}</dt>
      <dd>
        {/* The location already says how ("Phone call: … calls +1…"); the kind alone when there is none. */}
        {view.location ?? t(`locationKind.${view.locationKind}`, view.locationKind)}
      </dd>
    </dl>
  );
}
