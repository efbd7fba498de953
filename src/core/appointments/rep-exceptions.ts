import { Temporal } from 'temporal-polyfill';
import type { Actor } from '../access/actor.ts';
import { dayIndexOfIsoDate } from '../calling-hours/zone-timeline.ts';
import type { LocalInterval, WeeklyInterval } from '../scheduling/availability.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import { requireDayIntervals } from './rep-save.ts';
import { getSchedulableRep, type RepStore } from './rep-store.ts';

/** Longer absences are a rep leaving: deactivate them instead. */
const maxTimeOffDays = 366;

/**
 * Blocks a span of instants on the rep's calendar (a vacation, a doctor's visit): no slot overlaps
 * it. It must start before it ends and last at most a year. For a manager of the rep's client or
 * the rep themselves (every change of this file: `getSchedulableRep`).
 *
 * @example
 * await addTimeOff(store, manager, 7, { startsAt: at('2026-07-01T00:00Z'), endsAt: at('2026-07-15T00:00Z'), reason: 'Vacation' }, now) // 3
 */
export async function addTimeOff(
  store: RepStore,
  actor: Actor,
  repId: number,
  timeOff: { startsAt: Temporal.Instant; endsAt: Temporal.Instant; reason: string | null },
  now: Temporal.Instant,
): Promise<number> {
  await getSchedulableRep(store, actor, repId, now);
  if (Temporal.Instant.compare(timeOff.startsAt, timeOff.endsAt) >= 0) {
    throw new AppError('VALIDATION', { message: 'Time off must end after it starts', field: 'endsAt' });
  }
  if (timeOff.endsAt.since(timeOff.startsAt).total('hours') > maxTimeOffDays * 24) {
    throw new AppError('VALIDATION', {
      message: `Time off lasts at most ${maxTimeOffDays} days: deactivate the rep instead`,
      field: 'endsAt',
    });
  }
  return store.addTimeOff(repId, { ...timeOff, reason: timeOff.reason?.trim() || null });
}

export async function removeTimeOff(
  store: RepStore,
  actor: Actor,
  repId: number,
  timeOffId: number,
  now: Temporal.Instant,
): Promise<void> {
  await getSchedulableRep(store, actor, repId, now);
  if (!(await store.deleteTimeOff(repId, timeOffId))) throw notFound('Time off');
}

/**
 * Replaces the rep's weekly hours on one local date of their zone with these intervals; an empty
 * list makes the date a day off. Saving again replaces the date's previous override.
 *
 * @example
 * await setDateOverride(store, manager, 7, '2026-12-24', [{ startLocal: '09:00', endLocal: '12:00' }], now)
 */
export async function setDateOverride(
  store: RepStore,
  actor: Actor,
  repId: number,
  localDate: string,
  intervals: LocalInterval[],
  now: Temporal.Instant,
): Promise<void> {
  await getSchedulableRep(store, actor, repId, now);
  dayIndexOfIsoDate(localDate, 'localDate');
  requireDayIntervals(intervals, 'intervals');
  const sorted = [...intervals].sort((a, b) => a.startLocal.localeCompare(b.startLocal));
  await store.saveDateOverride(repId, localDate, sorted);
}

export async function removeDateOverride(
  store: RepStore,
  actor: Actor,
  repId: number,
  localDate: string,
  now: Temporal.Instant,
): Promise<void> {
  await getSchedulableRep(store, actor, repId, now);
  if (!(await store.deleteDateOverride(repId, localDate))) throw notFound('Date override');
}

/**
 * Replaces the rep's weekly hours, for a manager or the rep themselves; the rep's other fields
 * (name, territory, skills, daily maximum, login) stay a manager's.
 *
 * @example
 * await setWeeklyHours(store, rep, 7, [{ weekday: 1, startLocal: '09:00', endLocal: '17:00' }], now)
 */
export async function setWeeklyHours(
  store: RepStore,
  actor: Actor,
  repId: number,
  weeklyHours: WeeklyInterval[],
  now: Temporal.Instant,
): Promise<void> {
  const rep = await getSchedulableRep(store, actor, repId, now);
  requireDayIntervals(weeklyHours, 'weeklyHours');
  const { id: _id, overrides: _overrides, timeOff: _timeOff, ...fields } = rep;
  const sorted = [...weeklyHours].sort(
    (a, b) => a.weekday - b.weekday || a.startLocal.localeCompare(b.startLocal),
  );
  await store.updateRep(repId, { ...fields, weeklyHours: sorted });
}
