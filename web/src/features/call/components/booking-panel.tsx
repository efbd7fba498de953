import { Alert, Button, Group, Kbd, Loader, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentDto, BookAppointmentRequest } from '../../../../../src/contracts/appointments.ts';
import type { MeetingTypeDto } from '../../../../../src/contracts/campaigns.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { goodActionColor } from '../../../components/status-colors.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { useFormatters, zoneLabel } from '../../../lib/format.ts';
import { newIdempotencyKey } from '../../../lib/idempotency-key.ts';
import { useBookAppointment } from '../api/book-appointment.ts';
import { useSlots } from '../api/get-slots.ts';
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

/**
 * Two presses: a slot (focused first: Tab moves, Enter picks), then Book (Ctrl+Enter). A slot
 * taken meanwhile is said plainly and the list refreshed.
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
  const [choice, setChoice] = useState<{ startsAt: string; repIds: number[]; key: string } | null>(null);
  const [repId, setRepId] = useState('any');
  const [locationKind, setLocationKind] = useState<LocationKind>(meetingType.locationKinds[0] ?? 'phone');
  // Only reps who meet this way are offered: the slots follow the choice of phone, video or in person.
  const slots = useSlots(leadId, meetingType.id, { locationKind });
  const [location, setLocation] = useState('');
  const [slotTaken, setSlotTaken] = useState(false);
  const leadZone = slots.data?.leadTimeZone ?? leadTimeZone;
  const reps = slots.data?.reps ?? [];

  const submit = () => {
    if (!choice || book.isPending) return;
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
          void slots.refetch();
        }
      },
    });
  };

  if (slots.isPending) return <Loader aria-label={t('common.loading')} />;
  if (slots.isError) return <ErrorAlert error={slots.error} />;
  const bookError =
    book.error && !(isApiError(book.error) && book.error.code === 'SLOT_TAKEN') ? book.error : null;
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
        {slots.data.slots.length === 0 ? (
          <Text>{t('call.booking.noSlots')}</Text>
        ) : (
          <SlotList
            autoFocusFirst
            slots={slots.data.slots}
            leadTimeZone={leadZone}
            userTimeZone={userTimeZone}
            selected={choice?.startsAt ?? null}
            onSelect={(slot) => {
              setChoice({ startsAt: slot.startsAt, repIds: slot.repIds, key: newIdempotencyKey() });
              setRepId('any');
              setSlotTaken(false);
            }}
          />
        )}
        {choice && (
          <Text fw={600} aria-live="polite">
            {t('call.booking.chosen', {
              mine: format.dateTime(choice.startsAt, userTimeZone),
              lead: format.time(choice.startsAt, leadZone),
            })}
          </Text>
        )}
        <Group grow align="flex-end">
          <NativeSelect
            label={t('call.booking.rep')}
            value={repId}
            onChange={(event) => setRepId(event.currentTarget.value)}
            data={[
              { value: 'any', label: t('call.booking.anyRep') },
              ...reps
                .filter((rep) => !choice || choice.repIds.includes(rep.id))
                .map((rep) => ({ value: String(rep.id), label: `${rep.name} (${zoneLabel(rep.timeZone)})` })),
            ]}
          />
          <NativeSelect
            label={t('call.booking.locationKind')}
            value={locationKind}
            onChange={(event) => {
              setLocationKind(event.currentTarget.value as LocationKind);
              setChoice(null);
              setRepId('any');
            }}
            data={meetingType.locationKinds.map((kind) => ({
              value: kind,
              label: t(`locationKind.${kind}`),
            }))}
          />
        </Group>
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
          disabled={!choice}
          loading={book.isPending}
          rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}
        >
          {t('call.booking.book')}
        </Button>
      </Stack>
    </form>
  );
}
