import { Temporal } from 'temporal-polyfill';

export interface ReminderRun {
  offsetMinutes: number;
  runAt: Temporal.Instant;
}

/**
 * The reminders still to come for an appointment: one per distinct offset whose time is after
 * `now`, earliest first. A booking made an hour ahead gets no "one day before" reminder.
 *
 * @example
 * reminderRuns(Temporal.Instant.from('2026-06-12T14:00:00Z'), [1440, 60], Temporal.Instant.from('2026-06-12T09:00:00Z'))
 * // [{ offsetMinutes: 60, runAt: 2026-06-12T13:00:00Z }]
 */
export function reminderRuns(
  startsAt: Temporal.Instant,
  offsetsMinutes: readonly number[],
  now: Temporal.Instant,
): ReminderRun[] {
  return [...new Set(offsetsMinutes)]
    .filter((offset) => Number.isInteger(offset) && offset > 0)
    .map((offsetMinutes) => ({ offsetMinutes, runAt: startsAt.subtract({ minutes: offsetMinutes }) }))
    .filter((run) => Temporal.Instant.compare(run.runAt, now) > 0)
    .sort((a, b) => Temporal.Instant.compare(a.runAt, b.runAt));
}

/**
 * Whether a reminder still makes sense when its job finally runs: never after the start, and not
 * when a closer reminder is due as well (a worker that was down a day sends the one-hour reminder
 * alone, not the one-day reminder an hour before).
 *
 * @example
 * isReminderTimely(Temporal.Instant.from('2026-06-12T14:00:00Z'), 1440, [1440, 60], Temporal.Instant.from('2026-06-12T13:10:00Z'))
 * // false: the 60-minute reminder is due too
 */
export function isReminderTimely(
  startsAt: Temporal.Instant,
  offsetMinutes: number,
  offsetsMinutes: readonly number[],
  now: Temporal.Instant,
): boolean {
  if (Temporal.Instant.compare(now, startsAt) >= 0) return false;
  return !offsetsMinutes.some(
    (closer) =>
      closer > 0 &&
      closer < offsetMinutes &&
      Temporal.Instant.compare(now, startsAt.subtract({ minutes: closer })) >= 0,
  );
}
