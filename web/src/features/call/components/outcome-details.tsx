import { CloseButton, Group, Kbd, Paper, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import type { MeetingTypeDto } from '../../../../../src/contracts/campaigns.ts';
import type { OutcomeDto, OutcomeReasonDto } from '../../../../../src/contracts/dispositions.ts';
import type { DraftStore } from '../hooks/call-draft.ts';
import type { DetailErrors } from '../hooks/use-disposition.ts';
import type { BookingExtras } from '../utils/attempt-payload.ts';
import type { OutcomeDetail } from '../utils/call-results.ts';
import { BookingPanel } from './booking-panel.tsx';
import { CallbackForm } from './callback-form.tsx';
import { ConfirmDnc } from './confirm-dnc.tsx';
import { ReasonForm } from './reason-form.tsx';

interface OutcomeDetailsProps {
  outcome: OutcomeDto;
  detail: Exclude<OutcomeDetail, 'none'>;
  reasons: OutcomeReasonDto[];
  store: DraftStore;
  leadId: number;
  leadTimeZone: string;
  userTimeZone: string;
  meetingType: MeetingTypeDto | null;
  errors: DetailErrors;
  submitting: boolean;
  onSubmit: () => void;
  onClose: () => void;
  bookingExtras: () => BookingExtras;
  onBooked: (appointment: AppointmentDto) => void;
}

/** The details an outcome needs, in place of the script, with the first control focused. */
export function OutcomeDetails(props: OutcomeDetailsProps) {
  const { t } = useTranslation();
  // Focus moves into the panel when it opens, where the next keystroke is expected.
  const focusFirst = useCallback((node: HTMLElement | null) => {
    const target =
      node?.querySelector<HTMLElement>('[data-autofocus]') ?? node?.querySelector<HTMLElement>('h2');
    target?.focus();
  }, []);
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby="outcome-details-title"
      id="outcome-details"
      className="call-panel"
      ref={focusFirst}
    >
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h4" id="outcome-details-title" tabIndex={-1}>
          {/* Nothing is booked yet: the booking outcome's label ("Appointment booked") would say it was. */}
          {props.detail === 'booking' ? t('call.booking.title') : props.outcome.label}
        </Title>
        <Group gap={4} wrap="nowrap">
          <Text size="xs" c="dimmed">
            <Kbd size="xs">Esc</Kbd> {t('call.details.back')}
          </Text>
          <CloseButton aria-label={t('call.details.close')} onClick={props.onClose} />
        </Group>
      </Group>
      <DetailForm {...props} />
    </Paper>
  );
}

function DetailForm(props: OutcomeDetailsProps) {
  const { t } = useTranslation();
  const { store, errors, submitting, onSubmit } = props;
  switch (props.detail) {
    case 'reason':
      return (
        <ReasonForm
          outcomeLabel={props.outcome.label}
          reasons={props.reasons}
          store={store}
          error={errors.reason}
          submitting={submitting}
          onSubmit={onSubmit}
        />
      );
    case 'callback':
      return (
        <CallbackForm
          store={store}
          leadTimeZone={props.leadTimeZone}
          userTimeZone={props.userTimeZone}
          error={errors.callback}
          offers={errors.callbackOffers ?? []}
          submitting={submitting}
          onSubmit={onSubmit}
        />
      );
    case 'confirm':
      return <ConfirmDnc store={store} submitting={submitting} onSubmit={onSubmit} />;
    case 'booking':
      return props.meetingType ? (
        <BookingPanel
          leadId={props.leadId}
          meetingType={props.meetingType}
          leadTimeZone={props.leadTimeZone}
          userTimeZone={props.userTimeZone}
          extras={props.bookingExtras}
          onBooked={props.onBooked}
        />
      ) : (
        <Text>{t('call.booking.noMeetingType')}</Text>
      );
    default: {
      const unreachable: never = props.detail;
      return String(unreachable);
    }
  }
}
