import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SelfServiceView } from '../../../../../src/contracts/appointments.ts';
import { appointmentStatusColor } from '../../../components/status-colors.ts';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import { selfServiceCalendarUrl } from '../api/get-self-service.ts';
import { linkParts } from '../utils/page-state.ts';

interface AppointmentSummaryProps {
  token: string;
  view: SelfServiceView;
  /** The zone the visitor reads times in (the lead's, or this device's). */
  zone: string;
}

/** When, with whom, how — the current appointment, also after a move — and "add to calendar". */
export function AppointmentSummary({ token, view, zone }: AppointmentSummaryProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack gap="sm">
      <dl className="lead-facts" data-testid="self-service-summary">
        <dt>{t('selfService.status')}</dt>
        <dd>
          <Badge variant="light" color={appointmentStatusColor(view.status)}>
            {t(`appointmentStatus.${view.status}`)}
          </Badge>
        </dd>
        <dt>{t('selfService.date')}</dt>
        <dd>
          <Text fw={600} size="sm" span data-testid="self-service-date">
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
          {/* The location already says how ("Video call: https://…"); the kind alone when there is none. */}
          {view.location
            ? linkParts(view.location).map((part) =>
                part.href ? (
                  <Anchor key={part.at} href={part.href} target="_blank" rel="noopener noreferrer">
                    {part.text}
                  </Anchor>
                ) : (
                  <span key={part.at}>{part.text}</span>
                ),
              )
            : t(`locationKind.${view.locationKind}`, view.locationKind)}
        </dd>
      </dl>
      {view.movedFrom && (
        <Text size="sm" c="dimmed" data-testid="moved-from">
          {t('selfService.movedFrom', {
            date: format.longDay(view.movedFrom.startsAt, zone),
            time: format.time(view.movedFrom.startsAt, zone),
          })}
        </Text>
      )}
      {view.calendar && (
        <Group gap="xs" aria-label={t('selfService.addToCalendar')} role="group">
          <Text size="sm" fw={600}>
            {t('selfService.addToCalendar')}:
          </Text>
          <Button
            component="a"
            size="compact-sm"
            variant="default"
            href={view.calendar.google}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('selfService.google')}
          </Button>
          <Button
            component="a"
            size="compact-sm"
            variant="default"
            href={view.calendar.outlook}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('selfService.outlook')}
          </Button>
          <Button
            component="a"
            size="compact-sm"
            variant="default"
            href={selfServiceCalendarUrl(token)}
            download="appointment.ics"
          >
            {t('selfService.ics')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
