import type { Temporal } from 'temporal-polyfill';
import { AppError, notFound } from '../shared/app-error.ts';
import { requireMayChange } from './appointment-access.ts';
import { recordAppointmentEvent } from './appointment-events.ts';
import type { LifecyclePort } from './appointment-ports.ts';
import { leadStatusAfter, outcomeProblem } from './appointment-rules.ts';
import type { AppointmentOutcome, Changer } from './appointment-state.ts';

/**
 * Records the sales outcome of a held appointment — won with its amount, lost with its reason —
 * and moves the lead to won or lost. A corrected outcome replaces the earlier one; both stay in
 * the lead's history.
 */
export async function recordAppointmentOutcome(
  port: Pick<LifecyclePort, 'transaction'>,
  changer: Changer,
  appointmentId: number,
  input: AppointmentOutcome,
  now: Temporal.Instant,
): Promise<void> {
  const outcome: AppointmentOutcome =
    input.result === 'won'
      ? { result: 'won', amountMinor: input.amountMinor, currency: input.currency, reason: null }
      : { result: 'lost', amountMinor: null, currency: null, reason: input.reason?.trim() || null };
  await port.transaction(async (writer) => {
    const appointment = await writer.lockAppointment(appointmentId);
    if (!appointment) throw notFound('Appointment');
    requireMayChange(changer, appointment, 'outcome');
    const problem = outcomeProblem(appointment, outcome);
    if (problem) {
      throw new AppError(problem.field === 'outcome' ? 'CONFLICT' : 'VALIDATION', problem);
    }
    await writer.updateAppointment(appointment.id, { outcome, now });
    await recordAppointmentEvent(
      writer,
      appointment,
      changer,
      {
        type: 'appointment_outcome',
        toStatus: leadStatusAfter(outcome.result),
        reason: outcome.reason,
        data: { outcome: outcome.result, amountMinor: outcome.amountMinor, currency: outcome.currency },
      },
      now,
    );
  });
}
