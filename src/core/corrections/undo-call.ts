import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import type { LeadStatus } from '../leads/lead.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import { applyCorrectedHistory } from './apply-lead-state.ts';
import { callSnapshot, latestCallId } from './call-snapshot.ts';
import type { CorrectionPort } from './correction-ports.ts';
import { requireNoProblem, undoProblem } from './correction-rules.ts';

export interface UndoneCall {
  leadId: number;
  leadStatus: LeadStatus;
  /** The lead is back with the setter (false when another setter took it meanwhile). */
  leased: boolean;
  /** The call had put the number on the do-not-call list: that stays until a manager lifts it. */
  doNotCallKept: boolean;
}

/**
 * Undoes the setter's last call right after saving it (a wrong key): the call stays, marked undone,
 * and counts nowhere; the lead returns to the state before it — status, counts, next call time, the
 * callback it closed pending again, the callback it created cancelled — and back to the setter, who
 * records the right outcome. A do-not-call the call asked for is never lifted by an undo: the number
 * stays listed and the lead `dnc` until a manager lifts it with a reason (liftDnc). A call that
 * booked an appointment is not undone either: the appointment (and the invites already sent) is
 * cancelled or moved through the appointment.
 */
export async function undoCall(
  port: CorrectionPort,
  actor: Actor,
  attemptId: number,
  reason: string | null,
  now: Temporal.Instant,
): Promise<UndoneCall> {
  requireRole(actor, ['setter', 'manager', 'admin']);
  return port.transaction(async (writer) => {
    const call = await writer.findCall(attemptId);
    if (!call) throw notFound('Call');
    requireClientAccess(actor, call.clientId, 'Call');
    const lead = await writer.lockLead(call.leadId);
    if (!lead) throw notFound('Lead');
    const history = await writer.history(lead);
    requireNoProblem(undoProblem(actor, call, latestCallId(history) === call.id, now));
    if (call.disposition === 'appointment_set') {
      throw new AppError('CALL_NOT_UNDOABLE', {
        message: 'This call booked an appointment: cancel or move the appointment instead',
        field: 'attemptId',
      });
    }
    await writer.markUndone(call.id, actor.userId, now);
    const corrected = {
      ...history,
      calls: history.calls.map((c) => (c.id === call.id ? { ...c, undone: true } : c)),
    };
    const { fromStatus, toStatus } = await applyCorrectedHistory(
      writer,
      lead,
      corrected,
      call.campaignId,
      now,
    );
    // A lead a do-not-call still closes is not handed back: there is nothing left to record on it.
    const leased =
      !history.onDoNotCallList &&
      (await writer.lease(lead.id, actor.userId, now.add({ minutes: port.leaseMinutes }), now));
    const correctionId = await writer.insertCorrection({
      clientId: lead.clientId,
      leadId: lead.id,
      actorUserId: actor.userId,
      subject: 'attempt',
      subjectId: call.id,
      action: 'undo',
      reason: reason?.trim() ?? '',
      before: { ...callSnapshot(call) },
      after: { undone: true },
      fromStatus,
      toStatus,
      now,
    });
    await writer.insertEvent({
      clientId: lead.clientId,
      leadId: lead.id,
      actorUserId: actor.userId,
      type: 'call_undone',
      fromStatus,
      toStatus,
      reason: reason?.trim() || null,
      data: { attemptId: call.id, correctionId },
      now,
    });
    return { leadId: lead.id, leadStatus: toStatus, leased, doNotCallKept: history.onDoNotCallList };
  });
}
