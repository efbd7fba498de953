import type { Temporal } from 'temporal-polyfill';
import { type Actor, canManage, requireClientAccess } from '../access/actor.ts';
import { AppError, notFound } from '../shared/app-error.ts';

/** The longest rep notes an appointment keeps (as the setter's notes). */
export const maxRepNotesLength = 5000;

/** The appointment as far as rep notes need it. */
export interface RepNotesTarget {
  id: number;
  clientId: number;
  leadId: number;
  /** The login of the appointment's rep; null when the rep has none. */
  repUserId: number | null;
}

/** What saving rep notes needs from storage. */
export interface RepNotesStore {
  findTarget(appointmentId: number): Promise<RepNotesTarget | undefined>;
  /** Stores the notes (null clears them) and records the change in the lead's event log, together. */
  saveNotes(
    target: RepNotesTarget,
    notes: { text: string | null; byUserId: number; at: Temporal.Instant },
  ): Promise<void>;
}

/**
 * Whether the actor may write the rep's notes of an appointment: its own rep, or a manager or
 * admin of its client. Setters read them but do not write them.
 *
 * @example
 * canWriteRepNotes({ role: 'rep', userId: 7, clientIds: [1], … }, { clientId: 1, repUserId: 7, … }) // true
 */
export function canWriteRepNotes(actor: Actor, target: RepNotesTarget): boolean {
  if (!actor.clientIds.includes(target.clientId)) return false;
  if (canManage(actor)) return true;
  return actor.role === 'rep' && target.repUserId !== null && target.repUserId === actor.userId;
}

/**
 * Saves the rep's own notes on a meeting (what was discussed, next steps), replacing the earlier
 * text; blank clears them. Every saved version stays in the lead's event log.
 *
 * @example
 * await saveRepNotes(store, rep, 41, 'Wants a quote for 12 panels; call back Friday', now)
 */
export async function saveRepNotes(
  store: RepNotesStore,
  actor: Actor,
  appointmentId: number,
  text: string,
  now: Temporal.Instant,
): Promise<void> {
  const target = await store.findTarget(appointmentId);
  if (!target) throw notFound('Appointment');
  requireClientAccess(actor, target.clientId, 'Appointment');
  if (!canWriteRepNotes(actor, target)) {
    throw new AppError('FORBIDDEN', { message: 'Only the appointment’s rep or a manager writes rep notes' });
  }
  const clean = text.replace(/\r\n?/g, '\n').trim();
  if (clean.length > maxRepNotesLength) {
    throw new AppError('VALIDATION', {
      message: `Rep notes take at most ${maxRepNotesLength} characters`,
      field: 'text',
    });
  }
  await store.saveNotes(target, { text: clean === '' ? null : clean, byUserId: actor.userId, at: now });
}
