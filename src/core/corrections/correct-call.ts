import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess } from '../access/actor.ts';
import type { CallResult } from '../dispositions/outcome.ts';
import { requireFutureCallback } from '../leads/attempt-guards.ts';
import { resolveLoggedDisposition } from '../leads/call-disposition.ts';
import { contactDispositions, type LeadStatus } from '../leads/lead.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import { applyCorrectedHistory } from './apply-lead-state.ts';
import { callSnapshot, latestCallId, sameCall } from './call-snapshot.ts';
import type { CallSnapshot, CorrectionPort, StoredCall } from './correction-ports.ts';
import { editProblem, requireCorrectionReason, requireNoProblem } from './correction-rules.ts';

export interface CallCorrectionInput {
  callResult: CallResult;
  outcomeId: number | null;
  reasonId: number | null;
  reasonText: string | null;
  notes: string | null;
  /** Needed when the corrected outcome is a callback and this is the lead's latest call. */
  callbackAt: Temporal.Instant | null;
  callbackFor: 'me' | 'anyone';
  /** Why the call is corrected; kept with the before and after. */
  reason: string;
}

export interface CorrectedCall {
  correctionId: number;
  leadStatus: LeadStatus;
  callbackId: number | null;
}

/**
 * Corrects a call's result, outcome, reason or notes after the fact and recomputes what follows:
 * the lead's status from its latest call and appointments, its callbacks and counts. A correction
 * to "do not call" lists the number at once; a correction away from it leaves the entry in place
 * (lifting one is a manager's decision). A call that booked an appointment is changed through the
 * appointment, and no correction books one.
 */
export async function correctCall(
  port: CorrectionPort,
  actor: Actor,
  attemptId: number,
  input: CallCorrectionInput,
  now: Temporal.Instant,
): Promise<CorrectedCall> {
  const why = requireCorrectionReason(input.reason);
  return port.transaction(async (writer) => {
    const call = await writer.findCall(attemptId);
    if (!call) throw notFound('Call');
    requireClientAccess(actor, call.clientId, 'Call');
    requireNoProblem(editProblem(actor, call, now));
    requireNotBooking(call);
    const lead = await writer.lockLead(call.leadId);
    if (!lead) throw notFound('Lead');
    // Taken before anything is written: the audit's before is what the call said.
    const before = callSnapshot(call);
    const after = await correctedSnapshot(port, call, lead, input);
    if (sameCall(call, after))
      throw new AppError('VALIDATION', { message: 'Nothing changed in the call', field: 'callResult' });
    const history = await writer.history(lead);
    const isLatest = latestCallId(history) === call.id;
    const fact = history.calls.find((c) => c.id === call.id);
    // A callback call whose text alone changes keeps its callback; a new time makes a new one.
    const keepsCallback =
      after.disposition === 'call_back' && call.disposition === 'call_back' && input.callbackAt === null;
    let callbackId: number | null = keepsCallback ? (fact?.callbackId ?? null) : null;
    let callbackDueAt: Temporal.Instant | null = keepsCallback ? (fact?.callbackDueAt ?? null) : null;
    if (after.disposition === 'call_back' && isLatest && !keepsCallback) {
      callbackDueAt = requireFutureCallback(input.callbackAt, now);
      callbackId = await writer.insertCallback({
        clientId: lead.clientId,
        leadId: lead.id,
        campaignId: call.campaignId,
        ownerUserId: input.callbackFor === 'me' ? call.setterId : null,
        dueAt: callbackDueAt,
        note: after.notes,
        createdByUserId: actor.userId,
        now,
      });
    }
    await writer.updateCall(call.id, { ...after, contact: contactDispositions.includes(after.disposition) });
    const listsNumber = after.disposition === 'do_not_call' && call.disposition !== 'do_not_call';
    if (listsNumber) {
      const phones = lead.phones.map((p) => p.e164);
      await writer.insertDnc({ clientId: lead.clientId, phones, source: 'call', userId: actor.userId, now });
    }
    const corrected = {
      ...history,
      onDoNotCallList: history.onDoNotCallList || listsNumber,
      calls: history.calls.map((c) =>
        c.id === call.id ? { ...c, disposition: after.disposition, callbackId, callbackDueAt } : c,
      ),
    };
    const { fromStatus, toStatus } = await applyCorrectedHistory(
      writer,
      lead,
      corrected,
      call.campaignId,
      now,
      [fact?.callbackId ?? null],
    );
    const correctionId = await writer.insertCorrection({
      clientId: lead.clientId,
      leadId: lead.id,
      actorUserId: actor.userId,
      subject: 'attempt',
      subjectId: call.id,
      action: 'edit',
      reason: why,
      before: { ...before },
      after: { ...after },
      fromStatus,
      toStatus,
      now,
    });
    await writer.insertEvent({
      clientId: lead.clientId,
      leadId: lead.id,
      actorUserId: actor.userId,
      type: 'call_corrected',
      fromStatus,
      toStatus,
      reason: why,
      data: { attemptId: call.id, callbackId, correctionId },
      now,
    });
    return { correctionId, leadStatus: toStatus, callbackId };
  });
}

function requireNotBooking(call: StoredCall): void {
  if (call.disposition === 'appointment_set') {
    throw new AppError('CALL_NOT_UNDOABLE', {
      message: 'This call booked an appointment: cancel or move the appointment instead',
      field: 'attemptId',
    });
  }
}

/** The call as corrected, checked against the client's outcomes and reasons like a new call. */
async function correctedSnapshot(
  port: CorrectionPort,
  call: StoredCall,
  lead: Parameters<typeof resolveLoggedDisposition>[1],
  input: CallCorrectionInput,
): Promise<CallSnapshot> {
  const resolved = await resolveLoggedDisposition(port.details, lead, {
    call: {
      callResult: input.callResult,
      outcomeId: input.outcomeId,
      reasonId: input.reasonId,
      reasonText: input.reasonText?.trim() || null,
    },
    reason: null,
  });
  const [outcome, reason] = await Promise.all([
    resolved.outcome.outcomeId === null ? undefined : port.details.findOutcome(resolved.outcome.outcomeId),
    resolved.outcome.reasonId === null
      ? undefined
      : port.details.findOutcomeReason(resolved.outcome.reasonId),
  ]);
  return {
    disposition: resolved.disposition,
    callResult: resolved.outcome.callResult,
    outcomeId: resolved.outcome.outcomeId,
    outcomeLabel: outcome?.label ?? null,
    reasonId: resolved.outcome.reasonId,
    reasonLabel: reason?.label ?? null,
    reasonText: resolved.outcome.reasonText,
    reason: resolved.reason,
    notes: input.notes === null ? call.notes : input.notes.trim() || null,
  };
}
