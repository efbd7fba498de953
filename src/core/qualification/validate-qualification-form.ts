import { criteria, type QualificationForm, questionTypes } from './qualification-form.ts';

/**
 * Problems that make a form unusable, as sentences a manager can act on; empty when the form is
 * fine. Checks: unique non-empty question ids, known types and criteria, choice questions with
 * options (unique values), finite non-negative weights, a threshold within 0..100.
 *
 * @example
 * validateQualificationForm({
 *   threshold: 120,
 *   questions: [
 *     { id: 'q1', label: 'Budget', type: 'single_choice', criterion: 'budget', weight: 1 },
 *     { id: 'q1', label: 'Need', type: 'text', criterion: 'need', weight: -1 },
 *   ],
 * })
 * // ['Threshold must be between 0 and 100 (got 120)',
 * //  'Question "q1" is a choice question without options',
 * //  'Question id "q1" is used more than once',
 * //  'Question "q1" has a negative or invalid weight (-1)']
 */
export function validateQualificationForm(form: QualificationForm): string[] {
  const problems: string[] = [];
  if (!Number.isFinite(form.threshold) || form.threshold < 0 || form.threshold > 100) {
    problems.push(`Threshold must be between 0 and 100 (got ${form.threshold})`);
  }
  const seenIds = new Set<string>();
  for (const question of form.questions) {
    const name = `Question "${question.id}"`;
    if (question.id.trim() === '') problems.push(`Question "${question.label}" has no id`);
    else if (seenIds.has(question.id)) problems.push(`Question id "${question.id}" is used more than once`);
    seenIds.add(question.id);
    if (!questionTypes.includes(question.type))
      problems.push(`${name} has an unknown type "${question.type}"`);
    if (!criteria.includes(question.criterion)) {
      problems.push(`${name} has an unknown criterion "${question.criterion}"`);
    }
    const isChoice = question.type === 'single_choice' || question.type === 'multiple_choice';
    const values = (question.options ?? []).map((option) => option.value);
    if (isChoice && values.length === 0) problems.push(`${name} is a choice question without options`);
    if (new Set(values).size !== values.length) problems.push(`${name} has duplicate option values`);
    if (!Number.isFinite(question.weight) || question.weight < 0) {
      problems.push(`${name} has a negative or invalid weight (${question.weight})`);
    }
  }
  return problems;
}
