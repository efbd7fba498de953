import { Temporal } from 'temporal-polyfill';

export const callbackGroups = ['overdue', 'today', 'upcoming'] as const;
export type CallbackGroup = (typeof callbackGroups)[number];

/**
 * Which part of "My callbacks" a promised call belongs to: overdue once its time has passed, today
 * while it is due before the end of the setter's own day, else upcoming. The setter's day, not the
 * lead's: it is their shift the list plans.
 *
 * @example
 * callbackGroup('2026-12-08T14:00:00Z', '2026-12-08T15:00:00Z', 'Europe/Belgrade') // 'overdue'
 */
export function callbackGroup(dueAt: string, now: string, timeZone: string): CallbackGroup {
  const due = Temporal.Instant.from(dueAt);
  const current = Temporal.Instant.from(now);
  if (Temporal.Instant.compare(due, current) <= 0) return 'overdue';
  const endOfDay = current.toZonedDateTimeISO(timeZone).startOfDay().add({ days: 1 }).toInstant();
  return Temporal.Instant.compare(due, endOfDay) < 0 ? 'today' : 'upcoming';
}

/** The callbacks split into the three groups, each in due order (soonest first). */
export function groupCallbacks<T extends { dueAt: string }>(
  callbacks: readonly T[],
  now: string,
  timeZone: string,
): Record<CallbackGroup, T[]> {
  const groups: Record<CallbackGroup, T[]> = { overdue: [], today: [], upcoming: [] };
  const sorted = [...callbacks].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  for (const callback of sorted) groups[callbackGroup(callback.dueAt, now, timeZone)].push(callback);
  return groups;
}
