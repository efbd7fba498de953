import type { Temporal } from 'temporal-polyfill';
import type { LeadStatus } from '../leads/lead.ts';
import type { AppointmentWriter } from './appointment-ports.ts';
import { type Appointment, type Changer, changerUserId } from './appointment-state.ts';

/**
 * Records a change of an appointment in the lead's history (who, when, why), moving the lead to
 * `toStatus` first when the change moves the lead too.
 */
export async function recordAppointmentEvent(
  writer: AppointmentWriter,
  appointment: Appointment,
  changer: Changer,
  event: {
    type: string;
    toStatus: LeadStatus | null;
    nextCallAt?: Temporal.Instant | null;
    reason: string | null;
    data?: Record<string, unknown>;
  },
  now: Temporal.Instant,
): Promise<void> {
  const fromStatus = event.toStatus
    ? await writer.updateLeadStatus(appointment.leadId, event.toStatus, event.nextCallAt ?? null, now)
    : null;
  await writer.insertEvent({
    clientId: appointment.clientId,
    leadId: appointment.leadId,
    actorUserId: changerUserId(changer),
    type: event.type,
    fromStatus,
    toStatus: event.toStatus,
    reason: event.reason,
    data: { appointmentId: appointment.id, by: changer.kind, ...event.data },
    now,
  });
}
