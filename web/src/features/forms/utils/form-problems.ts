import { validateQualificationForm } from '../../../../../src/core/qualification/validate-qualification-form.ts';
import { draftToForm, type FormDraft, isChoice, isScaled } from './form-draft.ts';

/** What can be wrong with one field; the page words it in the user's language. */
export type FormProblem = 'required' | 'points' | 'weight' | 'threshold' | 'noOptions' | 'noQuestions';

const isPoints = (value: number) => Number.isFinite(value) && value >= 0 && value <= 100;

/**
 * Problems by field path, for the messages beside the fields: `name`, `threshold`, `questions`,
 * `questions.1.label`, `questions.1.weight`, `questions.1.options`, `questions.1.options.0.label`,
 * `questions.1.options.0.points`, `questions.2.bands.0.atLeast`, `questions.2.bands.0.points`.
 */
export function formProblems(draft: FormDraft): Record<string, FormProblem> {
  const problems: Record<string, FormProblem> = {};
  if (!draft.name.trim()) problems.name = 'required';
  if (!isPoints(draft.threshold)) problems.threshold = 'threshold';
  if (draft.questions.length === 0) problems.questions = 'noQuestions';
  draft.questions.forEach((question, q) => {
    const at = `questions.${q}`;
    if (!question.label.trim()) problems[`${at}.label`] = 'required';
    if (!Number.isFinite(question.weight) || question.weight < 0) problems[`${at}.weight`] = 'weight';
    if (isChoice(question.type)) {
      if (question.options.length === 0) problems[`${at}.options`] = 'noOptions';
      question.options.forEach((option, o) => {
        if (!option.label.trim()) problems[`${at}.options.${o}.label`] = 'required';
        if (!isPoints(option.points)) problems[`${at}.options.${o}.points`] = 'points';
      });
    }
    if (isScaled(question.type)) {
      question.bands.forEach((band, b) => {
        if (!Number.isFinite(band.atLeast)) problems[`${at}.bands.${b}.atLeast`] = 'required';
        if (!isPoints(band.points)) problems[`${at}.bands.${b}.points`] = 'points';
      });
    }
  });
  return problems;
}

/**
 * Everything that stops the form from being saved: the field problems, and the sentences of the
 * rule the server applies (the same function), so what the page accepts the server accepts.
 */
export function formRuleProblems(draft: FormDraft): string[] {
  return validateQualificationForm(draftToForm(draft));
}
