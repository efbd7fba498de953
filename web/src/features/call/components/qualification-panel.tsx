import { Paper, Stack, Text, Title } from '@mantine/core';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { QualificationFormDto } from '../../../../../src/contracts/campaigns.ts';
import { QuestionField } from '../../../components/question-field.tsx';
import { type DraftStore, useDraft } from '../hooks/call-draft.ts';
import { LiveScore } from './live-score.tsx';

interface QualificationPanelProps {
  form: QualificationFormDto | null;
  store: DraftStore;
}

/** The client's questions and the live verdict; the first question has the keyboard when a lead arrives. */
export const QualificationPanel = memo(function QualificationPanel({ form, store }: QualificationPanelProps) {
  const { t } = useTranslation();
  const answers = useDraft(store, (draft) => draft.answers);
  // When a lead comes on screen, the first question takes the keyboard: the setter asks it first.
  const focusFirstQuestion = useCallback((node: HTMLElement | null) => {
    node?.querySelector<HTMLElement>('input:not([type=hidden]), textarea')?.focus();
  }, []);
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby="qualification-title"
      id="qualification-panel"
      className="call-panel call-panel-qualification"
      tabIndex={-1}
    >
      <Title order={2} size="h4" id="qualification-title" mb="xs">
        {form ? form.name : t('qualification.title')}
      </Title>
      <Stack gap="sm">
        {form ? (
          <LiveScore form={form} answers={answers} />
        ) : (
          <Text c="dimmed">{t('qualification.noForm')}</Text>
        )}
        <Stack gap="sm" ref={focusFirstQuestion}>
          {form?.questions.map((question) => (
            <QuestionField
              key={question.id}
              question={{
                ...question,
                required: question.required ?? false,
                options: question.options ?? [],
              }}
              value={answers[question.id]}
              onChange={(value) =>
                store.set((draft) => ({ answers: { ...draft.answers, [question.id]: value } }))
              }
            />
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
});
