import { CloseButton, Group, Kbd, Paper, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import type { MeetingTypeDto } from '../../../../../src/contracts/campaigns.ts';
import type { CallDraft } from '../hooks/use-call-draft.ts';
import type { OutcomeDefinition } from '../utils/outcomes.ts';
import { type BookingExtras, BookingPanel } from './booking-panel.tsx';
import { CallbackForm } from './callback-form.tsx';
import { ConfirmDnc } from './confirm-dnc.tsx';
import { ReasonForm } from './reason-form.tsx';

interface OutcomeDetailsProps {
  outcome: OutcomeDefinition;
  draft: CallDraft;
  update: (patch: Partial<CallDraft>) => void;
  leadId: number;
  leadTimeZone: string;
  userTimeZone: string;
  meetingType: MeetingTypeDto | null;
  errors: { reason: string | null; callback: string | null };
  submitting: boolean;
  onSubmit: () => void;
  onClose: () => void;
  bookingExtras: () => BookingExtras;
  onBooked: (appointment: AppointmentDto) => void;
}

/** The details an outcome needs, in place of the script, with the first field focused. */
export function OutcomeDetails(props: OutcomeDetailsProps) {
  const { outcome, draft, update, errors, submitting, onSubmit, onClose } = props;
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
          {t(`disposition.${outcome.disposition}`)}
        </Title>
        <Group gap={4} wrap="nowrap">
          <Text size="xs" c="dimmed">
            <Kbd size="xs">Esc</Kbd> {t('call.details.back')}
          </Text>
          <CloseButton aria-label={t('call.details.close')} onClick={onClose} />
        </Group>
      </Group>
      <OutcomeForm
        {...props}
        draft={draft}
        update={update}
        errors={errors}
        submitting={submitting}
        onSubmit={onSubmit}
      />
    </Paper>
  );
}

function OutcomeForm(props: OutcomeDetailsProps) {
  const { t } = useTranslation();
  const { outcome, draft, update, errors, submitting, onSubmit } = props;
  switch (outcome.detail) {
    case 'reason':
      return (
        <ReasonForm
          disposition={outcome.disposition === 'not_qualified' ? 'not_qualified' : 'not_interested'}
          reason={draft.reason}
          onReasonChange={(reason) => update({ reason })}
          error={errors.reason}
          submitting={submitting}
          onSubmit={onSubmit}
        />
      );
    case 'callback':
      return (
        <CallbackForm
          draft={draft}
          onChange={update}
          leadTimeZone={props.leadTimeZone}
          userTimeZone={props.userTimeZone}
          error={errors.callback}
          submitting={submitting}
          onSubmit={onSubmit}
        />
      );
    case 'confirm':
      return (
        <ConfirmDnc
          reason={draft.reason}
          onReasonChange={(reason) => update({ reason })}
          submitting={submitting}
          onSubmit={onSubmit}
        />
      );
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
    case 'none':
      return null;
    default: {
      const unreachable: never = outcome.detail;
      return String(unreachable);
    }
  }
}
