import { Anchor, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { appointmentStatusColor } from '../../../components/status-colors.ts';
import { paths } from '../../../config/paths.ts';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import { formatPhone } from '../../../lib/phone-format.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useAppointment } from '../api/get-appointment.ts';
import { joinUrl } from '../utils/needs-outcome.ts';
import { AppointmentActions } from './appointment-actions.tsx';
import { AppointmentTimes } from './appointment-times.tsx';
import { MeetingLink } from './meeting-link.tsx';
import { QualificationSummary } from './qualification-summary.tsx';
import { RepNotesSection } from './rep-notes-section.tsx';

/** The way back lands on the week the rep came from. */
function useBackHref(): string {
  const state = useLocation().state as { agendaSearch?: unknown } | null;
  const search = typeof state?.agendaSearch === 'string' ? state.agendaSearch : '';
  return `${paths.agenda.getHref()}${search}`;
}

/** What a rep reads before the meeting, and records after it: who, when, what the setter learned. */
export function AppointmentPage() {
  const { t } = useTranslation();
  const { appointmentId } = useParams();
  const appointment = useAppointment(Number(appointmentId));
  const back = (
    <Button component={Link} to={useBackHref()} variant="subtle" w="fit-content" px={0}>
      ← {t('agenda.back')}
    </Button>
  );
  if (!appointment.data) {
    return (
      <Stack maw={900} mx="auto">
        {back}
        <ErrorAlert error={appointment.error} />
        {appointment.isPending && <Text>{t('common.loading')}</Text>}
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={900} mx="auto">
      {back}
      <AppointmentDetail appointment={appointment.data} />
    </Stack>
  );
}

function AppointmentDetail({ appointment }: { appointment: AppointmentDto }) {
  const { t } = useTranslation();
  const user = useUser();
  const format = useFormatters();
  const { lead } = appointment;
  const phones = lead.phones.length > 0 ? lead.phones.map((phone) => phone.e164) : [lead.phone];
  const repZone = appointment.rep.timeZone;
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {lead.firstName} {lead.lastName}
          </Title>
          <Text c="dimmed">{[lead.company, appointment.clientName].filter(Boolean).join(' · ')}</Text>
        </div>
        <Badge
          size="lg"
          color={appointmentStatusColor(appointment.status)}
          variant="light"
          data-testid="appointment-status"
        >
          {t(`appointmentStatus.${appointment.status}`)}
        </Badge>
      </Group>
      <Paper withBorder p="md">
        <Text size="sm" c="dimmed">
          {t('agenda.dayInZone', {
            day: format.longDay(appointment.startsAt, repZone),
            zone: zoneLabel(repZone),
          })}
        </Text>
        <AppointmentTimes appointment={appointment} userTimeZone={user.timeZone} />
        <Text size="sm">
          {appointment.meetingTypeName} · {t(`locationKind.${appointment.locationKind}`)}
          {appointment.location && !joinUrl(appointment.location) ? ` · ${appointment.location}` : ''} ·{' '}
          {t('agenda.setBy', { setter: appointment.setter.name, rep: appointment.rep.name })}
        </Text>
        {joinUrl(appointment.location) && (
          <Group gap="sm" mt="xs" wrap="wrap">
            <MeetingLink location={appointment.location} />
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              <MeetingLink location={appointment.location} variant="link" />
            </Text>
          </Group>
        )}
        {appointment.rescheduledFromId !== null && (
          <Text size="sm" c="dimmed">
            {t('agenda.movedFrom')}
          </Text>
        )}
      </Paper>
      <AppointmentActions appointment={appointment} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="contact-title" h="100%">
            <Title order={2} size="h4" id="contact-title" mb="xs">
              {t('agenda.contact')}
            </Title>
            <Stack gap={4}>
              {phones.map((phone) => (
                <Anchor key={phone} href={`tel:${phone}`}>
                  {formatPhone(phone)}
                </Anchor>
              ))}
              {lead.email && <Anchor href={`mailto:${lead.email}`}>{lead.email}</Anchor>}
              <Text size="sm">
                {[lead.address, lead.city, lead.state, lead.postalCode].filter(Boolean).join(', ') || '—'}
              </Text>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 7 }}>
          <QualificationSummary appointment={appointment} />
        </Grid.Col>
      </Grid>
      <Paper withBorder p="md" component="section" aria-labelledby="questions-title">
        <Title order={2} size="h4" id="questions-title" mb="xs">
          {t('agenda.questionsAsked')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{appointment.questionsAsked || t('agenda.none')}</Text>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="notes-title">
        <Title order={2} size="h4" id="notes-title" mb="xs">
          {t('agenda.notes')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{appointment.notes || t('agenda.none')}</Text>
      </Paper>
      <RepNotesSection key={appointment.id} appointment={appointment} />
    </>
  );
}
