import type { Answers, AnswerValue } from '../../../../../src/core/qualification/qualification-form.ts';
import { type FormDraft, isChoice, isScaled, optionValues, questionIds } from './form-draft.ts';

/**
 * What the manager answered in the preview, by question draft id; a choice by option draft ids,
 * so answers survive the label edits that change new ids and values.
 */
export type PreviewAnswers = Record<string, AnswerValue>;

/**
 * The preview's answers as the scoring rule reads them: under each question's id, choices as
 * option values; an answer that no longer fits the question's type (it was changed) is no answer.
 *
 * @example
 * previewAnswers(draft, { 'question-1': ['option-2'] }) // { homeowner: 'rent' }
 */
export function previewAnswers(draft: FormDraft, answers: PreviewAnswers): Answers {
  const ids = questionIds(draft.questions);
  return Object.fromEntries(
    draft.questions.map((question, q) => {
      const raw = answers[question.draftId] ?? null;
      const id = ids[q] ?? '';
      if (isChoice(question.type)) {
        const values = optionValues(question.options);
        const picked = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [];
        const chosen = question.options.flatMap((option, o) =>
          picked.includes(option.draftId) ? [values[o] ?? ''] : [],
        );
        return [id, question.type === 'single_choice' ? (chosen[0] ?? null) : chosen];
      }
      if (isScaled(question.type)) return [id, typeof raw === 'number' ? raw : null];
      return [id, typeof raw === 'string' ? raw : null];
    }),
  );
}
