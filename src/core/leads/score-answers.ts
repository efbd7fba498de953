import type { StoredQualificationForm } from '../campaigns/catalog.ts';
import { scoreQualification } from '../qualification/score-qualification.ts';
import { AppError } from '../shared/app-error.ts';
import type { Lead } from './lead.ts';
import type { QualificationInput, ScoredQualification } from './lead-writer.ts';

/** Scores a setter's answers on the lead client's own form; a form of another client is refused. */
export function scoreAnswers(
  lead: Lead,
  form: StoredQualificationForm | undefined,
  input: QualificationInput,
  questionsAsked: string | null,
): ScoredQualification {
  if (!form || form.clientId !== lead.clientId) {
    throw new AppError('VALIDATION', {
      message: 'Unknown qualification form for this lead',
      field: 'qualification.formId',
    });
  }
  const known = new Set(form.questions.map((q) => q.id));
  const unknown = Object.keys(input.answers).find((id) => !known.has(id));
  if (unknown) {
    throw new AppError('VALIDATION', {
      message: `The form has no question "${unknown}"`,
      field: `qualification.answers.${unknown}`,
    });
  }
  const result = scoreQualification(input.answers, form);
  return {
    clientId: lead.clientId,
    leadId: lead.id,
    formId: form.id,
    answers: input.answers,
    score: result.score,
    qualified: result.qualified,
    interest: input.interest,
    questionsAsked: questionsAsked?.trim() || null,
  };
}
