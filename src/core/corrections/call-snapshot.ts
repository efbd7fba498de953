import type { CallSnapshot } from './correction-ports.ts';
import { countingCalls, type LeadHistory } from './lead-state.ts';

/** What the call said, for the before and after of its correction. */
export function callSnapshot(call: CallSnapshot): CallSnapshot {
  return {
    disposition: call.disposition,
    callResult: call.callResult,
    outcomeId: call.outcomeId,
    outcomeLabel: call.outcomeLabel,
    reasonId: call.reasonId,
    reasonLabel: call.reasonLabel,
    reasonText: call.reasonText,
    reason: call.reason,
    notes: call.notes,
  };
}

/** Whether a correction would change nothing a person reads. */
export function sameCall(a: CallSnapshot, b: CallSnapshot): boolean {
  return (
    a.disposition === b.disposition &&
    a.callResult === b.callResult &&
    a.outcomeId === b.outcomeId &&
    a.reasonId === b.reasonId &&
    (a.reasonText ?? '') === (b.reasonText ?? '') &&
    (a.notes ?? '') === (b.notes ?? '')
  );
}

/** The lead's latest call that still counts (the one an undo may take back). */
export function latestCallId(history: Pick<LeadHistory, 'calls'>): number | null {
  return countingCalls(history).at(-1)?.id ?? null;
}
