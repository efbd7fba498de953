import type { AppointmentEntry, LeadEventEntry, TimelineItem } from './timeline.ts';
import { humanize } from './timeline-labels.ts';

export const appointmentActions = [
  'booked',
  'rescheduled',
  'confirmed',
  'held',
  'no_show',
  'cancelled',
  'outcome',
] as const;
export type AppointmentAction = (typeof appointmentActions)[number];

const actionByEventType: Record<string, AppointmentAction> = {
  appointment_set: 'booked',
  appointment_rescheduled: 'rescheduled',
  appointment_confirmed: 'confirmed',
  appointment_held: 'held',
  appointment_no_show: 'no_show',
  appointment_cancelled: 'cancelled',
  appointment_outcome: 'outcome',
};

export const isAppointmentEvent = (event: LeadEventEntry): boolean => event.type.startsWith('appointment_');

const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) ? value : null;
const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function appointmentTitle(
  action: string,
  appointment: AppointmentEntry | undefined,
  outcome: unknown,
): string {
  switch (action) {
    case 'booked': {
      const what = appointment?.meetingTypeName ?? 'Appointment';
      return appointment ? `${what} booked with ${appointment.repName}` : 'Appointment booked';
    }
    case 'rescheduled':
      return 'Appointment rescheduled';
    case 'confirmed':
      return 'Appointment confirmed';
    case 'held':
      return 'Appointment held';
    case 'no_show':
      return 'No-show at the appointment';
    case 'cancelled':
      return 'Appointment cancelled';
    case 'outcome':
      return typeof outcome === 'string' ? `Sale outcome: ${humanize(outcome)}` : 'Sale outcome recorded';
    default:
      return `Appointment ${humanize(action)}`;
  }
}

/** A change of one of the lead's appointments, told with the appointment's rep, type and time. */
export function appointmentEventItem(
  event: LeadEventEntry,
  appointments: ReadonlyMap<number, AppointmentEntry>,
): TimelineItem {
  const action = actionByEventType[event.type] ?? event.type.slice('appointment_'.length);
  const appointmentId = numberOrNull(event.data.appointmentId);
  const appointment = appointmentId === null ? undefined : appointments.get(appointmentId);
  const rescheduledToId = numberOrNull(event.data.rescheduledTo);
  const rescheduledTo = rescheduledToId === null ? undefined : appointments.get(rescheduledToId);
  const byLead = event.data.by === 'lead';
  const title = appointmentTitle(action, appointment, event.data.outcome);
  return {
    id: `event:${event.id}`,
    kind: 'appointment',
    at: event.createdAt,
    actorName: event.actorName,
    title: byLead ? `${title} by the lead` : title,
    detail: event.reason,
    data: {
      action,
      appointmentId,
      startsAt: stringOrNull(event.data.startsAt) ?? appointment?.startsAt.toString() ?? null,
      repName: appointment?.repName ?? null,
      meetingTypeName: appointment?.meetingTypeName ?? null,
      locationKind: appointment?.locationKind ?? null,
      status: appointment?.status ?? null,
      by: stringOrNull(event.data.by) ?? 'user',
      outcome: stringOrNull(event.data.outcome),
      reason: event.reason,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      ...(rescheduledToId !== null
        ? {
            rescheduledToId,
            newStartsAt: rescheduledTo?.startsAt.toString() ?? stringOrNull(event.data.startsAt),
            newRepName: rescheduledTo?.repName ?? null,
          }
        : {}),
    },
  };
}

/**
 * A booking the event log does not tell (stored before it recorded bookings, or by a tool that
 * wrote only the appointment): told from the appointment itself, by the setter who booked it.
 */
export function bookedAppointmentItem(appointment: AppointmentEntry): TimelineItem {
  return {
    id: `appointment:${appointment.id}`,
    kind: 'appointment',
    at: appointment.createdAt,
    actorName: appointment.setterName,
    title: appointmentTitle('booked', appointment, null),
    detail: null,
    data: {
      action: 'booked',
      appointmentId: appointment.id,
      startsAt: appointment.startsAt.toString(),
      repName: appointment.repName,
      meetingTypeName: appointment.meetingTypeName,
      locationKind: appointment.locationKind,
      status: appointment.status,
      by: 'user',
      outcome: appointment.outcome,
      reason: null,
      fromStatus: null,
      toStatus: null,
    },
  };
}

/** The appointments an event already tells the booking of (its own booking or a reschedule to it). */
export function appointmentsToldByEvents(events: readonly LeadEventEntry[]): Set<number> {
  const told = new Set<number>();
  for (const event of events) {
    if (event.type === 'appointment_set') {
      const id = numberOrNull(event.data.appointmentId);
      if (id !== null) told.add(id);
    }
    const rescheduledTo = numberOrNull(event.data.rescheduledTo);
    if (rescheduledTo !== null) told.add(rescheduledTo);
  }
  return told;
}
