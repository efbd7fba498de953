import type { Temporal } from 'temporal-polyfill';

/** A stretch of a weekday the rep works, in the rep's own zone. */
export interface WeeklyInterval {
  /** ISO weekday 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** 'HH:MM' local. */
  startLocal: string;
  /** 'HH:MM' local, exclusive; '24:00' means until midnight. An interval that ends before it starts is empty. */
  endLocal: string;
}

/** A stretch of one local date, 'HH:MM' in the rep's zone (end exclusive, '24:00' allowed). */
export interface LocalInterval {
  startLocal: string;
  endLocal: string;
}

export interface BusyInterval {
  startsAt: Temporal.Instant;
  endsAt: Temporal.Instant;
}

/**
 * An appointment on the rep's calendar. Its blocked range (its own buffers included, as stored when
 * it was booked) is what a new meeting and the new meeting's own buffers must stay clear of, the
 * rule the booking transaction checks; without one, the meeting itself is the range.
 */
export interface BookedInterval extends BusyInterval {
  blockedFrom?: Temporal.Instant;
  blockedUntil?: Temporal.Instant;
}

export interface RepAvailability {
  repId: number;
  /** IANA zone the working hours are read in. */
  timeZone: string;
  weeklyHours: WeeklyInterval[];
  /** Appointments already on the rep's calendar. */
  booked: BookedInterval[];
  /** At most this many appointments starting on one local date (rep's zone); null or absent: no cap. */
  dailyMax?: number | null;
  timeOff?: BusyInterval[];
  /**
   * Working intervals that replace the weekly hours on a local date ('YYYY-MM-DD', rep's zone);
   * an empty list makes the date a day off.
   */
  dateOverrides?: ReadonlyMap<string, readonly LocalInterval[]>;
  /**
   * Ranges another setter holds for a moment while confirming a booking, their buffers included:
   * the new meeting and its own buffers must stay clear of them, as the booking check in the
   * database does.
   */
  held?: BusyInterval[];
}

export interface MeetingTypeRules {
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
  slotStepMinutes: number;
  horizonDays: number;
}

/** One bookable start, with every rep free for it (ids ascending). */
export interface Slot {
  startsAt: Temporal.Instant;
  endsAt: Temporal.Instant;
  repIds: number[];
}
