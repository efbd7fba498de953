import type { CallDisposition } from '../dispositions/disposition-for-call.ts';
import { resolveCall, type TwoLevelCall } from '../dispositions/resolve-call.ts';
import { AppError } from '../shared/app-error.ts';
import type { AttemptDetails, CallDetailsPort } from './call-details.ts';
import type { Lead } from './lead.ts';
import { requireDispositionReason } from './lead-status.ts';

/** A call's effect on the lead and what it records of the outcome, whichever way it was logged. */
export interface LoggedDisposition {
  disposition: CallDisposition;
  /** The single-level reason older readers show: the free text, or the reason's label and text. */
  reason: string | null;
  outcome: Pick<AttemptDetails, 'callResult' | 'outcomeId' | 'reasonId' | 'reasonText'>;
  /** The client's outcome's label, as the call's record shows it; null for a single-level call. */
  outcomeLabel: string | null;
}

/**
 * Either the single-level disposition (with its free-text reason, as before two-level
 * dispositions) or the call result with the client's outcome and reason, never both.
 */
export async function resolveLoggedDisposition(
  port: CallDetailsPort | undefined,
  lead: Lead,
  input: { disposition?: CallDisposition | null; call?: TwoLevelCall | null; reason: string | null },
): Promise<LoggedDisposition> {
  const { disposition, call } = input;
  if (disposition && call) {
    throw new AppError('VALIDATION', {
      message: 'Send either a disposition or a call result, not both',
      field: 'callResult',
    });
  }
  if (disposition) {
    requireDispositionReason(disposition, input.reason);
    const outcome = { callResult: null, outcomeId: null, reasonId: null, reasonText: null };
    return { disposition, reason: input.reason, outcome, outcomeLabel: null };
  }
  if (!call) {
    throw new AppError('VALIDATION', { message: 'Choose the call result', field: 'callResult' });
  }
  if (!port) throw new AppError('INTERNAL', { message: 'Outcomes cannot be read here' });
  const [outcome, reason] = await Promise.all([
    call.outcomeId === null ? undefined : port.findOutcome(call.outcomeId),
    call.reasonId === null ? undefined : port.findOutcomeReason(call.reasonId),
  ]);
  const resolved = resolveCall({ ...call, reasonText: call.reasonText ?? input.reason }, lead.clientId, {
    outcome,
    reason,
  });
  return {
    disposition: resolved.disposition,
    reason: resolved.reason,
    outcome: {
      callResult: resolved.callResult,
      outcomeId: resolved.outcomeId,
      reasonId: resolved.reasonId,
      reasonText: resolved.reasonText,
    },
    outcomeLabel: resolved.outcomeId === null ? null : (outcome?.label ?? null),
  };
}
