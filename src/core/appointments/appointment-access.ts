import { requireClientAccess } from '../access/actor.ts';
import { AppError } from '../shared/app-error.ts';
import type { Appointment, Changer } from './appointment-state.ts';

/** What a change does, for the permission it needs. */
export type AppointmentAction = 'confirm' | 'mark' | 'cancel' | 'outcome' | 'reschedule';

/**
 * Throws unless the changer may act on the appointment. A user must be assigned to its client and,
 * as a rep, be its rep (other appointments do not exist for them: NOT_FOUND). Confirming is open to
 * everyone who sees it; held, no-show, cancelled and the outcome are the rep's, a manager's or an
 * admin's; rescheduling is booking again, which setters, managers and admins do. The lead acts
 * through the private link, whose secret the caller has already checked.
 */
export function requireMayChange(
  changer: Changer,
  appointment: Appointment,
  action: AppointmentAction,
): void {
  if (changer.kind === 'lead') {
    if (action === 'confirm' || action === 'cancel' || action === 'reschedule') return;
    throw new AppError('FORBIDDEN', { message: 'Only the rep or a manager can do this' });
  }
  const { actor } = changer;
  requireClientAccess(actor, appointment.clientId, 'Appointment');
  const isTheRep = actor.role === 'rep' && appointment.repUserId === actor.userId;
  if (actor.role === 'rep' && !isTheRep)
    throw new AppError('NOT_FOUND', { message: 'Appointment not found' });
  const allowed =
    action === 'confirm' ||
    ((action === 'mark' || action === 'cancel' || action === 'outcome') &&
      (isTheRep || actor.role === 'manager' || actor.role === 'admin')) ||
    (action === 'reschedule' && actor.role !== 'rep');
  if (!allowed) {
    throw new AppError('FORBIDDEN', {
      message:
        action === 'reschedule'
          ? 'A setter or a manager reschedules appointments'
          : 'Only the appointment’s rep, a manager or an admin can do this',
    });
  }
}
