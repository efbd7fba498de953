import { Temporal } from 'temporal-polyfill';
import { outcomeProblem } from '../appointments/appointment-rules.ts';
import type { Appointment, AppointmentOutcome } from '../appointments/appointment-state.ts';

/** The statuses a marked appointment may be corrected between. */
export const correctableStatuses = ['held', 'no_show', 'cancelled'] as const;
export type CorrectableStatus = (typeof correctableStatuses)[number];

export interface AppointmentCorrection {
  /** The corrected status; the current one when only the outcome changes. */
  status: CorrectableStatus;
  /** The corrected sales outcome; null clears it (only a held meeting has one). */
  outcome: AppointmentOutcome | null;
}

export type AppointmentCorrectionProblem = {
  code: 'CONFLICT' | 'VALIDATION';
  field: string;
  message: string;
};

const isCorrectable = (status: string): status is CorrectableStatus =>
  (correctableStatuses as readonly string[]).includes(status);

/**
 * Why the marked appointment cannot be corrected so, or null. A live appointment is marked, not
 * corrected; held and no-show are facts of a meeting that has started; only a held meeting has a
 * sales outcome (won with its amount, lost with its reason), and moving away from held drops it.
 *
 * @example
 * appointmentCorrectionProblem({ status: 'no_show', startsAt }, null, { status: 'held', outcome: null }, now) // null
 * appointmentCorrectionProblem({ status: 'scheduled', startsAt }, null, { status: 'held', outcome: null }, now)?.code // 'CONFLICT'
 */
export function appointmentCorrectionProblem(
  appointment: Pick<Appointment, 'status' | 'startsAt'>,
  currentOutcome: AppointmentOutcome | null,
  correction: AppointmentCorrection,
  now: Temporal.Instant,
): AppointmentCorrectionProblem | null {
  if (!isCorrectable(appointment.status)) {
    return {
      code: 'CONFLICT',
      field: 'status',
      message: 'Only a held, no-show or cancelled appointment is corrected; mark a live one instead',
    };
  }
  const started = Temporal.Instant.compare(now, appointment.startsAt) >= 0;
  if (correction.status !== 'cancelled' && !started) {
    return {
      code: 'CONFLICT',
      field: 'status',
      message: 'A meeting is held or missed only once it has started',
    };
  }
  if (correction.outcome) {
    const problem = outcomeProblem({ status: correction.status }, correction.outcome);
    if (problem) return { code: problem.field === 'outcome' ? 'CONFLICT' : 'VALIDATION', ...problem };
  }
  const outcome = correction.status === 'held' ? correction.outcome : null;
  if (correction.status === appointment.status && sameOutcome(currentOutcome, outcome)) {
    return { code: 'VALIDATION', field: 'status', message: 'Nothing changed in the appointment' };
  }
  return null;
}

export function sameOutcome(a: AppointmentOutcome | null, b: AppointmentOutcome | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.result === b.result &&
    a.amountMinor === b.amountMinor &&
    (a.currency ?? null) === (b.currency ?? null) &&
    (a.reason ?? '') === (b.reason ?? '')
  );
}
