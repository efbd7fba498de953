import { Alert, Box, Button, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelfServiceView } from '../../../../../src/contracts/appointments.ts';
import { DayNavigator } from '../../../components/day-navigator.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import { useChangeSelfService } from '../api/change-self-service.ts';
import { useSelfServiceSlotDays, useSelfServiceSlots } from '../api/get-self-service.ts';

interface ReschedulePanelProps {
  token: string;
  view: SelfServiceView;
  zone: string;
  onMoved: () => void;
}

/**
 * Any day of the horizon, then a time on it; the move button stays in view at the bottom of the
 * screen (a phone shows dozens of times), naming what it will do.
 */
export function ReschedulePanel({ token, view, zone, onMoved }: ReschedulePanelProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const notify = useNotify();
  const days = useSelfServiceSlotDays(token, zone);
  const [pickedDate, setPickedDate] = useState<string | null>(null);
  const dayList = days.data?.days ?? [];
  const day = dayList.find((d) => d.date === pickedDate) ?? dayList.find((d) => d.slots > 0);
  const slots = useSelfServiceSlots(token, day ? { from: day.startsAt, to: day.endsAt } : null);
  const change = useChangeSelfService(token);
  const [chosen, setChosen] = useState<string | null>(null);
  const taken = isApiError(change.error) && change.error.code === 'SLOT_TAKEN';

  const move = () => {
    if (!chosen) return;
    change.mutate(
      { action: 'reschedule', startsAt: chosen },
      {
        onSuccess: () => {
          notify({ color: 'green', message: t('selfService.rescheduledToast') });
          onMoved();
        },
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
          {t('selfService.current', { time: `${format.dateTime(view.startsAt, zone)}` })} ·{' '}
          {t('selfService.slotsIn', { zone: zoneLabel(zone) })}
        </Text>
        {days.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
        <ErrorAlert error={days.error} />
        {days.data && days.data.firstStartsAt === null && (
          <Text>{t('selfService.noSlots', { client: view.clientName })}</Text>
        )}
        {days.data && days.data.firstStartsAt !== null && (
          <Box maw={420}>
            <DayNavigator
              days={dayList}
              selected={day?.date ?? null}
              label={t('selfService.days')}
              onSelect={(picked) => setPickedDate(picked.date)}
            />
          </Box>
        )}
        {day && days.data?.firstStartsAt && (
          <section aria-label={format.longDay(day.startsAt, zone)}>
            <Title order={3} size="h6" mb={4} data-testid="self-service-day">
              {format.longDay(day.startsAt, zone)}
            </Title>
            {slots.isPending ? (
              <Loader size="sm" aria-label={t('common.loading')} />
            ) : slots.data?.slots.length === 0 ? (
              <Text size="sm">{t('selfService.noSlotsDay')}</Text>
            ) : (
              <SimpleGrid cols={{ base: 4, sm: 6 }} spacing={6} verticalSpacing={6}>
                {(slots.data?.slots ?? []).map((slot) => (
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
            )}
            <ErrorAlert error={slots.error} />
          </section>
        )}
        {taken && (
          <Alert color="orange" variant="light" role="alert">
            {t('errors.slotTaken')}
          </Alert>
        )}
        {change.error && !taken ? <ErrorAlert error={change.error} /> : null}
        <Box
          pos="sticky"
          bottom={0}
          py="xs"
          bg="var(--mantine-color-body)"
          style={{ borderTop: '1px solid var(--mantine-color-default-border)', zIndex: 2 }}
          data-testid="move-bar"
        >
          {chosen ? (
            <Button
              onClick={move}
              loading={change.isPending}
              fullWidth
              h="auto"
              py={8}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
            >
              {t('selfService.moveTo', { time: format.dateTime(chosen, zone), zone: zoneLabel(zone) })}
            </Button>
          ) : (
            <Text size="sm" c="dimmed" ta="center">
              {t('selfService.chooseTime')}
            </Text>
          )}
        </Box>
      </Stack>
    </Paper>
  );
}
