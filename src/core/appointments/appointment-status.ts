import type { Temporal } from 'temporal-polyfill';
import { AppError, notFound } from '../shared/app-error.ts';
import { requireMayChange } from './appointment-access.ts';
import { recordAppointmentEvent } from './appointment-events.ts';
import type { AppointmentWriter, LifecyclePort } from './appointment-ports.ts';
import { leadStatusAfter, statusChangeProblem } from './appointment-rules.ts';
import type { Appointment, Changer, MarkableStatus } from './appointment-state.ts';
import { queueInviteMails } from './notify-appointment.ts';

export interface StatusChange {
  status: MarkableStatus;
  /** Why; required when a user cancels, optional for the lead. */
  reason: string | null;
}

/**
 * Moves an appointment to confirmed, held, no-show or cancelled, with what follows for the lead,
 * in one transaction under the appointment's lock:
 * - held → the lead is `appointment_held`;
 * - no-show → the lead goes back to the setter who booked it as a callback due now, ahead of the
 *   ordered queue, to rebook;
 * - cancelled → the lead returns to the queue now; the invite is withdrawn (CANCEL, a higher
 *   SEQUENCE) from the lead and the rep.
 * Every change is written to the lead's history.
 */
export async function changeAppointmentStatus(
  port: LifecyclePort,
  changer: Changer,
  appointmentId: number,
  change: StatusChange,
  now: Temporal.Instant,
): Promise<void> {
  const reason = change.reason?.trim() || null;
  await port.transaction(async (writer) => {
    const appointment = await writer.lockAppointment(appointmentId);
    if (!appointment) throw notFound('Appointment');
    requireMayChange(changer, appointment, actionOf(change.status));
    if (change.status === 'cancelled' && changer.kind === 'user' && !reason) {
      throw new AppError('VALIDATION', { message: 'Say why the appointment is cancelled', field: 'reason' });
    }
    const problem = statusChangeProblem(appointment, change.status, now);
    if (problem) throw new AppError('CONFLICT', { message: problem, field: 'status' });
    if (change.status === appointment.status) return;
    switch (change.status) {
      case 'confirmed':
        await writer.updateAppointment(appointment.id, { status: 'confirmed', confirmedAt: now, now });
        await recordAppointmentEvent(
          writer,
          appointment,
          changer,
          { type: 'appointment_confirmed', toStatus: null, reason },
          now,
        );
        return;
      case 'held':
        await writer.updateAppointment(appointment.id, { status: 'held', statusReason: reason, now });
        await recordAppointmentEvent(
          writer,
          appointment,
          changer,
          { type: 'appointment_held', toStatus: leadStatusAfter('held'), reason },
          now,
        );
        return;
      case 'no_show':
        return markNoShow(writer, appointment, changer, reason, now);
      case 'cancelled':
        return cancel(port, writer, appointment, changer, reason, now);
      default: {
        const unreachable: never = change.status;
        throw new Error(`unknown status ${String(unreachable)}`);
      }
    }
  });
}

const actionOf = (status: MarkableStatus) =>
  status === 'confirmed' ? 'confirm' : status === 'cancelled' ? 'cancel' : 'mark';

async function markNoShow(
  writer: AppointmentWriter,
  appointment: Appointment,
  changer: Changer,
  reason: string | null,
  now: Temporal.Instant,
): Promise<void> {
  await writer.updateAppointment(appointment.id, { status: 'no_show', statusReason: reason, now });
  await writer.closePendingCallbacks(appointment.leadId, now);
  // Due now and owned by the setter who booked it: the queue serves due callbacks before anything
  // else, the owner's first, so the rebooking call comes back to the person the lead knows.
  const callbackId = await writer.insertCallback({
    clientId: appointment.clientId,
    leadId: appointment.leadId,
    campaignId: appointment.campaignId,
    ownerUserId: appointment.setterId,
    dueAt: now,
    note: `No-show for the appointment of ${appointment.startsAt.toString()}: call to rebook`,
    createdByUserId: changer.kind === 'user' ? changer.actor.userId : appointment.setterId,
    now,
  });
  await recordAppointmentEvent(
    writer,
    appointment,
    changer,
    {
      type: 'appointment_no_show',
      toStatus: leadStatusAfter('no_show'),
      nextCallAt: now,
      reason,
      data: { callbackId },
    },
    now,
  );
}

async function cancel(
  port: LifecyclePort,
  writer: AppointmentWriter,
  appointment: Appointment,
  changer: Changer,
  reason: string | null,
  now: Temporal.Instant,
): Promise<void> {
  const statusReason = reason ?? (changer.kind === 'lead' ? 'Cancelled by the lead' : null);
  await writer.updateAppointment(appointment.id, {
    status: 'cancelled',
    statusReason,
    sequence: appointment.sequence + 1,
    now,
  });
  await recordAppointmentEvent(
    writer,
    appointment,
    changer,
    {
      type: 'appointment_cancelled',
      toStatus: leadStatusAfter('cancelled'),
      nextCallAt: now,
      reason: statusReason,
    },
    now,
  );
  const notice = await writer.loadNotice(appointment.id);
  if (!notice) throw notFound('Appointment');
  await queueInviteMails(writer, port.messaging, notice, 'cancelled', {
    recipients: ['lead', 'rep'],
    link: null,
    now,
  });
}
