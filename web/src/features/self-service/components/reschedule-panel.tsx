import { Alert, Button, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelfServiceView } from '../../../../../src/contracts/appointments.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import { groupByDay } from '../../../lib/group-by-day.ts';
import { useChangeSelfService } from '../api/change-self-service.ts';
import { useSelfServiceSlots } from '../api/get-self-service.ts';

/** Open times by day on the lead's clock; one press picks, a second moves the appointment. */
export function ReschedulePanel({ token, view }: { token: string; view: SelfServiceView }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const notify = useNotify();
  const slots = useSelfServiceSlots(token, true);
  const change = useChangeSelfService(token);
  const [chosen, setChosen] = useState<string | null>(null);
  const zone = slots.data?.timeZone ?? view.timeZone;
  const taken = isApiError(change.error) && change.error.code === 'SLOT_TAKEN';
  const days = groupByDay(slots.data?.slots ?? [], (slot) => format.longDay(slot.startsAt, zone));

  const move = () => {
    if (!chosen) return;
    change.mutate(
      { action: 'reschedule', startsAt: chosen },
      {
        onSuccess: () => notify({ color: 'green', message: t('selfService.rescheduledToast') }),
        onError: (error) => {
          if (isApiError(error) && error.code === 'SLOT_TAKEN') {
            setChosen(null);
            void slots.refetch();
          }
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="reschedule-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="reschedule-title">
          {t('selfService.rescheduleTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('selfService.slotsIn', { zone: zoneLabel(zone) })}
        </Text>
        {slots.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
        <ErrorAlert error={slots.error} />
        {slots.data?.slots.length === 0 && (
          <Text>{t('selfService.noSlots', { client: view.clientName })}</Text>
        )}
        {days.map(([day, daySlots]) => (
          <section key={day} aria-label={day}>
            <Title order={3} size="h6" mb={4}>
              {day}
            </Title>
            <SimpleGrid cols={{ base: 3, sm: 5 }} spacing={6} verticalSpacing={6}>
              {daySlots.map((slot) => (
                <Button
                  key={slot.startsAt}
                  size="compact-sm"
                  variant={chosen === slot.startsAt ? 'filled' : 'default'}
                  aria-pressed={chosen === slot.startsAt}
                  onClick={() => setChosen(slot.startsAt)}
                  data-testid="self-service-slot"
                >
                  {format.time(slot.startsAt, zone)}
                </Button>
              ))}
            </SimpleGrid>
          </section>
        ))}
        {taken && (
          <Alert color="orange" variant="light" role="alert">
            {t('errors.slotTaken')}
          </Alert>
        )}
        {change.error && !taken ? <ErrorAlert error={change.error} /> : null}
        {chosen && (
          <Button onClick={move} loading={change.isPending} w="fit-content">
            {t('selfService.moveTo', {
              time: `${format.dateTime(chosen, zone)}`,
              zone: zoneLabel(zone),
            })}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
