import type { AnswerValue } from '../../../../../src/core/qualification/qualification-form.ts';
import { QuestionField, type QuestionView } from '../../../components/question-field.tsx';
import type { QuestionDraft } from '../utils/form-draft.ts';

interface PreviewFieldProps {
  question: QuestionDraft;
  /** The question's label, or its placeholder name while it has none. */
  label: string;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
}

/**
 * One question as the setter will see it; choices answer with the option's draft id, so the
 * answer survives edits of the option's label.
 */
export function PreviewField({ question, label, value, onChange }: PreviewFieldProps) {
  const view: QuestionView = {
    label,
    type: question.type,
    required: question.required,
    options: question.options.map((option, index) => ({
      value: option.draftId,
      label: option.label.trim() || `#${index + 1}`,
    })),
  };
  return <QuestionField question={view} value={value} onChange={onChange} />;
}
