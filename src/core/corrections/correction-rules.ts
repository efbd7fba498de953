import { Temporal } from 'temporal-polyfill';
import type { Actor } from '../access/actor.ts';
import { AppError } from '../shared/app-error.ts';

/** How long after saving a setter may undo their call from the call screen (its undo bar shows the same). */
export const undoWindowSeconds = 60;
/** How long a setter may edit their own call from the lead's page; managers may edit any call. */
export const editWindowHours = 24;

/** The call a correction is asked for, as the rules need it. */
export interface CorrectableCall {
  setterId: number;
  startedAt: Temporal.Instant;
  /** When it was saved. */
  createdAt: Temporal.Instant;
  undone: boolean;
}

export type CallCorrectionProblem = {
  code: 'FORBIDDEN' | 'NOT_YOUR_CALL' | 'EDIT_WINDOW_PASSED' | 'UNDO_WINDOW_PASSED' | 'CALL_NOT_UNDOABLE';
  message: string;
};

/**
 * Why the actor may not undo the call now, or null. Only the setter who saved it, only their latest
 * call on the lead, only once, and only for a short time: undo is for a wrong key, not a change of mind.
 *
 * @example
 * undoProblem(sam, { setterId: sam.userId, createdAt: at('10:00:00'), … }, true, at('10:00:08')) // null
 * undoProblem(sam, { setterId: sam.userId, createdAt: at('10:00:00'), … }, true, at('10:02:00')).code // 'UNDO_WINDOW_PASSED'
 */
export function undoProblem(
  actor: Pick<Actor, 'userId'>,
  call: CorrectableCall,
  isLatestCall: boolean,
  now: Temporal.Instant,
): CallCorrectionProblem | null {
  if (call.setterId !== actor.userId)
    return { code: 'NOT_YOUR_CALL', message: 'Only the setter who saved a call can undo it' };
  if (call.undone) return { code: 'CALL_NOT_UNDOABLE', message: 'This call is already undone' };
  if (!isLatestCall)
    return {
      code: 'CALL_NOT_UNDOABLE',
      message: 'Only the latest call on the lead can be undone; edit it instead',
    };
  if (Temporal.Instant.compare(now, call.createdAt.add({ seconds: undoWindowSeconds })) > 0)
    return {
      code: 'UNDO_WINDOW_PASSED',
      message: 'The time to undo has passed: edit the call from the lead’s page',
    };
  return null;
}

/**
 * Why the actor may not edit the call's result, outcome, reason or notes, or null: a setter their
 * own calls for 24 hours after the call, a manager or an admin any call of their clients; a rep
 * none. An undone call is not edited (it counts nowhere).
 *
 * @example
 * editProblem({ userId: 7, role: 'setter' }, { setterId: 7, startedAt: at('09:00'), … }, at('next day 08:59')) // null
 * editProblem({ userId: 7, role: 'setter' }, { setterId: 8, … }, now).code // 'NOT_YOUR_CALL'
 */
export function editProblem(
  actor: Pick<Actor, 'userId' | 'role'>,
  call: CorrectableCall,
  now: Temporal.Instant,
): CallCorrectionProblem | null {
  if (call.undone)
    return { code: 'CALL_NOT_UNDOABLE', message: 'This call was undone: there is nothing to edit' };
  if (actor.role === 'manager' || actor.role === 'admin') return null;
  if (actor.role !== 'setter') return { code: 'FORBIDDEN', message: 'A setter or a manager corrects calls' };
  if (call.setterId !== actor.userId)
    return { code: 'NOT_YOUR_CALL', message: 'A setter corrects only their own calls; ask a manager' };
  if (Temporal.Instant.compare(now, call.startedAt.add({ hours: editWindowHours })) > 0)
    return {
      code: 'EDIT_WINDOW_PASSED',
      message: `A setter corrects their calls within ${editWindowHours} hours; ask a manager`,
    };
  return null;
}

/** Throws the problem as an AppError. */
export function requireNoProblem(problem: CallCorrectionProblem | null): void {
  if (problem) throw new AppError(problem.code, { message: problem.message, field: 'attemptId' });
}

/** Every correction says why; the reason is kept with the before and after. */
export function requireCorrectionReason(reason: string | null | undefined): string {
  const text = reason?.trim();
  if (!text)
    throw new AppError('CORRECTION_REASON_REQUIRED', { message: 'Say why you correct it', field: 'reason' });
  return text;
}
