import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import type { LocalInterval } from '../scheduling/availability.ts';
import { notFound } from '../shared/app-error.ts';
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
