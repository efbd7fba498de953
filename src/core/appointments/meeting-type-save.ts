import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import type { MeetingTypeDetail, MeetingTypeFields } from './meeting-type-detail.ts';

/** What managing meeting types needs from storage. */
export interface MeetingTypeStore {
  findMeetingType(id: number): Promise<MeetingTypeDetail | undefined>;
  insertMeetingType(fields: MeetingTypeFields, now: Temporal.Instant): Promise<number>;
  updateMeetingType(id: number, fields: MeetingTypeFields): Promise<void>;
  /** The client of each rep id that exists. */
  repClients(repIds: number[]): Promise<Map<number, number>>;
}

/**
 * Creates a meeting type (`id` null) or replaces one's fields, for a manager or admin of its
 * client. The reps who take it must be reps of the same client; a type never moves to another
 * client. Location kinds and skills are kept once each.
 *
 * @example
 * await saveMeetingType(store, manager, null, { clientId: 1, name: 'Demo', durationMinutes: 30, assignment: 'round_robin', repIds: [4, 7], … }, now) // 5
 */
export async function saveMeetingType(
  store: MeetingTypeStore,
  actor: Actor,
  id: number | null,
  fields: MeetingTypeFields,
  now: Temporal.Instant,
): Promise<number> {
  requireRole(actor, ['manager', 'admin']);
  requireClientAccess(actor, fields.clientId, 'Client');
  if (id !== null) {
    const existing = await store.findMeetingType(id);
    if (!existing) throw notFound('Meeting type');
    requireClientAccess(actor, existing.clientId, 'Meeting type');
    if (existing.clientId !== fields.clientId) {
      throw new AppError('VALIDATION', {
        message: 'A meeting type cannot move to another client',
        field: 'clientId',
      });
    }
  }
  const repIds = [...new Set(fields.repIds)].sort((a, b) => a - b);
  const clients = await store.repClients(repIds);
  const foreign = repIds.filter((repId) => clients.get(repId) !== fields.clientId);
  if (foreign.length > 0) {
    throw new AppError('VALIDATION', {
      message: `Not reps of this client: ${foreign.join(', ')}`,
      field: 'repIds',
    });
  }
  const clean: MeetingTypeFields = {
    ...fields,
    name: fields.name.trim(),
    repIds,
    locationKinds: [...new Set(fields.locationKinds)],
    requiredSkills: [...new Set(fields.requiredSkills.map((s) => s.trim()).filter(Boolean))],
  };
  if (clean.locationKinds.length === 0) {
    throw new AppError('VALIDATION', { message: 'Allow at least one location kind', field: 'locationKinds' });
  }
  if (id === null) return store.insertMeetingType(clean, now);
  await store.updateMeetingType(id, clean);
  return id;
}
