import type { BookAppointmentRequest } from '../../../../../src/contracts/appointments.ts';
import type { QualificationFormDto } from '../../../../../src/contracts/campaigns.ts';
import type { CallResult } from '../../../../../src/contracts/dispositions.ts';
import type { LogAttemptRequest } from '../../../../../src/contracts/leads.ts';
import type { AnswerValue, CallDraft } from '../hooks/call-draft.ts';
import { attemptTiming } from './call-timer.ts';

/** The script in front of the setter during the call: outcomes are counted by its version. */
export interface ScriptInUse {
  scriptId: number;
  version: number;
  variantId: number | null;
}

/** What the screen knows besides the draft: the campaign (none for a lead opened directly), form, script. */
export interface AttemptContext {
  campaignId: number | null;
  form: QualificationFormDto | null;
  script: ScriptInUse | null;
  /** The prospect called us. */
  inbound?: boolean;
  /** The client's marketing source the inbound caller named. */
  marketingSourceId?: number | null;
}

/** The disposition chosen: a call result and, for a contact, the outcome and what it asked for. */
export interface DispositionChoice {
  callResult: CallResult;
  outcomeId?: number;
  reasonId?: number | null;
  reasonText?: string;
  callbackAt?: string;
  callbackFor?: 'me' | 'anyone';
}

const isAnswered = (value: AnswerValue | undefined): boolean =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** Only answered questions are sent; an untouched form (and no interest judged) sends nothing. */
export function qualificationPayload(
  form: QualificationFormDto | null,
  draft: Pick<CallDraft, 'answers' | 'interest'>,
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

const scriptFields = (script: ScriptInUse | null) =>
  script
    ? {
        scriptId: script.scriptId,
        scriptVersion: script.version,
        ...(script.variantId !== null ? { scriptVariantId: script.variantId } : {}),
      }
    : {};

/** What only a conversation tells: the form, the prospect's questions and the objections raised. */
function conversationFields(context: AttemptContext, draft: CallDraft) {
  const qualification = qualificationPayload(context.form, draft);
  return {
    ...(draft.questionsAsked.trim() ? { questionsAsked: draft.questionsAsked.trim() } : {}),
    ...(qualification ? { qualification } : {}),
    ...(draft.objections.length > 0
      ? {
          objections: draft.objections.map(({ objectionId, responseId }) => ({ objectionId, responseId })),
        }
      : {}),
  };
}

/**
 * The attempt as POST /api/leads/:id/attempts takes it. Every call carries its timing, notes
 * and script; only a contact carries the outcome, the reason, the qualification, the prospect's
 * questions and the objections (nobody answered them on a no-answer).
 */
export function attemptBody(
  context: AttemptContext,
  draft: CallDraft,
  choice: DispositionChoice,
  now: string,
): LogAttemptRequest {
  const contact = choice.callResult === 'contact_made';
  const reasonText = choice.reasonText?.trim();
  return {
    campaignId: context.campaignId,
    callResult: choice.callResult,
    direction: context.inbound ? 'inbound' : 'outbound',
    ...(context.marketingSourceId ? { marketingSourceId: context.marketingSourceId } : {}),
    ...attemptTiming(draft, draft.shownAt, now),
    callbackFor: choice.callbackFor ?? 'me',
    ...(draft.notes.trim() ? { notes: draft.notes.trim() } : {}),
    ...scriptFields(context.script),
    ...(contact && choice.outcomeId !== undefined ? { outcomeId: choice.outcomeId } : {}),
    ...(contact && choice.reasonId ? { reasonId: choice.reasonId } : {}),
    ...(contact && reasonText ? { reasonText } : {}),
    ...(contact && choice.callbackAt ? { callbackAt: choice.callbackAt } : {}),
    ...(contact ? conversationFields(context, draft) : {}),
  };
}

/** A booking records the call itself (its outcome is the appointment): the same details as any contact. */
export type BookingExtras = Omit<
  BookAppointmentRequest,
  'leadId' | 'meetingTypeId' | 'startsAt' | 'locationKind'
>;

export function bookingExtras(context: AttemptContext, draft: CallDraft, now: string): BookingExtras {
  const {
    startedAt: _startedAt,
    callbackFor: _callbackFor,
    callResult: _result,
    ...rest
  } = attemptBody(context, draft, { callResult: 'contact_made' }, now);
  return { ...rest, campaignId: context.campaignId };
}
