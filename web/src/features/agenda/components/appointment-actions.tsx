import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { outcomeBadgeColor, outcomeColor } from '../../../components/status-colors.ts';
import { useFormatters } from '../../../lib/format.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { type StatusChange, useChangeAppointmentStatus } from '../api/change-appointment.ts';
import { AppointmentCorrection } from './appointment-correction.tsx';
import { OutcomeForm } from './outcome-form.tsx';

const live = new Set(['scheduled', 'confirmed']);

/** After the meeting: held or no-show, or cancelled with a reason; then the sale, won or lost. */
export function AppointmentActions({ appointment }: { appointment: AppointmentDto }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const notify = useNotify();
  const now = useNow(30_000);
  const change = useChangeAppointmentStatus(appointment.id);
  const user = useUser();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const started = Date.parse(appointment.startsAt) <= Date.parse(now);
  const isLive = live.has(appointment.status);

  const mark = (next: StatusChange) =>
    change.mutate(next, {
      onSuccess: () => {
        notify({ color: 'green', message: t(`agenda.actions.marked.${next.status}`) });
        setCancelling(false);
      },
    });
  const cancel = () => {
    if (!reason.trim()) return setReasonMissing(true);
    mark({ status: 'cancelled', reason: reason.trim() });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="actions-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="actions-title">
          {t('agenda.actions.title')}
        </Title>
        {appointment.statusReason && (
          <Text size="sm">{t('agenda.actions.reason', { reason: appointment.statusReason })}</Text>
        )}
        {appointment.status === 'no_show' && <Text size="sm">{t('agenda.actions.noShowNote')}</Text>}
        {isLive && (
          <>
            <Group gap="xs">
              <Button
                color="teal.9"
                disabled={!started}
                loading={change.isPending && change.variables?.status === 'held'}
                onClick={() => mark({ status: 'held' })}
              >
                {t('agenda.actions.held')}
              </Button>
              {/* Filled: white on red 9 is 5.3:1 in both themes (the light variant was 1.7:1). */}
              <Button
                color="red.9"
                disabled={!started}
                loading={change.isPending && change.variables?.status === 'no_show'}
                onClick={() => mark({ status: 'no_show' })}
              >
                {t('agenda.actions.noShow')}
              </Button>
              <Button
                variant="default"
                aria-expanded={cancelling}
                onClick={() => setCancelling((open) => !open)}
              >
                {t('agenda.actions.cancel')}
              </Button>
            </Group>
            {!started && (
              <Text size="sm" c="dimmed">
                {t('agenda.actions.notStarted', {
                  time: format.dateTime(appointment.startsAt, appointment.rep.timeZone),
                })}
              </Text>
            )}
          </>
        )}
        {isLive && cancelling && (
          <Stack gap="xs">
            <Textarea
              label={t('agenda.actions.cancelReason')}
              required
              autosize
              minRows={2}
              maxLength={500}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={reasonMissing && !reason.trim() ? t('agenda.actions.reasonRequired') : null}
            />
            <Group gap="xs">
              <Button
                color="red.9"
                onClick={cancel}
                loading={change.isPending && change.variables?.status === 'cancelled'}
              >
                {t('agenda.actions.cancelConfirm')}
              </Button>
              <Button variant="default" onClick={() => setCancelling(false)}>
                {t('agenda.actions.keep')}
              </Button>
            </Group>
          </Stack>
        )}
        <ErrorAlert error={change.error} />
        {appointment.status === 'held' && !appointment.outcome && (
          <OutcomeForm appointmentId={appointment.id} />
        )}
        {appointment.outcome && (
          <Alert
            color={outcomeColor(appointment.outcome.result)}
            variant="light"
            data-testid="appointment-outcome"
          >
            <Group gap="xs">
              <Badge color={outcomeBadgeColor(appointment.outcome.result)}>
                {t(`agenda.outcome.${appointment.outcome.result}`)}
              </Badge>
              {appointment.outcome.amountMinor !== null && appointment.outcome.currency && (
                <Text fw={700}>
                  {format.money(appointment.outcome.amountMinor, appointment.outcome.currency)}
                </Text>
              )}
              {appointment.outcome.reason && <Text size="sm">{appointment.outcome.reason}</Text>}
            </Group>
          </Alert>
        )}
        <AppointmentCorrection appointment={appointment} user={user} />
      </Stack>
    </Paper>
  );
}
