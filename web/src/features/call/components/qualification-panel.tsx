import { Divider, Paper, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { QualificationFormDto } from '../../../../../src/contracts/campaigns.ts';
import { interestLevels } from '../../../../../src/core/qualification/qualification-form.ts';
import type { AnswerValue, CallDraft, Interest } from '../hooks/use-call-draft.ts';
import { LiveScore } from './live-score.tsx';
import { QuestionField } from './question-field.tsx';

interface QualificationPanelProps {
  form: QualificationFormDto | null;
  draft: CallDraft;
  update: (patch: Partial<CallDraft>) => void;
  setAnswer: (questionId: string, value: AnswerValue) => void;
}

const isInterest = (value: string): value is Interest =>
  (interestLevels as readonly string[]).includes(value);

/** The client's questions, the live verdict, the prospect's own questions and notes for the rep. */
export function QualificationPanel({ form, draft, update, setAnswer }: QualificationPanelProps) {
  const { t } = useTranslation();
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
      className="call-panel"
      tabIndex={-1}
    >
      <Title order={2} size="h4" id="qualification-title" mb="xs">
        {form ? form.name : t('qualification.title')}
      </Title>
      <Stack gap="sm">
        {form ? (
          <LiveScore form={form} answers={draft.answers} />
        ) : (
          <Text c="dimmed">{t('qualification.noForm')}</Text>
        )}
        <Stack gap="sm" ref={focusFirstQuestion}>
          {form?.questions.map((question) => (
            <QuestionField
              key={question.id}
              question={question}
              value={draft.answers[question.id]}
              onChange={(value) => setAnswer(question.id, value)}
            />
          ))}
        </Stack>
        <Divider />
        <div>
          <Text size="sm" fw={500} id="interest-label" mb={4}>
            {t('qualification.interest')}
          </Text>
          <SegmentedControl
            fullWidth
            aria-labelledby="interest-label"
            value={draft.interest ?? ''}
            onChange={(value) => update({ interest: isInterest(value) ? value : null })}
            data={[
              { value: '', label: t('interest.unknown') },
              ...interestLevels.map((level) => ({ value: level, label: t(`interest.${level}`) })),
            ]}
          />
        </div>
        <Textarea
          label={t('qualification.questionsAsked')}
          description={t('qualification.questionsAskedHelp')}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={5000}
          value={draft.questionsAsked}
          onChange={(event) => update({ questionsAsked: event.currentTarget.value })}
        />
        <Textarea
          label={t('qualification.notes')}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={5000}
          value={draft.notes}
          onChange={(event) => update({ notes: event.currentTarget.value })}
        />
      </Stack>
    </Paper>
  );
}
