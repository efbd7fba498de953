import { AppError } from '../shared/app-error.ts';
import { dayIndexOfIsoDate, msPerMinute, parseClockTime } from './zone-timeline.ts';

/** When a campaign may call a lead, read in the lead's own local time. */
export interface CallingWindowPolicy {
  /** 'HH:MM', inclusive. */
  startLocal: string;
  /** 'HH:MM', exclusive; '24:00' means until midnight. A window that ends before it starts is empty. */
  endLocal: string;
  /** ISO weekdays 1 = Monday … 7 = Sunday. */
  days: number[];
  /** 'YYYY-MM-DD' in the lead's local calendar. */
  blackoutDates: string[];
  /**
   * Other hours on some weekdays (key: ISO weekday '1'…'7'), e.g. Saturday 10:00–16:00; the
   * other calling days use startLocal–endLocal.
   */
  hoursByDay?: Partial<Record<string, { startLocal: string; endLocal: string }>>;
}

/** 08:00–21:00 local, every day, no blackouts. */
export const defaultCallingWindow: CallingWindowPolicy = {
  startLocal: '08:00',
  endLocal: '21:00',
  days: [1, 2, 3, 4, 5, 6, 7],
  blackoutDates: [],
};

export const callingBlockReasons = [
  'OUTSIDE_CALLING_WINDOW',
  'BLACKOUT_DATE',
  'NO_CALLING_DAY',
  'UNKNOWN_TIME_ZONE',
] as const;
export type CallingBlockReason = (typeof callingBlockReasons)[number];

/** A policy parsed once into numbers, so checking an instant is arithmetic. */
export interface ParsedCallingWindow {
  /** The usual window. */
  startMs: number;
  endMs: number;
  /** The window of each ISO weekday (index 1…7; index 0 unused), the usual one unless overridden. */
  startMsByDay: readonly number[];
  endMsByDay: readonly number[];
  days: ReadonlySet<number>;
  blackoutDays: ReadonlySet<number>;
}

/**
 * The policy as numbers: window bounds in milliseconds after local midnight, blackout dates as
 * day indexes. Throws VALIDATION when a time or date is malformed.
 *
 * @example
 * parseCallingWindow(defaultCallingWindow).startMs // 28_800_000 (08:00)
 */
export function parseCallingWindow(policy: CallingWindowPolicy): ParsedCallingWindow {
  const startMs = parseClockTime(policy.startLocal, 'startLocal') * msPerMinute;
  const endMs = parseClockTime(policy.endLocal, 'endLocal', true) * msPerMinute;
  const startMsByDay = [startMs, startMs, startMs, startMs, startMs, startMs, startMs, startMs];
  const endMsByDay = [endMs, endMs, endMs, endMs, endMs, endMs, endMs, endMs];
  for (const [key, hours] of Object.entries(policy.hoursByDay ?? {})) {
    const day = Number(key);
    if (!Number.isInteger(day) || day < 1 || day > 7 || !hours)
      throw new AppError('VALIDATION', {
        message: `hoursByDay: "${key}" is not an ISO weekday 1–7`,
        field: 'hoursByDay',
      });
    startMsByDay[day] = parseClockTime(hours.startLocal, `hoursByDay.${key}.startLocal`) * msPerMinute;
    endMsByDay[day] = parseClockTime(hours.endLocal, `hoursByDay.${key}.endLocal`, true) * msPerMinute;
  }
  return {
    startMs,
    endMs,
    startMsByDay,
    endMsByDay,
    days: new Set(policy.days),
    blackoutDays: new Set(policy.blackoutDates.map((date) => dayIndexOfIsoDate(date, 'blackoutDates'))),
  };
}

/** The hours that apply on an ISO weekday: that day's own, else the usual window. */
export function hoursOn(
  policy: CallingWindowPolicy,
  isoWeekday: number,
): { startLocal: string; endLocal: string } {
  return (
    policy.hoursByDay?.[String(isoWeekday)] ?? { startLocal: policy.startLocal, endLocal: policy.endLocal }
  );
}
