import type { Temporal } from 'temporal-polyfill';
import type { Actor } from '../access/actor.ts';
import { requireMayChange } from '../appointments/appointment-access.ts';
import type { AppointmentOutcome } from '../appointments/appointment-state.ts';
import type { LeadStatus } from '../leads/lead.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import { applyCorrectedHistory } from './apply-lead-state.ts';
import { type AppointmentCorrection, appointmentCorrectionProblem } from './appointment-correction.ts';
import type { CorrectionPort } from './correction-ports.ts';
import { requireCorrectionReason } from './correction-rules.ts';

export interface CorrectedAppointment {
  correctionId: number;
  leadStatus: LeadStatus;
}

/**
 * Corrects a marked appointment — held, no-show or cancelled, and the sales outcome — with a
 * reason, and recomputes what follows: a no-show corrected away cancels its rebook callback if it
 * is still open; a correction to no-show sends the lead back to its setter like a no-show does; the
 * lead's status follows. The rep of the appointment, a manager or an admin corrects; no mail goes out.
 */
export async function correctAppointment(
  port: CorrectionPort,
  actor: Actor,
  appointmentId: number,
  input: AppointmentCorrection & { reason: string },
  now: Temporal.Instant,
): Promise<CorrectedAppointment> {
  const why = requireCorrectionReason(input.reason);
  return port.transaction(async (writer) => {
    const appointment = await writer.lockAppointment(appointmentId);
    if (!appointment) throw notFound('Appointment');
    requireMayChange({ kind: 'user', actor }, appointment, input.outcome ? 'outcome' : 'mark');
    const before = await writer.appointmentOutcome(appointment.id);
    const problem = appointmentCorrectionProblem(appointment, before, input, now);
    if (problem) throw new AppError(problem.code, { message: problem.message, field: problem.field });
    const lead = await writer.lockLead(appointment.leadId);
    if (!lead) throw notFound('Lead');
    // Only a held meeting has a sales outcome; a null outcome clears it.
    const keepsOutcome: AppointmentOutcome | null = input.status === 'held' ? input.outcome : null;
    let rebookCallbackId: number | null = null;
    if (input.status === 'no_show' && appointment.status !== 'no_show') {
      rebookCallbackId = await writer.insertCallback({
        clientId: appointment.clientId,
        leadId: appointment.leadId,
        campaignId: appointment.campaignId,
        ownerUserId: appointment.setterId,
        dueAt: now,
        note: `No-show for the appointment of ${appointment.startsAt.toString()}: call to rebook`,
        createdByUserId: actor.userId,
        now,
      });
    }
    await writer.updateAppointment(appointment.id, {
      status: input.status,
      statusReason: why,
      outcome: keepsOutcome,
      now,
    });
    const history = await writer.history(lead);
    const corrected = rebookCallbackId
      ? {
          ...history,
          appointments: history.appointments.map((a) =>
            a.id === appointment.id ? { ...a, rebookCallbackId } : a,
          ),
        }
      : history;
    const { fromStatus, toStatus } = await applyCorrectedHistory(
      writer,
      lead,
      corrected,
      appointment.campaignId,
      now,
    );
    const correctionId = await writer.insertCorrection({
      clientId: lead.clientId,
      leadId: lead.id,
      actorUserId: actor.userId,
      subject: 'appointment',
      subjectId: appointment.id,
      action: input.status === appointment.status ? 'outcome' : 'status',
      reason: why,
      before: { status: appointment.status, outcome: before },
      after: { status: input.status, outcome: keepsOutcome },
      fromStatus,
      toStatus,
      now,
    });
    await writer.insertEvent({
      clientId: lead.clientId,
      leadId: lead.id,
      actorUserId: actor.userId,
      type: 'appointment_corrected',
      fromStatus,
      toStatus,
      reason: why,
      data: { appointmentId: appointment.id, callbackId: rebookCallbackId, correctionId },
      now,
    });
    return { correctionId, leadStatus: toStatus };
  });
}
