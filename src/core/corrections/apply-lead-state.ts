import type { Temporal } from 'temporal-polyfill';
import type { Lead, LeadStatus } from '../leads/lead.ts';
import type { CorrectionWriter } from './correction-ports.ts';
import { type LeadHistory, type LeadState, recomputeLeadState } from './lead-state.ts';

/** The events a correction writes to the lead's log; the timeline tells them by their correction. */
export const correctionEventTypes: ReadonlySet<string> = new Set([
  'call_undone',
  'call_corrected',
  'appointment_corrected',
  'dnc_lifted',
]);

/**
 * Recomputes the lead from its corrected history and writes the result (status, counts, next call
 * time, callbacks). Returns the status before and after.
 */
export async function applyCorrectedHistory(
  writer: CorrectionWriter,
  lead: Lead,
  history: LeadHistory,
  campaignId: number | null,
  now: Temporal.Instant,
  /** Callbacks the correction took off the call (its outcome changed): cancelled unless live. */
  released: readonly (number | null)[] = [],
): Promise<{ fromStatus: LeadStatus; toStatus: LeadStatus; state: LeadState }> {
  const state = recomputeLeadState(history, await writer.retryPolicy(campaignId));
  const linked = [
    ...history.calls.map((call) => call.callbackId),
    ...history.appointments.map((appointment) => appointment.rebookCallbackId),
    ...released,
  ].filter((id): id is number => id !== null);
  await writer.applyLeadState(lead, state, linked, now);
  return { fromStatus: lead.status, toStatus: state.status, state };
}
