import {
  ActionIcon,
  Code,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type Criterion,
  criteria,
  type QuestionType,
  questionTypes,
} from '../../../../../src/core/qualification/qualification-form.ts';
import { isChoice, isScaled, type QuestionDraft } from '../utils/form-draft.ts';
import type { FormProblem } from '../utils/form-problems.ts';
import { BandsEditor } from './bands-editor.tsx';
import { OptionsEditor } from './options-editor.tsx';

interface QuestionCardProps {
  question: QuestionDraft;
  /** The id answers are stored under, as it will be saved. */
  questionId: string;
  n: number;
  last: boolean;
  /** Problems by path below this question: 'label', 'options.0.points'. */
  problems: Readonly<Record<string, FormProblem>>;
  onChange: (patch: Partial<QuestionDraft>) => void;
  onMove: (offset: number) => void;
  onRemove: () => void;
}

/** One question: what is asked, how it is answered, what it judges and how much it weighs. */
export function QuestionCard({ question, questionId, n, last, problems, ...on }: QuestionCardProps) {
  const { t } = useTranslation();
  const name = question.label.trim() || t('formBuilder.unnamed', { n });
  const problemText = (problem: FormProblem | undefined) =>
    problem ? t(`formBuilder.problems.${problem}`) : null;
  return (
    <Paper component="li" withBorder p="sm" aria-label={name} data-testid="question-card">
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Text fw={700} w={24} mt={6} aria-hidden="true">
            {n}
          </Text>
          <Stack gap={2} style={{ flex: 1 }}>
            <TextInput
              id={`${question.draftId}-label`}
              label={t('formBuilder.question')}
              required
              value={question.label}
              onChange={(event) => on.onChange({ label: event.currentTarget.value })}
              error={problemText(problems.label)}
            />
            <Text size="xs" c="dimmed">
              {t('formBuilder.questionId')} <Code>{questionId}</Code> ·{' '}
              {question.savedId ? t('formBuilder.idLocked') : t('formBuilder.idGenerated')}
            </Text>
          </Stack>
          <Group gap={4} wrap="nowrap" mt={24}>
            <ActionIcon
              id={`${question.draftId}-up`}
              variant="default"
              aria-label={t('formBuilder.moveUp', { name })}
              disabled={n === 1}
              onClick={() => on.onMove(-1)}
            >
              <span aria-hidden="true">↑</span>
            </ActionIcon>
            <ActionIcon
              id={`${question.draftId}-down`}
              variant="default"
              aria-label={t('formBuilder.moveDown', { name })}
              disabled={last}
              onClick={() => on.onMove(1)}
            >
              <span aria-hidden="true">↓</span>
            </ActionIcon>
            <ActionIcon
              variant="default"
              aria-label={t('formBuilder.remove', { name })}
              onClick={on.onRemove}
            >
              <span aria-hidden="true">×</span>
            </ActionIcon>
          </Group>
        </Group>
        <Group gap="sm" align="flex-start" pl={32}>
          <NativeSelect
            label={t('formBuilder.type')}
            value={question.type}
            data={questionTypes.map((type) => ({ value: type, label: t(`formBuilder.types.${type}`) }))}
            onChange={(event) => on.onChange({ type: event.currentTarget.value as QuestionType })}
          />
          <NativeSelect
            label={t('formBuilder.criterion')}
            value={question.criterion}
            data={criteria.map((criterion) => ({
              value: criterion,
              label: t(`formBuilder.criteria.${criterion}`),
            }))}
            onChange={(event) => on.onChange({ criterion: event.currentTarget.value as Criterion })}
          />
          <NumberInput
            label={t('formBuilder.weight')}
            description={t('formBuilder.weightHelp')}
            w={130}
            min={0}
            max={100}
            clampBehavior="none"
            value={question.weight}
            onChange={(value) => on.onChange({ weight: typeof value === 'number' ? value : Number.NaN })}
            error={problemText(problems.weight)}
          />
          <Switch
            mt={30}
            label={t('formBuilder.required')}
            checked={question.required}
            onChange={(event) => on.onChange({ required: event.currentTarget.checked })}
          />
        </Group>
        <Stack pl={32}>
          {isChoice(question.type) && (
            <OptionsEditor
              question={name}
              options={question.options}
              onChange={(options) => on.onChange({ options })}
              problems={problems}
            />
          )}
          {isScaled(question.type) && (
            <BandsEditor
              question={name}
              money={question.type === 'money'}
              bands={question.bands}
              onChange={(bands) => on.onChange({ bands })}
              problems={problems}
            />
          )}
          {!isChoice(question.type) && !isScaled(question.type) && (
            <Text size="sm" c="dimmed">
              {t('formBuilder.answeredScores')}
            </Text>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
