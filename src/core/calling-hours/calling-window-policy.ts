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
  startMs: number;
  endMs: number;
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
  return {
    startMs: parseClockTime(policy.startLocal, 'startLocal') * msPerMinute,
    endMs: parseClockTime(policy.endLocal, 'endLocal', true) * msPerMinute,
    days: new Set(policy.days),
    blackoutDays: new Set(policy.blackoutDates.map((date) => dayIndexOfIsoDate(date, 'blackoutDates'))),
  };
}
