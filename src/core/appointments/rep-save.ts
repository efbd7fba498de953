import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import { canonicalTimeZone } from '../calling-hours/time-zone-candidates.ts';
import { parseClockTime } from '../calling-hours/zone-timeline.ts';
import type { LocalInterval, WeeklyInterval } from '../scheduling/availability.ts';
import { AppError } from '../shared/app-error.ts';
import type { RepFields } from './rep.ts';
import { getManagedRep, type RepStore } from './rep-store.ts';

/**
 * Creates a rep (`repId` null) or replaces one's fields, for a manager or admin of its client.
 * The zone must be an IANA name (stored in its canonical spelling), each working interval must
 * start before it ends without overlapping another of its day, and a linked login must belong to
 * the organization. A rep never moves to another client.
 *
 * @example
 * await saveRep(store, manager, null, { clientId: 1, name: 'Rita', timeZone: 'america/new_york', … }, now) // 12
 */
export async function saveRep(
  store: RepStore,
  actor: Actor,
  repId: number | null,
  fields: RepFields,
  now: Temporal.Instant,
): Promise<number> {
  requireRole(actor, ['manager', 'admin']);
  requireClientAccess(actor, fields.clientId, 'Client');
  if (repId !== null) {
    const existing = await getManagedRep(store, actor, repId, now);
    if (existing.clientId !== fields.clientId) {
      throw new AppError('VALIDATION', { message: 'A rep cannot move to another client', field: 'clientId' });
    }
  }
  const timeZone = canonicalTimeZone(fields.timeZone);
  if (timeZone === null) {
    throw new AppError('VALIDATION', {
      message: `"${fields.timeZone}" is not an IANA time zone (e.g. America/Chicago)`,
      field: 'timeZone',
    });
  }
  requireDayIntervals(fields.weeklyHours, 'weeklyHours');
  if (fields.userId !== null && !(await store.isUserOfOrganization(fields.userId, actor.organizationId))) {
    throw new AppError('VALIDATION', { message: 'No such user in this organization', field: 'userId' });
  }
  const clean: RepFields = {
    ...fields,
    timeZone,
    skills: unique(fields.skills.map((s) => s.trim()).filter(Boolean)),
    territory: {
      states: unique(fields.territory.states.map((s) => s.trim().toUpperCase())),
      postalPrefixes: unique(fields.territory.postalPrefixes.map((p) => p.trim().toUpperCase())),
      areaCodes: unique(fields.territory.areaCodes.map((a) => a.trim())),
    },
  };
  if (repId === null) return store.insertRep(clean, now);
  await store.updateRep(repId, clean);
  return repId;
}

/**
 * Throws VALIDATION unless every interval is a well-formed 'HH:MM' range that starts before it
 * ends and does not overlap another interval of the same weekday (touching is fine: 09:00–12:00
 * and 12:00–15:00).
 *
 * @example
 * requireDayIntervals([{ startLocal: '17:00', endLocal: '09:00' }], 'intervals') // throws: ends before it starts
 */
export function requireDayIntervals(
  intervals: readonly (LocalInterval | WeeklyInterval)[],
  field: string,
): void {
  const byDay = new Map<number, { start: number; end: number }[]>();
  intervals.forEach((interval, i) => {
    const start = parseClockTime(interval.startLocal, `${field}.${i}.startLocal`);
    const end = parseClockTime(interval.endLocal, `${field}.${i}.endLocal`, true);
    if (end <= start) {
      throw new AppError('VALIDATION', {
        message: `${interval.startLocal}–${interval.endLocal} ends before it starts`,
        field: `${field}.${i}`,
      });
    }
    const day = 'weekday' in interval ? interval.weekday : 0;
    const sameDay = byDay.get(day) ?? [];
    if (sameDay.some((other) => start < other.end && other.start < end)) {
      throw new AppError('VALIDATION', {
        message: `${interval.startLocal}–${interval.endLocal} overlaps another interval of the day`,
        field: `${field}.${i}`,
      });
    }
    byDay.set(day, [...sameDay, { start, end }]);
  });
}

const unique = (values: string[]): string[] => [...new Set(values)];
