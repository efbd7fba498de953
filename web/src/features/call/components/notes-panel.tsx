import { Paper, Select, Stack, Textarea, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObjectionDto } from '../../../../../src/contracts/objections.ts';
import { type DraftStore, useDraft } from '../hooks/call-draft.ts';
import { withAskedQuestion } from '../utils/asked-question.ts';

/**
 * What the rep reads before the meeting (the prospect's own questions) and the setter's notes on
 * this call; each field re-renders alone as it is typed.
 */
export const NotesPanel = memo(function NotesPanel({
  store,
  questions,
}: {
  store: DraftStore;
  /** The client's library questions the setter may pick from (free text stays possible). */
  questions: readonly ObjectionDto[];
}) {
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
        <QuestionsAsked store={store} questions={questions} />
        <Notes store={store} />
      </Stack>
    </Paper>
  );
});

function QuestionsAsked({ store, questions }: { store: DraftStore; questions: readonly ObjectionDto[] }) {
  const { t } = useTranslation();
  const value = useDraft(store, (draft) => draft.questionsAsked);
  const pick = (id: string | null) => {
    const question = questions.find((entry) => String(entry.id) === id);
    if (question) store.set((draft) => withAskedQuestion(draft, question));
  };
  return (
    <Stack gap={4}>
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
      {questions.length > 0 && (
        <Select
          size="xs"
          searchable
          clearable={false}
          label={t('knowledge.pickQuestion')}
          placeholder={t('knowledge.pickQuestionPlaceholder')}
          data={questions.map((question) => ({ value: String(question.id), label: question.title }))}
          value={null}
          onChange={pick}
          nothingFoundMessage={t('call.objections.noMatch')}
        />
      )}
    </Stack>
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
