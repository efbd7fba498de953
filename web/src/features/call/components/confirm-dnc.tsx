import { Button, Kbd, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ConfirmDncProps {
  reason: string;
  onReasonChange: (reason: string) => void;
  submitting: boolean;
  onSubmit: () => void;
}

/** Do-not-call is final for this lead, so it takes a second, deliberate press. */
export function ConfirmDnc({ reason, onReasonChange, submitting, onSubmit }: ConfirmDncProps) {
  const { t } = useTranslation();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('call.dnc.explain')}</Text>
        <Textarea
          label={t('call.dnc.note')}
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          data-autofocus
          onChange={(event) => onReasonChange(event.currentTarget.value)}
        />
        <Button
          type="submit"
          color="red.9"
          loading={submitting}
          rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}
        >
          {t('call.dnc.confirm')}
        </Button>
      </Stack>
    </form>
  );
}
