import type { Temporal } from 'temporal-polyfill';
import { type Actor, canManage, requireClientAccess, requireRole } from '../access/actor.ts';
import type { LocalInterval } from '../scheduling/availability.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import type { RepDetail, RepFields } from './rep.ts';

/** What managing reps needs from storage. */
export interface RepStore {
  findRep(id: number, now: Temporal.Instant): Promise<RepDetail | undefined>;
  insertRep(rep: RepFields, now: Temporal.Instant): Promise<number>;
  updateRep(id: number, rep: RepFields): Promise<void>;
  isUserOfOrganization(userId: number, organizationId: number): Promise<boolean>;
  addTimeOff(
    repId: number,
    timeOff: { startsAt: Temporal.Instant; endsAt: Temporal.Instant; reason: string | null },
  ): Promise<number>;
  /** False when the rep has no such time off. */
  deleteTimeOff(repId: number, timeOffId: number): Promise<boolean>;
  saveDateOverride(repId: number, localDate: string, intervals: LocalInterval[]): Promise<void>;
  /** False when the rep has no override on that date. */
  deleteDateOverride(repId: number, localDate: string): Promise<boolean>;
}

/**
 * The rep a manager or admin of its client may change; NOT_FOUND for anyone else's rep, so the
 * reps of other clients stay invisible.
 */
export async function getManagedRep(
  store: RepStore,
  actor: Actor,
  repId: number,
  now: Temporal.Instant,
): Promise<RepDetail> {
  requireRole(actor, ['manager', 'admin']);
  const rep = await store.findRep(repId, now);
  if (!rep) throw notFound('Rep');
  requireClientAccess(actor, rep.clientId, 'Rep');
  return rep;
}

/**
 * Whether the actor may change this rep's schedule (weekly hours, date overrides, time off): a
 * manager or admin of its client, or the rep themselves — a rep only their own.
 *
 * @example
 * canEditRepSchedule({ role: 'rep', userId: 7, … }, { userId: 7, clientId: 1 }) // true
 * canEditRepSchedule({ role: 'rep', userId: 7, … }, { userId: 8, clientId: 1 }) // false
 */
export function canEditRepSchedule(actor: Actor, rep: { userId: number | null; clientId: number }): boolean {
  if (!actor.clientIds.includes(rep.clientId)) return false;
  if (canManage(actor)) return true;
  return actor.role === 'rep' && rep.userId !== null && rep.userId === actor.userId;
}

/**
 * The rep whose schedule the actor may change (`canEditRepSchedule`): NOT_FOUND outside the
 * actor's clients, FORBIDDEN for another rep's schedule or a setter.
 */
export async function getSchedulableRep(
  store: RepStore,
  actor: Actor,
  repId: number,
  now: Temporal.Instant,
): Promise<RepDetail> {
  if (canManage(actor)) return getManagedRep(store, actor, repId, now);
  requireRole(actor, ['rep']);
  const rep = await store.findRep(repId, now);
  if (!rep) throw notFound('Rep');
  requireClientAccess(actor, rep.clientId, 'Rep');
  if (!canEditRepSchedule(actor, rep)) {
    throw new AppError('FORBIDDEN', { message: 'A rep changes only their own hours and time off' });
  }
  return rep;
}
