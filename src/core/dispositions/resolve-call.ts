import { AppError } from '../shared/app-error.ts';
import { type CallDisposition, dispositionForCall } from './disposition-for-call.ts';
import { type CallResult, isOtherReason, type Outcome, type OutcomeReason } from './outcome.ts';

/** A call as the setter logs it with two levels: the line's result and, on contact, the outcome. */
export interface TwoLevelCall {
  callResult: CallResult;
  outcomeId: number | null;
  reasonId: number | null;
  reasonText: string | null;
}

/** A validated two-level call and the single-level disposition it amounts to. */
export interface ResolvedCall {
  disposition: CallDisposition;
  callResult: CallResult;
  outcomeId: number | null;
  reasonId: number | null;
  reasonText: string | null;
  /** The reason's label and the setter's words together, for readers of the single-level reason. */
  reason: string | null;
}

/** The client's records the call names, as found by their ids (undefined: no such id). */
export interface CallChoices {
  outcome: Outcome | undefined;
  reason: OutcomeReason | undefined;
}

const invalid = (field: string, message: string) => new AppError('VALIDATION', { message, field });

/**
 * Checks a two-level disposition against the lead's client's outcomes and reasons and derives its
 * effect on the lead. An outcome and a reason belong to a conversation only; an outcome must be
 * the client's and active; one that requires a reason needs a reason of that outcome (the
 * client's, active), and the reason "Other" needs the setter's own words. Another client's outcome
 * or reason is answered like an unknown one. Throws VALIDATION naming the field, or
 * BOOK_THROUGH_CALENDAR for an appointment outcome.
 *
 * @example
 * resolveCall({ callResult: 'busy', outcomeId: null, reasonId: null, reasonText: null }, 1, none)
 * // { disposition: 'busy', callResult: 'busy', outcomeId: null, reasonId: null, reasonText: null, reason: null }
 */
export function resolveCall(call: TwoLevelCall, clientId: number, found: CallChoices): ResolvedCall {
  const reasonText = call.reasonText?.trim() || null;
  if (call.callResult !== 'contact_made') {
    if (call.outcomeId !== null)
      throw invalid('outcomeId', 'An outcome is recorded only when a person was reached (contact_made)');
    if (call.reasonId !== null)
      throw invalid('reasonId', 'A reason is recorded only when a person was reached (contact_made)');
    const effect = dispositionForCall(call.callResult, null);
    if (!effect.ok) throw invalid('callResult', effect.error.message);
    return { ...call, disposition: effect.value, reasonText, reason: reasonText };
  }
  if (call.outcomeId === null) throw invalid('outcomeId', 'Choose the outcome of the conversation');
  const { outcome } = found;
  if (!outcome || outcome.id !== call.outcomeId || outcome.clientId !== clientId || !outcome.active)
    throw invalid('outcomeId', 'This outcome is not one of the client’s active outcomes');
  const effect = dispositionForCall('contact_made', outcome.flags);
  if (!effect.ok) throw new AppError('BOOK_THROUGH_CALENDAR', { ...effect.error, field: 'outcomeId' });
  const reason = requireReason(call, outcome, found.reason, reasonText);
  return {
    disposition: effect.value,
    callResult: 'contact_made',
    outcomeId: outcome.id,
    reasonId: reason?.id ?? null,
    reasonText,
    reason: [reason?.label, reasonText].filter(Boolean).join(': ') || null,
  };
}

function requireReason(
  call: TwoLevelCall,
  outcome: Outcome,
  reason: OutcomeReason | undefined,
  reasonText: string | null,
): OutcomeReason | null {
  if (call.reasonId === null) {
    if (outcome.requiresReason)
      throw invalid('reasonId', `The outcome “${outcome.label}” needs a reason: choose one from the list`);
    return null;
  }
  const matches =
    reason !== undefined &&
    reason.id === call.reasonId &&
    reason.clientId === outcome.clientId &&
    reason.outcomeKey === outcome.key &&
    reason.active;
  if (!matches) throw invalid('reasonId', `This reason is not one of the reasons for “${outcome.label}”`);
  if (isOtherReason(reason) && !reasonText)
    throw invalid('reasonText', 'The reason is “Other”: say why in a few words');
  return reason;
}
