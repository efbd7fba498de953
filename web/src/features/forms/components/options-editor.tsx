import { ActionIcon, Button, Checkbox, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newOption, type OptionDraft, optionValues } from '../utils/form-draft.ts';
import type { FormProblem } from '../utils/form-problems.ts';

interface OptionsEditorProps {
  /** The question's label, to name each control ("Option 2 of Do you own the home?"). */
  question: string;
  options: OptionDraft[];
  onChange: (options: OptionDraft[]) => void;
  /** The question's problems: 'options', 'options.1.label', 'options.1.points'. */
  problems: Readonly<Record<string, FormProblem>>;
}

/** The answers a choice question offers: each with its points and whether it knocks the lead out. */
export function OptionsEditor({ question, options, onChange, problems }: OptionsEditorProps) {
  const { t } = useTranslation();
  const values = optionValues(options);
  const update = (index: number, patch: Partial<OptionDraft>) =>
    onChange(options.map((option, at) => (at === index ? { ...option, ...patch } : option)));
  const add = () => {
    const fresh = newOption();
    onChange([...options, fresh]);
    requestAnimationFrame(() => document.getElementById(`${fresh.draftId}-label`)?.focus());
  };
  const problemText = (problem: FormProblem | undefined) =>
    problem ? t(`formBuilder.problems.${problem}`) : null;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {t('formBuilder.options')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('formBuilder.optionsHelp')}
      </Text>
      {options.map((option, index) => {
        const n = index + 1;
        return (
          <Group key={option.draftId} gap="xs" align="flex-start" wrap="nowrap" data-testid="option-row">
            <TextInput
              id={`${option.draftId}-label`}
              aria-label={t('formBuilder.optionLabel', { n, question })}
              placeholder={t('formBuilder.optionPlaceholder')}
              value={option.label}
              onChange={(event) => update(index, { label: event.currentTarget.value })}
              error={problemText(problems[`options.${index}.label`])}
              description={values[index]}
              inputWrapperOrder={['input', 'description', 'error']}
              style={{ flex: 1 }}
            />
            <NumberInput
              aria-label={t('formBuilder.optionPoints', { n, question })}
              w={90}
              min={0}
              max={100}
              clampBehavior="none"
              allowNegative={false}
              suffix={` ${t('formBuilder.pointsUnit')}`}
              value={option.points}
              onChange={(value) => update(index, { points: typeof value === 'number' ? value : Number.NaN })}
              error={problemText(problems[`options.${index}.points`])}
            />
            <Checkbox
              mt={8}
              label={t('formBuilder.knockOut')}
              aria-label={t('formBuilder.knockOutOf', { n, question })}
              checked={option.knockOut}
              onChange={(event) => update(index, { knockOut: event.currentTarget.checked })}
            />
            <ActionIcon
              mt={4}
              variant="default"
              aria-label={t('formBuilder.removeOption', { n, question })}
              onClick={() => onChange(options.filter((_, at) => at !== index))}
            >
              <span aria-hidden="true">×</span>
            </ActionIcon>
          </Group>
        );
      })}
      <Group gap="xs">
        <Button variant="subtle" size="xs" onClick={add}>
          + {t('formBuilder.addOption')}
        </Button>
        {problems.options && (
          <Text size="xs" c="var(--mantine-color-red-light-color)" role="alert">
            {t(`formBuilder.problems.${problems.options}`)}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
