import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import type { LeadStatus } from '../leads/lead.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import { applyCorrectedHistory } from './apply-lead-state.ts';
import type { CorrectionPort } from './correction-ports.ts';
import { requireCorrectionReason } from './correction-rules.ts';

export interface LiftedDnc {
  correctionId: number;
  leadStatus: LeadStatus;
  liftedPhones: string[];
}

/**
 * Lifts the client's do-not-call entries of the lead's numbers — a manager's or an admin's decision,
 * with a reason, recorded with the entries removed — and recomputes the lead from its calls. An
 * organization-wide entry stays (it is lifted on the do-not-call page), and so does the lead's
 * `dnc` status while one applies.
 */
export async function liftDnc(
  port: CorrectionPort,
  actor: Actor,
  leadId: number,
  reason: string,
  now: Temporal.Instant,
): Promise<LiftedDnc> {
  const why = requireCorrectionReason(reason);
  return port.transaction(async (writer) => {
    const lead = await writer.lockLead(leadId);
    if (!lead) throw notFound('Lead');
    requireClientAccess(actor, lead.clientId, 'Lead');
    requireRole(actor, ['manager', 'admin']);
    const phones = lead.phones.map((p) => p.e164);
    const removed = await writer.deleteClientDnc(actor.organizationId, lead.clientId, phones);
    if (removed.length === 0) {
      throw new AppError('CONFLICT', {
        message: 'None of the lead’s numbers is on the client’s do-not-call list',
        field: 'leadId',
      });
    }
    const history = await writer.history(lead);
    const { fromStatus, toStatus } = await applyCorrectedHistory(writer, lead, history, null, now);
    const entries = removed.map((e) => ({
      phone: e.phone,
      source: e.source,
      createdAt: e.createdAt.toString(),
    }));
    const correctionId = await writer.insertCorrection({
      clientId: lead.clientId,
      leadId: lead.id,
      actorUserId: actor.userId,
      subject: 'dnc',
      subjectId: null,
      action: 'lift',
      reason: why,
      before: { entries },
      after: { entries: [] },
      fromStatus,
      toStatus,
      now,
    });
    await writer.insertEvent({
      clientId: lead.clientId,
      leadId: lead.id,
      actorUserId: actor.userId,
      type: 'dnc_lifted',
      fromStatus,
      toStatus,
      reason: why,
      data: { phones: entries.map((e) => e.phone), correctionId },
      now,
    });
    return { correctionId, leadStatus: toStatus, liftedPhones: entries.map((e) => e.phone) };
  });
}
