import { Button, Group, NumberInput, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useNotify } from '../../../components/notifications.tsx';
import { currencyDigits } from '../../../lib/format.ts';
import { useRecordOutcome } from '../api/change-appointment.ts';
import { commonCurrencies, toMinorUnits } from '../utils/money.ts';

type Result = 'won' | 'lost';

/** The sales outcome of a held meeting: won with the amount, lost with the reason. */
export function OutcomeForm({ appointmentId }: { appointmentId: number }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const record = useRecordOutcome(appointmentId);
  const [result, setResult] = useState<Result>('won');
  const [amount, setAmount] = useState<number | string>('');
  const [currency, setCurrency] = useState<string>('USD');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const amountMinor = toMinorUnits(amount, currency);
  const problem =
    result === 'won' ? (amountMinor === null ? 'amount' : null) : reason.trim() ? null : 'reason';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problem) return;
    record.mutate(
      result === 'won'
        ? { outcome: 'won', amountMinor: amountMinor ?? 0, currency }
        : { outcome: 'lost', currency, reason: reason.trim() },
      { onSuccess: () => notify({ color: 'green', message: t(`agenda.outcome.saved.${result}`) }) },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="outcome-title">
      <Stack gap="xs">
        <Text fw={600} id="outcome-title">
          {t('agenda.outcome.title')}
        </Text>
        <SegmentedControl
          aria-label={t('agenda.outcome.title')}
          w="fit-content"
          value={result}
          onChange={(value) => setResult(value as Result)}
          data={[
            { value: 'won', label: t('agenda.outcome.won') },
            { value: 'lost', label: t('agenda.outcome.lost') },
          ]}
        />
        {result === 'won' ? (
          <Group align="flex-start" gap="xs">
            <NumberInput
              label={t('agenda.outcome.amount')}
              required
              min={0}
              decimalScale={currencyDigits(currency)}
              thousandSeparator
              allowNegative={false}
              value={amount}
              onChange={setAmount}
              error={tried && problem === 'amount' ? t('agenda.outcome.amountRequired') : null}
            />
            <Select
              label={t('agenda.outcome.currency')}
              w={110}
              allowDeselect={false}
              searchable
              data={[...commonCurrencies]}
              value={currency}
              onChange={(value) => setCurrency(value ?? 'USD')}
            />
          </Group>
        ) : (
          <Textarea
            label={t('agenda.outcome.reason')}
            required
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={tried && problem === 'reason' ? t('agenda.outcome.reasonRequired') : null}
          />
        )}
        <ErrorAlert error={record.error} />
        <Button type="submit" w="fit-content" loading={record.isPending}>
          {t('agenda.outcome.submit')}
        </Button>
      </Stack>
    </form>
  );
}
