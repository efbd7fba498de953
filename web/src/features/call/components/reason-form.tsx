import { Button, Chip, Group, Kbd, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const quickReasons = {
  not_interested: ['noBudget', 'hasProvider', 'badTiming', 'noNeed'],
  not_qualified: ['notDecisionMaker', 'outsideTerritory', 'tooSmall', 'noBudget'],
} as const;

interface ReasonFormProps {
  disposition: 'not_interested' | 'not_qualified';
  reason: string;
  onReasonChange: (reason: string) => void;
  /** Why the reason is refused, shown under the field. */
  error: string | null;
  submitting: boolean;
  onSubmit: () => void;
}

/** "No" is respected, and its reason recorded so the pitch can improve; the reason is required. */
export function ReasonForm({
  disposition,
  reason,
  onReasonChange,
  error,
  submitting,
  onSubmit,
}: ReasonFormProps) {
  const { t } = useTranslation();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
    >
      <Stack gap="sm">
        <Text size="sm">{t(`call.reasonForm.intro.${disposition}`)}</Text>
        <Group gap={6} role="group" aria-label={t('call.reasonForm.quick')}>
          {quickReasons[disposition].map((key) => {
            const label = t(`call.reasonForm.reasons.${key}`);
            return (
              <Chip key={key} size="xs" checked={reason === label} onChange={() => onReasonChange(label)}>
                {label}
              </Chip>
            );
          })}
        </Group>
        <Textarea
          id="outcome-reason"
          label={t('call.reasonForm.label')}
          description={t('call.reasonForm.description')}
          required
          autosize
          minRows={2}
          maxRows={5}
          maxLength={500}
          value={reason}
          error={error}
          onChange={(event) => onReasonChange(event.currentTarget.value)}
          data-autofocus
        />
        <Button type="submit" loading={submitting} rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}>
          {t('call.save', { outcome: t(`disposition.${disposition}`) })}
        </Button>
      </Stack>
    </form>
  );
}
