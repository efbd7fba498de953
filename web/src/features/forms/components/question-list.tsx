import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { focusAfterMove, moveItem } from '../../../lib/move-item.ts';
import { newQuestion, type QuestionDraft, questionIds } from '../utils/form-draft.ts';
import type { FormProblem } from '../utils/form-problems.ts';
import { QuestionCard } from './question-card.tsx';

interface QuestionListProps {
  questions: QuestionDraft[];
  onChange: (questions: QuestionDraft[]) => void;
  /** Problems by path from the form ('questions.1.label'). */
  problems: Readonly<Record<string, FormProblem>>;
}

/** The problems of question `index`, with its prefix taken off ('questions.1.label' → 'label'). */
function problemsOf(problems: Readonly<Record<string, FormProblem>>, index: number) {
  const prefix = `questions.${index}.`;
  return Object.fromEntries(
    Object.entries(problems)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, problem]) => [path.slice(prefix.length), problem]),
  );
}

/** The questions in the order the setter asks them: add, move, remove. */
export function QuestionList({ questions, onChange, problems }: QuestionListProps) {
  const { t } = useTranslation();
  const ids = questionIds(questions);
  const add = () => {
    const fresh = newQuestion();
    onChange([...questions, fresh]);
    requestAnimationFrame(() => document.getElementById(`${fresh.draftId}-label`)?.focus());
  };
  return (
    <Stack gap="sm">
      <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {questions.map((question, index) => (
          <QuestionCard
            key={question.draftId}
            question={question}
            questionId={ids[index] ?? ''}
            n={index + 1}
            last={index === questions.length - 1}
            problems={problemsOf(problems, index)}
            onChange={(patch) =>
              onChange(questions.map((item, at) => (at === index ? { ...item, ...patch } : item)))
            }
            onMove={(offset) => {
              onChange(moveItem(questions, index, offset));
              focusAfterMove(question.draftId, offset < 0 ? 'up' : 'down');
            }}
            onRemove={() => onChange(questions.filter((_, at) => at !== index))}
          />
        ))}
      </Stack>
      <Group gap="xs">
        <Button variant="light" onClick={add}>
          + {t('formBuilder.addQuestion')}
        </Button>
        {problems.questions && (
          <Text size="sm" c="var(--mantine-color-red-light-color)" role="alert">
            {t(`formBuilder.problems.${problems.questions}`)}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
