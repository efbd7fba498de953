/** A working interval on a rep's local clock, "HH:MM" to "HH:MM" (24:00 ends a day). */
export interface LocalInterval {
  startLocal: string;
  endLocal: string;
}

export interface WeeklyInterval extends LocalInterval {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

export type IntervalProblem = 'missing' | 'order' | 'overlap';

const clock = /^([01]\d|2[0-4]):[0-5]\d$/;

/**
 * What is wrong with one day's intervals, or null: each needs both ends, must start before it
 * ends, and none may overlap another (touching, 12:00–12:00, is fine: a lunch break of zero).
 */
export function intervalsProblem(intervals: readonly LocalInterval[]): IntervalProblem | null {
  if (intervals.some((interval) => !clock.test(interval.startLocal) || !clock.test(interval.endLocal))) {
    return 'missing';
  }
  if (intervals.some((interval) => interval.startLocal >= interval.endLocal)) return 'order';
  const sorted = [...intervals].sort((a, b) => a.startLocal.localeCompare(b.startLocal));
  for (let index = 1; index < sorted.length; index++) {
    const previous = sorted[index - 1];
    const current = sorted[index];
    if (previous && current && current.startLocal < previous.endLocal) return 'overlap';
  }
  return null;
}

/** The weekly hours by ISO weekday, each day's intervals in clock order. */
export function byWeekday(hours: readonly WeeklyInterval[]): Map<number, LocalInterval[]> {
  const days = new Map<number, LocalInterval[]>();
  for (let weekday = 1; weekday <= 7; weekday++) days.set(weekday, []);
  for (const { weekday, startLocal, endLocal } of hours) {
    days.get(weekday)?.push({ startLocal, endLocal });
  }
  for (const intervals of days.values()) intervals.sort((a, b) => a.startLocal.localeCompare(b.startLocal));
  return days;
}

/** Problems of the whole week, by weekday; an empty map when every day is right. */
export function weeklyHoursProblems(hours: readonly WeeklyInterval[]): Map<number, IntervalProblem> {
  const problems = new Map<number, IntervalProblem>();
  for (const [weekday, intervals] of byWeekday(hours)) {
    const problem = intervalsProblem(intervals);
    if (problem) problems.set(weekday, problem);
  }
  return problems;
}

/** "09:00–12:00, 13:00–17:00". */
export const intervalsText = (intervals: readonly LocalInterval[]): string =>
  intervals.map((interval) => `${interval.startLocal}–${interval.endLocal}`).join(', ');
