import {
  Alert,
  Button,
  Fieldset,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallResult } from '../../../../../src/contracts/dispositions.ts';
import type { TimelineItemDto } from '../../../../../src/contracts/timeline.ts';
import { useNotify } from '../../../components/notifications.tsx';
import { DateField, TimeField } from '../../../components/typed-date-time-field.tsx';
import { zoneLabel } from '../../../lib/format.ts';
import { instantFromLocal } from '../../../lib/zoned-time.ts';
import { useClientOutcomes } from '../../call/api/get-outcomes.ts';
import { callResults, outcomeDetail } from '../../call/utils/call-results.ts';
import { useCorrectCall } from '../api/corrections.ts';
import { correctionError } from '../utils/correction-error.ts';

interface EditCallDialogProps {
  leadId: number;
  clientId: number;
  /** The call's timeline item: its data holds what the call says now. */
  item: TimelineItemDto;
  /** The user's zone: a new callback time is entered on their clock, like the timeline shows. */
  timeZone: string;
  onClose: () => void;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Correct a call's result, outcome, reason and notes, saying why; the lead's status follows. */
export function EditCallDialog({ leadId, clientId, item, timeZone, onClose }: EditCallDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const outcomes = useClientOutcomes(clientId);
  const correct = useCorrectCall(leadId);
  const attemptId = Number(item.data.attemptId);
  const current = outcomes.data?.outcomes.find((o) => o.key === item.data.outcomeKey);
  const [callResult, setCallResult] = useState<CallResult>(
    (text(item.data.callResult) || 'no_answer') as CallResult,
  );
  const [outcomeId, setOutcomeId] = useState<string | null>(null);
  const [reasonId, setReasonId] = useState<string | null>(null);
  const [reasonText, setReasonText] = useState(text(item.data.reasonText));
  const [notes, setNotes] = useState(text(item.data.notes));
  const [callback, setCallback] = useState({ date: '', time: '' });
  const [callbackIncomplete, setCallbackIncomplete] = useState(false);
  const [why, setWhy] = useState('');
  const [whyMissing, setWhyMissing] = useState(false);
  const chosenId = outcomeId ?? (current ? String(current.id) : null);
  const pickable = (outcomes.data?.outcomes ?? []).filter((o) => o.active && !o.flags.appointment);
  const outcome = pickable.find((o) => String(o.id) === chosenId) ?? null;
  const reasons = outcome
    ? (outcomes.data?.reasons ?? []).filter((r) => r.outcomeKey === outcome.key && r.active)
    : [];
  const detail = outcome ? outcomeDetail(outcome) : 'none';

  const contact = callResult === 'contact_made';
  const asksCallback = contact && detail === 'callback';
  const callbackAt = asksCallback ? instantFromLocal(callback, timeZone) : null;

  const save = (form: HTMLFormElement) => {
    // Both empty keep the promised callback; one of them, or unreadable text, is not a time yet.
    const unreadable = form.querySelector('[data-callback] [aria-invalid="true"]') !== null;
    const partial = asksCallback && (callback.date !== '' || callback.time !== '') && callbackAt === null;
    setCallbackIncomplete(unreadable || partial);
    if (!why.trim()) setWhyMissing(true);
    if (unreadable || partial || !why.trim()) return;
    correct.mutate(
      {
        attemptId,
        body: {
          callResult,
          outcomeId: contact && outcome ? outcome.id : null,
          reasonId: contact && reasonId ? Number(reasonId) : null,
          reasonText: contact && reasonText.trim() ? reasonText.trim() : null,
          notes,
          callbackAt,
          reason: why.trim(),
        },
      },
      {
        onSuccess: (result) => {
          notify({
            color: 'green',
            message: t('corrections.edit.saved', { status: t(`leadStatus.${result.leadStatus}`) }),
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('corrections.edit.title')} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save(event.currentTarget);
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('corrections.edit.window')}
          </Text>
          <Select
            label={t('corrections.edit.result')}
            data={callResults.map((r) => ({ value: r.result, label: t(`timeline.callResult.${r.result}`) }))}
            value={callResult}
            onChange={(value) => value && setCallResult(value as CallResult)}
            allowDeselect={false}
            data-autofocus
          />
          {callResult === 'contact_made' && (
            <Select
              label={t('corrections.edit.outcome')}
              data={pickable.map((o) => ({ value: String(o.id), label: o.label }))}
              value={chosenId}
              onChange={(value) => {
                setOutcomeId(value);
                setReasonId(null);
              }}
              allowDeselect={false}
            />
          )}
          {callResult === 'contact_made' && reasons.length > 0 && (
            <Select
              label={t('corrections.edit.outcomeReason')}
              data={reasons.map((r) => ({ value: String(r.id), label: r.label }))}
              value={reasonId}
              onChange={setReasonId}
            />
          )}
          {callResult === 'contact_made' && outcome && detail !== 'none' && (
            <TextInput
              label={t('corrections.edit.reasonText')}
              value={reasonText}
              onChange={(event) => setReasonText(event.currentTarget.value)}
              maxLength={2000}
            />
          )}
          {asksCallback && (
            <Fieldset
              legend={
                <Text span size="sm" fw="var(--mantine-font-weight-medium)">
                  {t('corrections.edit.callbackAt', { zone: zoneLabel(timeZone) })}
                </Text>
              }
              variant="unstyled"
              data-callback
            >
              <Group grow align="flex-start" gap="xs">
                <DateField
                  label={t('corrections.edit.callbackDate')}
                  value={callback.date}
                  onChange={(date) => setCallback((c) => ({ ...c, date }))}
                  error={callbackIncomplete && !callback.date}
                />
                <TimeField
                  label={t('corrections.edit.callbackTime')}
                  value={callback.time}
                  onChange={(time) => setCallback((c) => ({ ...c, time }))}
                  error={callbackIncomplete && !callback.time}
                />
              </Group>
              <Text
                size="xs"
                c={callbackIncomplete ? 'red.9' : 'dimmed'}
                mt={4}
                role={callbackIncomplete ? 'alert' : undefined}
              >
                {callbackIncomplete
                  ? t('corrections.edit.callbackIncomplete')
                  : t('corrections.edit.callbackKeep')}
              </Text>
            </Fieldset>
          )}
          <Textarea
            label={t('corrections.edit.notes')}
            autosize
            minRows={2}
            maxLength={5000}
            value={notes}
            onChange={(event) => setNotes(event.currentTarget.value)}
          />
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
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('corrections.edit.cancel')}
            </Button>
            <Button type="submit" loading={correct.isPending}>
              {t('corrections.edit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
