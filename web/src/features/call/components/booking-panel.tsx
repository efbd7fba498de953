import {
  Alert,
  Button,
  Group,
  Kbd,
  Loader,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentDto, BookAppointmentRequest } from '../../../../../src/contracts/appointments.ts';
import type { MeetingTypeDto } from '../../../../../src/contracts/campaigns.ts';
import { DayNavigator } from '../../../components/day-navigator.tsx';
import { nextOpenDate } from '../../../components/day-weeks.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { goodActionColor } from '../../../components/status-colors.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import { newIdempotencyKey } from '../../../lib/idempotency-key.ts';
import { useBookAppointment } from '../api/book-appointment.ts';
import { type SlotWindow, useSlotDays, useSlots } from '../api/get-slots.ts';
import type { BookingExtras } from '../utils/attempt-payload.ts';
import { SlotList } from './slot-list.tsx';

type LocationKind = MeetingTypeDto['locationKinds'][number];

interface BookingPanelProps {
  leadId: number;
  meetingType: MeetingTypeDto;
  leadTimeZone: string;
  userTimeZone: string;
  extras: () => BookingExtras;
  onBooked: (appointment: AppointmentDto) => void;
}

interface Choice {
  startsAt: string;
  /** The lead's day the slot is on, to re-check it when the choices change. */
  window: SlotWindow;
  key: string;
}

/**
 * The choices first (meeting by, rep), then any day of the horizon, then a slot, then Book
 * (Ctrl+Enter). The next available day opens with its first slot focused; arrows move, Enter
 * picks, PageUp/PageDown or [ ] change the day. A chosen slot survives a change of the choices
 * while it is still open, and is said plainly to be gone when it is not.
 */
export function BookingPanel({
  leadId,
  meetingType,
  leadTimeZone,
  userTimeZone,
  extras,
  onBooked,
}: BookingPanelProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const book = useBookAppointment();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [repId, setRepId] = useState('any');
  const [locationKind, setLocationKind] = useState<LocationKind>(meetingType.locationKinds[0] ?? 'phone');
  const [pickedDate, setPickedDate] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(1);
  const [location, setLocation] = useState('');
  const [slotTaken, setSlotTaken] = useState(false);
  const kind = { locationKind };
  const days = useSlotDays(
    leadId,
    meetingType.id,
    repId === 'any' ? kind : { ...kind, repId: Number(repId) },
  );
  const dayList = days.data?.days ?? [];
  const firstOpen = dayList.find((d) => d.slots > 0);
  const day = dayList.find((d) => d.date === pickedDate) ?? firstOpen ?? dayList[0];
  // Slots of every rep who meets this way; the chosen rep narrows them here, so the rep list stays whole.
  const daySlots = useSlots(
    leadId,
    meetingType.id,
    kind,
    day ? { from: day.startsAt, to: day.endsAt } : null,
  );
  const choiceSlots = useSlots(leadId, meetingType.id, kind, choice?.window ?? null);
  const leadZone = daySlots.data?.leadTimeZone ?? leadTimeZone;
  const reps = daySlots.data?.reps ?? [];
  const forRep = (slot: { repIds: number[] }) => repId === 'any' || slot.repIds.includes(Number(repId));
  const shown = (daySlots.data?.slots ?? []).filter(forRep);
  const choiceState: 'none' | 'checking' | 'open' | 'gone' =
    choice === null
      ? 'none'
      : !choiceSlots.data
        ? 'checking'
        : choiceSlots.data.slots.some((s) => s.startsAt === choice.startsAt && forRep(s))
          ? 'open'
          : 'gone';

  const jumpDay = (step: 1 | -1) => {
    if (!day) return;
    const next = nextOpenDate(dayList, day.date, step);
    if (next === day.date) return;
    setPickedDate(next);
    setFocusRequest((n) => n + 1);
  };

  const submit = () => {
    if (!choice || choiceState !== 'open' || book.isPending) return;
    const body: BookAppointmentRequest = {
      ...extras(),
      leadId,
      meetingTypeId: meetingType.id,
      startsAt: choice.startsAt,
      locationKind,
      ...(repId === 'any' ? {} : { repId: Number(repId) }),
      ...(location.trim() ? { location: location.trim() } : {}),
      idempotencyKey: choice.key,
    };
    book.mutate(body, {
      onSuccess: onBooked,
      onError: (error) => {
        if (isApiError(error) && error.code === 'SLOT_TAKEN') {
          setSlotTaken(true);
          setChoice(null);
          void daySlots.refetch();
          void days.refetch();
        }
      },
    });
  };

  if (days.isPending) return <Loader aria-label={t('common.loading')} />;
  if (days.isError) return <ErrorAlert error={days.error} />;
  const bookError =
    book.error && !(isApiError(book.error) && book.error.code === 'SLOT_TAKEN') ? book.error : null;
  const when = (instant: string) =>
    format.time(instant, userTimeZone) === format.time(instant, leadZone) && userTimeZone === leadZone
      ? format.dateTime(instant, leadZone)
      : t('call.booking.when', {
          mine: format.dateTime(instant, userTimeZone),
          lead: format.time(instant, leadZone),
        });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      noValidate
    >
      <Stack gap="sm">
        <Text size="sm">
          {t('call.booking.intro', { meetingType: meetingType.name, minutes: meetingType.durationMinutes })}{' '}
          {t('call.booking.zones', { lead: zoneLabel(leadZone), mine: zoneLabel(userTimeZone) })}
        </Text>
        <Group grow align="flex-end" gap="xs">
          <NativeSelect
            label={t('call.booking.locationKind')}
            value={locationKind}
            onChange={(event) => setLocationKind(event.currentTarget.value as LocationKind)}
            data={meetingType.locationKinds.map((value) => ({ value, label: t(`locationKind.${value}`) }))}
          />
          <NativeSelect
            label={t('call.booking.rep')}
            value={repId}
            onChange={(event) => setRepId(event.currentTarget.value)}
            data={[
              { value: 'any', label: t('call.booking.anyRep') },
              ...reps.map((rep) => ({
                value: String(rep.id),
                label: `${rep.name} (${zoneLabel(rep.timeZone)})`,
              })),
            ]}
          />
        </Group>
        {days.data.firstStartsAt === null ? (
          <Text>{t('call.booking.noSlots')}</Text>
        ) : (
          <>
            <Text size="sm" data-testid="next-available">
              {t('call.booking.nextAvailable', { when: when(days.data.firstStartsAt) })}
            </Text>
            <DayNavigator
              days={dayList}
              selected={day?.date ?? null}
              label={t('call.booking.days')}
              onSelect={(picked) => setPickedDate(picked.date)}
            />
          </>
        )}
        {day && days.data.firstStartsAt !== null && (
          <Stack gap={6}>
            <Group justify="space-between" gap="xs">
              <Title order={3} size="h6" data-testid="slot-day">
                {format.longDay(day.startsAt, leadZone)}{' '}
                <Text span size="xs" c="dimmed">
                  {t('call.booking.leadDay')}
                </Text>
              </Title>
              <Text size="xs" c="dimmed">
                <Kbd size="xs">←↑↓→</Kbd> {t('call.booking.keysMove')} · <Kbd size="xs">PgUp</Kbd>/
                <Kbd size="xs">PgDn</Kbd> {t('call.booking.keysOr')} <Kbd size="xs">[</Kbd>{' '}
                <Kbd size="xs">]</Kbd> {t('call.booking.keysDay')}
              </Text>
            </Group>
            {daySlots.isPending ? (
              <Loader size="sm" aria-label={t('common.loading')} />
            ) : daySlots.isError ? (
              <ErrorAlert error={daySlots.error} />
            ) : shown.length === 0 ? (
              <Text size="sm">{t('call.booking.noSlotsDay')}</Text>
            ) : (
              <SlotList
                slots={shown}
                leadTimeZone={leadZone}
                userTimeZone={userTimeZone}
                selected={choice?.startsAt ?? null}
                focusRequest={focusRequest}
                onJumpDay={jumpDay}
                label={t('call.booking.slotsOf', { day: format.longDay(day.startsAt, leadZone) })}
                onSelect={(slot) => {
                  setChoice({
                    startsAt: slot.startsAt,
                    window: { from: day.startsAt, to: day.endsAt },
                    key: choice?.startsAt === slot.startsAt ? choice.key : newIdempotencyKey(),
                  });
                  setSlotTaken(false);
                }}
              />
            )}
          </Stack>
        )}
        <ChoiceLine state={choiceState} text={choice ? when(choice.startsAt) : ''} />
        <TextInput
          label={t('call.booking.location')}
          value={location}
          onChange={(event) => setLocation(event.currentTarget.value)}
        />
        {slotTaken && (
          <Alert color="orange" variant="light" role="alert">
            {t('call.booking.slotTaken')}
          </Alert>
        )}
        {bookError ? <ErrorAlert error={bookError} /> : null}
        <Button
          type="submit"
          color={goodActionColor}
          disabled={choiceState !== 'open'}
          loading={book.isPending}
          rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}
        >
          {t('call.booking.book')}
        </Button>
      </Stack>
    </form>
  );
}

/** What Book would book, or why it cannot. */
function ChoiceLine({ state, text }: { state: 'none' | 'checking' | 'open' | 'gone'; text: string }) {
  const { t } = useTranslation();
  switch (state) {
    case 'none':
      return (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('call.booking.notChosen')}
        </Text>
      );
    case 'checking':
    case 'open':
      return (
        <Text fw={600} aria-live="polite" data-testid="booking-choice">
          {t('call.booking.chosen', { when: text })}
        </Text>
      );
    case 'gone':
      return (
        <Alert color="orange" variant="light" role="alert" data-testid="choice-gone">
          {t('call.booking.choiceGone', { when: text })}
        </Alert>
      );
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}
