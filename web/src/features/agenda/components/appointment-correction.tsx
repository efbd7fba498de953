import {
  Alert,
  Button,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import type { Me } from '../../../../../src/contracts/auth.ts';
import { useNotify } from '../../../components/notifications.tsx';
import { useCorrectAppointment } from '../../leads/api/corrections.ts';
import { correctionError } from '../../leads/utils/correction-error.ts';
import { toMinorUnits } from '../utils/money.ts';

const marked = ['held', 'no_show', 'cancelled'] as const;
type Marked = (typeof marked)[number];
const isMarked = (status: string): status is Marked => (marked as readonly string[]).includes(status);

/**
 * Correct a marked appointment — held, no-show or cancelled, and the sale — with a reason: its rep,
 * a manager or an admin (the server checks; setters do not see it). The lead's status follows.
 */
export function AppointmentCorrection({ appointment, user }: { appointment: AppointmentDto; user: Me }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const correct = useCorrectAppointment(appointment.id, appointment.lead.id);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Marked>(isMarked(appointment.status) ? appointment.status : 'held');
  const [result, setResult] = useState<'none' | 'won' | 'lost'>(appointment.outcome?.result ?? 'none');
  const currency = appointment.outcome?.currency ?? 'USD';
  const [amount, setAmount] = useState<number | string>(
    appointment.outcome?.amountMinor != null ? appointment.outcome.amountMinor / 100 : '',
  );
  const [lostReason, setLostReason] = useState(appointment.outcome?.reason ?? '');
  const [why, setWhy] = useState('');
  const [whyMissing, setWhyMissing] = useState(false);
  if (!isMarked(appointment.status) || user.role === 'setter') return null;

  const save = () => {
    if (!why.trim()) return setWhyMissing(true);
    const outcome =
      status !== 'held' || result === 'none'
        ? null
        : result === 'won'
          ? { result, amountMinor: toMinorUnits(amount, currency), currency }
          : { result, reason: lostReason.trim() || null, currency };
    correct.mutate(
      { status, outcome, reason: why.trim() },
      {
        onSuccess: (done) => {
          notify({
            color: 'green',
            message: t('corrections.appointment.saved', { status: t(`leadStatus.${done.leadStatus}`) }),
          });
          setOpen(false);
          setWhy('');
        },
      },
    );
  };

  if (!open)
    return (
      <Button variant="default" onClick={() => setOpen(true)} w="fit-content">
        {t('corrections.appointment.action')}
      </Button>
    );
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="appointment-correction-title">
      <Stack gap="sm">
        <Title order={3} size="h5" id="appointment-correction-title">
          {t('corrections.appointment.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('corrections.appointment.intro')}
        </Text>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="correction-status-label">
            {t('corrections.appointment.status')}
          </Text>
          <SegmentedControl
            aria-labelledby="correction-status-label"
            value={status}
            onChange={(value) => setStatus(value as Marked)}
            data={marked.map((s) => ({ value: s, label: t(`appointmentStatus.${s}`) }))}
            fullWidth
          />
        </Stack>
        {status === 'held' && (
          <Stack gap={4}>
            <Text size="sm" fw={500} id="correction-outcome-label">
              {t('corrections.appointment.outcome')}
            </Text>
            <SegmentedControl
              aria-labelledby="correction-outcome-label"
              value={result}
              onChange={(value) => setResult(value as 'none' | 'won' | 'lost')}
              data={[
                { value: 'none', label: t('corrections.appointment.none') },
                { value: 'won', label: t('corrections.appointment.won') },
                { value: 'lost', label: t('corrections.appointment.lost') },
              ]}
              fullWidth
            />
          </Stack>
        )}
        {status === 'held' && result === 'won' && (
          <NumberInput
            label={`${t('corrections.appointment.amount')} (${currency})`}
            value={amount}
            onChange={setAmount}
            min={0}
            decimalScale={2}
          />
        )}
        {status === 'held' && result === 'lost' && (
          <Textarea
            label={t('corrections.appointment.lostReason')}
            value={lostReason}
            onChange={(event) => setLostReason(event.currentTarget.value)}
            maxLength={500}
            autosize
          />
        )}
        <Textarea
          label={t('corrections.edit.why')}
          placeholder={t('corrections.edit.whyPlaceholder')}
          required
          autosize
          minRows={2}
          maxLength={500}
          value={why}
          onChange={(event) => setWhy(event.currentTarget.value)}
          error={whyMissing && !why.trim() ? t('corrections.errors.CORRECTION_REASON_REQUIRED') : null}
        />
        {correct.error && (
          <Alert color="red" variant="light" role="alert">
            {correctionError(t, correct.error)}
          </Alert>
        )}
        <Button.Group>
          <Button onClick={save} loading={correct.isPending}>
            {t('corrections.edit.save')}
          </Button>
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('corrections.edit.cancel')}
          </Button>
        </Button.Group>
      </Stack>
    </Paper>
  );
}
