import { Paper, Stack, Textarea, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { type DraftStore, useDraft } from '../hooks/call-draft.ts';

/**
 * What the rep reads before the meeting (the prospect's own questions) and the setter's notes on
 * this call; each field re-renders alone as it is typed.
 */
export const NotesPanel = memo(function NotesPanel({ store }: { store: DraftStore }) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby="notes-title"
      id="notes-panel"
      className="call-panel"
      tabIndex={-1}
    >
      <Title order={2} size="h5" id="notes-title" mb={6}>
        {t('call.notes.title')}
      </Title>
      <Stack gap="xs">
        <QuestionsAsked store={store} />
        <Notes store={store} />
      </Stack>
    </Paper>
  );
});

function QuestionsAsked({ store }: { store: DraftStore }) {
  const { t } = useTranslation();
  const value = useDraft(store, (draft) => draft.questionsAsked);
  return (
    <Textarea
      label={t('qualification.questionsAsked')}
      description={t('qualification.questionsAskedHelp')}
      autosize
      minRows={2}
      maxRows={5}
      maxLength={5000}
      value={value}
      onChange={(event) => store.set({ questionsAsked: event.currentTarget.value })}
    />
  );
}

function Notes({ store }: { store: DraftStore }) {
  const { t } = useTranslation();
  const value = useDraft(store, (draft) => draft.notes);
  return (
    <Textarea
      label={t('qualification.notes')}
      autosize
      minRows={2}
      maxRows={5}
      maxLength={5000}
      value={value}
      onChange={(event) => store.set({ notes: event.currentTarget.value })}
    />
  );
}
