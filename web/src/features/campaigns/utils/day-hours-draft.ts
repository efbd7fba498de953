import type { CallingWindowDto } from '../../../../../src/contracts/campaigns.ts';

/** Other hours on chosen weekdays, keyed by ISO weekday '1'…'7' as the server keys them. */
export type HoursByDay = NonNullable<CallingWindowDto['hoursByDay']>;
export type WeekdayKey = keyof HoursByDay;

/** A window's hours as typed: 'HH:MM' start and end. */
export interface DayHours {
  startLocal: string;
  endLocal: string;
}

/** What can be wrong with a start or an end time. */
export type HoursProblem = 'time' | 'endTime' | 'endBeforeStart';

const weekdayKeys: readonly WeekdayKey[] = ['1', '2', '3', '4', '5', '6', '7'];

/** The key of an ISO weekday (6 → '6'); undefined outside 1–7. */
export function weekdayKey(isoWeekday: number): WeekdayKey | undefined {
  return weekdayKeys[isoWeekday - 1];
}

/** Minutes after local midnight of an 'HH:MM' time; '24:00' only as an end. Null when malformed. */
export function clockMinutes(text: string, isEnd = false): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  const valid = Number(match[2]) < 60 && (minutes < 24 * 60 || (isEnd && minutes === 24 * 60));
  return valid ? minutes : null;
}

/** The problems of a start and an end, by field ('startLocal', 'endLocal'); empty when none. */
export function findHoursProblems(hours: DayHours): Partial<Record<keyof DayHours, HoursProblem>> {
  const start = clockMinutes(hours.startLocal);
  const end = clockMinutes(hours.endLocal, true);
  const problems: Partial<Record<keyof DayHours, HoursProblem>> = {};
  if (start === null) problems.startLocal = 'time';
  if (end === null) problems.endLocal = 'endTime';
  // The rule reads a window that ends before it starts as empty: never what a manager means.
  else if (start !== null && end <= start) problems.endLocal = 'endBeforeStart';
  return problems;
}

/** The window fields the other hours depend on. */
interface WindowWithDays extends DayHours {
  days: readonly number[];
  hoursByDay: HoursByDay;
}

/**
 * The other hours that count, Monday first, trimmed: only on a calling day (an unticked day keeps
 * none), and only where they differ from the usual window (the same hours say nothing).
 */
export function listOtherHours(window: WindowWithDays): { day: number; hours: DayHours }[] {
  const usual = { startLocal: window.startLocal.trim(), endLocal: window.endLocal.trim() };
  const result: { day: number; hours: DayHours }[] = [];
  for (const day of [...new Set(window.days)].sort((a, b) => a - b)) {
    const key = weekdayKey(day);
    const typed = key === undefined ? undefined : window.hoursByDay[key];
    if (!typed) continue;
    const hours = { startLocal: typed.startLocal.trim(), endLocal: typed.endLocal.trim() };
    if (hours.startLocal === usual.startLocal && hours.endLocal === usual.endLocal) continue;
    result.push({ day, hours });
  }
  return result;
}

/** The other hours as the request takes them; undefined when every calling day has the usual hours. */
export function hoursByDayToSend(window: WindowWithDays): HoursByDay | undefined {
  const hoursByDay: HoursByDay = {};
  for (const { day, hours } of listOtherHours(window)) {
    const key = weekdayKey(day);
    if (key !== undefined) hoursByDay[key] = hours;
  }
  return Object.keys(hoursByDay).length > 0 ? hoursByDay : undefined;
}

/** The day's other hours switched on (starting from the usual window) or off. */
export function toggleOtherHours(window: WindowWithDays, day: number, on: boolean): HoursByDay {
  const key = weekdayKey(day);
  if (key === undefined) return window.hoursByDay;
  const { [key]: _dropped, ...rest } = window.hoursByDay;
  if (!on) return rest;
  return { ...rest, [key]: { startLocal: window.startLocal.trim(), endLocal: window.endLocal.trim() } };
}
