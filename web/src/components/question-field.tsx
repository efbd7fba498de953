import { Checkbox, Group, NumberInput, Radio, Stack, Textarea } from '@mantine/core';
import type { AnswerValue, QuestionType } from '../../../src/core/qualification/qualification-form.ts';
import { DateField } from '../components/typed-date-time-field.tsx';

/** What drawing a question needs: its label, type and (for choices) the options' values. */
export interface QuestionView {
  label: string;
  type: QuestionType;
  required: boolean;
  options: readonly { value: string; label: string }[];
}

interface QuestionFieldProps {
  question: QuestionView;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
}

const asString = (value: AnswerValue | undefined): string => (typeof value === 'string' ? value : '');
const asList = (value: AnswerValue | undefined): string[] => (Array.isArray(value) ? value : []);
const asNumber = (value: AnswerValue | undefined): number | string =>
  typeof value === 'number' ? value : '';

/**
 * One qualification question, with the control its type calls for; every control is labelled.
 * The call screen and the form builder's preview both draw questions with it, so a manager
 * previews exactly what the setter will see.
 */
export function QuestionField({ question, value, onChange }: QuestionFieldProps) {
  const common = { label: question.label, required: question.required };
  switch (question.type) {
    case 'single_choice':
      return (
        <Radio.Group {...common} value={asString(value)} onChange={(next) => onChange(next)}>
          <Group gap="sm" mt={4}>
            {question.options.map((option) => (
              <Radio key={option.value} value={option.value} label={option.label} />
            ))}
          </Group>
        </Radio.Group>
      );
    case 'multiple_choice':
      return (
        <Checkbox.Group {...common} value={asList(value)} onChange={(next) => onChange(next)}>
          <Stack gap={4} mt={4}>
            {question.options.map((option) => (
              <Checkbox key={option.value} value={option.value} label={option.label} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'number':
    case 'money':
      return (
        <NumberInput
          {...common}
          value={asNumber(value)}
          thousandSeparator={question.type === 'money' ? ' ' : undefined}
          decimalScale={question.type === 'money' ? 2 : undefined}
          min={0}
          onChange={(next) => onChange(typeof next === 'number' ? next : null)}
        />
      );
    case 'date':
      return <DateField {...common} value={asString(value)} onChange={(value) => onChange(value || null)} />;
    case 'text':
      return (
        <Textarea
          {...common}
          autosize
          minRows={1}
          maxRows={4}
          value={asString(value)}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    default: {
      const unreachable: never = question.type;
      return String(unreachable);
    }
  }
}
