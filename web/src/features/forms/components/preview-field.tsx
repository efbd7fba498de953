import { Checkbox, Group, NumberInput, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import type { AnswerValue } from '../../../../../src/core/qualification/qualification-form.ts';
import type { QuestionDraft } from '../utils/form-draft.ts';

interface PreviewFieldProps {
  question: QuestionDraft;
  /** The question's label, or its placeholder name while it has none. */
  label: string;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
}

const asString = (value: AnswerValue | undefined): string => (typeof value === 'string' ? value : '');
const asList = (value: AnswerValue | undefined): string[] => (Array.isArray(value) ? value : []);
const asNumber = (value: AnswerValue | undefined): number | string =>
  typeof value === 'number' ? value : '';

/**
 * One question as the setter will see it; choices answer with the option's draft id, so the
 * answer survives edits of the option's label.
 */
export function PreviewField({ question, label, value, onChange }: PreviewFieldProps) {
  const common = { label, required: question.required };
  const options = question.options.map((option, index) => ({
    value: option.draftId,
    label: option.label.trim() || `#${index + 1}`,
  }));
  switch (question.type) {
    case 'single_choice':
      return (
        <Radio.Group {...common} value={asString(value)} onChange={(next) => onChange(next)}>
          <Group gap="sm" mt={4}>
            {options.map((option) => (
              <Radio key={option.value} value={option.value} label={option.label} />
            ))}
          </Group>
        </Radio.Group>
      );
    case 'multiple_choice':
      return (
        <Checkbox.Group {...common} value={asList(value)} onChange={(next) => onChange(next)}>
          <Stack gap={4} mt={4}>
            {options.map((option) => (
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
          onChange={(next) => onChange(typeof next === 'number' ? next : null)}
        />
      );
    case 'date':
      return (
        <TextInput
          {...common}
          type="date"
          value={asString(value)}
          onChange={(event) => onChange(event.currentTarget.value || null)}
        />
      );
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
