import { Button, Kbd, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutcomeReasonDto } from '../../../../../src/contracts/dispositions.ts';
import { type DraftStore, useDraft } from '../hooks/call-draft.ts';

interface ReasonFormProps {
  outcomeLabel: string;
  reasons: OutcomeReasonDto[];
  store: DraftStore;
  /** Why the reason is refused, shown under the list. */
  error: string | null;
  submitting: boolean;
  onSubmit: () => void;
}

/**
 * "No" is respected, and its reason recorded so the pitch can improve: one of the client's
 * reasons (arrow keys move through them) and, if the setter wants, their own words.
 */
export function ReasonForm({ outcomeLabel, reasons, store, error, submitting, onSubmit }: ReasonFormProps) {
  const { t } = useTranslation();
  const reasonId = useDraft(store, (draft) => draft.reasonId);
  const reasonText = useDraft(store, (draft) => draft.reasonText);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
    >
      <Stack gap="sm">
        <Text size="sm">{t('call.reasonForm.intro')}</Text>
        {reasons.length > 0 && (
          <Radio.Group
            label={t('call.reasonForm.list')}
            description={t('call.reasonForm.listHelp')}
            required
            value={reasonId === null ? '' : String(reasonId)}
            onChange={(value) => store.set({ reasonId: Number(value) || null })}
            error={error}
          >
            <Stack gap={6} mt={6}>
              {reasons.map((reason, index) => (
                <Radio
                  key={reason.id}
                  value={String(reason.id)}
                  label={reason.label}
                  data-testid={`reason-${reason.id}`}
                  data-autofocus={index === 0 ? true : undefined}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Textarea
          id="outcome-reason-text"
          label={t('call.reasonForm.text')}
          description={
            reasons.length > 0 ? t('call.reasonForm.textOptional') : t('call.reasonForm.textRequired')
          }
          required={reasons.length === 0}
          autosize
          minRows={2}
          maxRows={5}
          maxLength={2000}
          value={reasonText}
          error={reasons.length === 0 ? error : null}
          onChange={(event) => store.set({ reasonText: event.currentTarget.value })}
          data-autofocus={reasons.length === 0 ? true : undefined}
        />
        <Button type="submit" loading={submitting} rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}>
          {t('call.save', { outcome: outcomeLabel })}
        </Button>
      </Stack>
    </form>
  );
}
