import { Button, Kbd, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type DraftStore, useDraft } from '../hooks/call-draft.ts';

interface ConfirmDncProps {
  store: DraftStore;
  submitting: boolean;
  onSubmit: () => void;
}

/** Do-not-call is final for this lead and every campaign of the client: it takes a second, deliberate press. */
export function ConfirmDnc({ store, submitting, onSubmit }: ConfirmDncProps) {
  const { t } = useTranslation();
  const reasonText = useDraft(store, (draft) => draft.reasonText);
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
          maxLength={2000}
          value={reasonText}
          data-autofocus
          onChange={(event) => store.set({ reasonText: event.currentTarget.value })}
        />
        <Button
          type="submit"
          color="red.9"
          loading={submitting}
          rightSection={<Kbd size="xs">Ctrl+Enter</Kbd>}
          data-testid="confirm-dnc"
        >
          {t('call.dnc.confirm')}
        </Button>
      </Stack>
    </form>
  );
}
