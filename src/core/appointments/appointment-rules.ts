import { Temporal } from 'temporal-polyfill';
import type { LeadStatus } from '../leads/lead.ts';
import type { Appointment, AppointmentOutcome, MarkableStatus } from './appointment-state.ts';
import { type AppointmentStatus, liveAppointmentStatuses } from './rep.ts';

/** Scheduled or confirmed: on the rep's calendar, still to happen. */
export const isLive = (status: AppointmentStatus): boolean => liveAppointmentStatuses.includes(status);

const before = (a: Temporal.Instant, b: Temporal.Instant) => Temporal.Instant.compare(a, b) < 0;

/**
 * Why the appointment cannot take the status now, or null when it can. Confirming twice is no
 * change; held and no-show are facts about a meeting, so they wait for its start; nothing but a
 * live appointment moves on.
 *
 * @example
 * statusChangeProblem({ status: 'scheduled', startsAt: at('2026-06-12T14:00:00Z') }, 'held', at('2026-06-12T13:00:00Z'))
 * // 'An appointment can be marked held or no-show once it has started'
 */
export function statusChangeProblem(
  appointment: Pick<Appointment, 'status' | 'startsAt'>,
  to: MarkableStatus,
  now: Temporal.Instant,
): string | null {
  const { status } = appointment;
  if (to === 'confirmed' && status === 'confirmed') return null;
  if (!isLive(status)) return `This appointment is already ${status.replace('_', '-')}`;
  switch (to) {
    case 'confirmed':
      return before(now, appointment.startsAt) ? null : 'This appointment has already started';
    case 'held':
    case 'no_show':
      return before(now, appointment.startsAt)
        ? 'An appointment can be marked held or no-show once it has started'
        : null;
    case 'cancelled':
      return null;
    default: {
      const unreachable: never = to;
      throw new Error(`unknown status ${String(unreachable)}`);
    }
  }
}

/**
 * Why the sales outcome cannot be recorded, or null: only a held meeting has one, a sale needs
 * its amount and a loss its reason.
 */
export function outcomeProblem(
  appointment: Pick<Appointment, 'status'>,
  outcome: AppointmentOutcome,
): { field: string; message: string } | null {
  if (appointment.status !== 'held') {
    return { field: 'outcome', message: 'Mark the appointment held before recording its outcome' };
  }
  if (outcome.result === 'won' && (outcome.amountMinor === null || !outcome.currency)) {
    return { field: 'amountMinor', message: 'A won sale needs its amount' };
  }
  if (outcome.result === 'lost' && !outcome.reason?.trim()) {
    return { field: 'reason', message: 'A lost sale needs its reason' };
  }
  return null;
}

/**
 * The lead's status after its appointment changes: a held meeting and its outcome move the lead
 * through sales; a no-show goes back to its setter as a callback; a cancellation back to the queue.
 */
export function leadStatusAfter(change: 'held' | 'no_show' | 'cancelled' | 'won' | 'lost'): LeadStatus {
  switch (change) {
    case 'held':
      return 'appointment_held';
    case 'no_show':
      return 'callback';
    case 'cancelled':
      return 'attempting';
    case 'won':
      return 'won';
    case 'lost':
      return 'lost';
    default: {
      const unreachable: never = change;
      throw new Error(`unknown change ${String(unreachable)}`);
    }
  }
}

/** When the lead's private link stops working: a number of days after the start. */
export const selfServiceExpiry = (startsAt: Temporal.Instant, linkDays: number): Temporal.Instant =>
  startsAt.add({ hours: 24 * linkDays });

/** Whether the lead may still confirm, reschedule or cancel alone: live, not started, link valid. */
export function canSelfServe(
  appointment: Pick<Appointment, 'status' | 'startsAt' | 'selfServiceExpiresAt'>,
  now: Temporal.Instant,
): boolean {
  const expires = appointment.selfServiceExpiresAt;
  return (
    isLive(appointment.status) &&
    before(now, appointment.startsAt) &&
    (expires === null || before(now, expires))
  );
}
