import type { QualificationFormDto } from '../../../../../src/contracts/campaigns.ts';
import type { DispositionName, LogAttemptRequest } from '../../../../../src/contracts/leads.ts';
import { contactDispositions } from '../../../../../src/core/leads/lead.ts';
import type { AnswerValue, CallDraft } from '../hooks/use-call-draft.ts';

const isAnswered = (value: AnswerValue | undefined): boolean =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** Only answered questions are sent; an untouched form sends no qualification at all. */
export function qualificationPayload(
  form: QualificationFormDto | null,
  draft: CallDraft,
): LogAttemptRequest['qualification'] {
  if (!form) return undefined;
  const answers = Object.fromEntries(
    form.questions
      .filter((question) => isAnswered(draft.answers[question.id]))
      .map((question) => [question.id, draft.answers[question.id] ?? null]),
  );
  if (Object.keys(answers).length === 0 && !draft.interest) return undefined;
  return { formId: form.id, answers, interest: draft.interest };
}

/** What every outcome of this call carries: timing, notes, the prospect's questions, the form. */
export function callContext(form: QualificationFormDto | null, draft: CallDraft, now: Date) {
  const started = Date.parse(draft.startedAt);
  const durationSeconds = Number.isFinite(started)
    ? Math.max(0, Math.round((now.getTime() - started) / 1000))
    : 0;
  const qualification = qualificationPayload(form, draft);
  return {
    startedAt: draft.startedAt,
    durationSeconds: Math.min(durationSeconds, 86_400),
    ...(draft.notes.trim() ? { notes: draft.notes.trim() } : {}),
    ...(draft.questionsAsked.trim() ? { questionsAsked: draft.questionsAsked.trim() } : {}),
    ...(qualification ? { qualification } : {}),
  };
}

/** No-contact outcomes say nothing about the prospect: only the timing and the notes go with them. */
export function attemptBody(
  campaignId: number,
  disposition: DispositionName,
  form: QualificationFormDto | null,
  draft: CallDraft,
  extra: Partial<LogAttemptRequest> = {},
): LogAttemptRequest {
  const context = callContext(form, draft, new Date());
  const contact = contactDispositions.includes(disposition);
  return {
    campaignId,
    disposition,
    callbackFor: 'me',
    startedAt: context.startedAt,
    durationSeconds: context.durationSeconds,
    ...(context.notes ? { notes: context.notes } : {}),
    ...(contact && context.questionsAsked ? { questionsAsked: context.questionsAsked } : {}),
    ...(contact && context.qualification ? { qualification: context.qualification } : {}),
    ...extra,
  };
}
