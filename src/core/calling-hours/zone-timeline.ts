import { Temporal } from 'temporal-polyfill';
import { AppError } from '../shared/app-error.ts';

/**
 * A time zone's UTC offsets over a bounded range, so that rules which look at many instants
 * (calling windows, open slots) ask Temporal once per zone and then do plain arithmetic.
 * "Local milliseconds" are the wall-clock reading written as if it were UTC.
 */
export interface ZoneTimeline {
  timeZone: string;
  /** Ascending; the first segment reaches back to -Infinity, the last forward to +Infinity. */
  segments: { fromMs: number; offsetMs: number }[];
}

export const msPerMinute = 60_000;
export const msPerDay = 86_400_000;

/**
 * The offsets of `timeZone` between two instants, with every transition in between.
 *
 * @example
 * const newYork2026 = zoneTimeline('America/New_York', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
 * newYork2026.segments.length // 3: EST, EDT from 2026-03-08T07:00Z, EST from 2026-11-01T06:00Z
 */
export function zoneTimeline(timeZone: string, fromMs: number, toMs: number): ZoneTimeline {
  let cursor = Temporal.Instant.fromEpochMilliseconds(fromMs).toZonedDateTimeISO(timeZone);
  const segments = [{ fromMs: Number.NEGATIVE_INFINITY, offsetMs: cursor.offsetNanoseconds / 1e6 }];
  for (;;) {
    const next = cursor.getTimeZoneTransition('next');
    if (next === null || next.epochMilliseconds > toMs) break;
    segments.push({ fromMs: next.epochMilliseconds, offsetMs: next.offsetNanoseconds / 1e6 });
    cursor = next;
  }
  return { timeZone, segments };
}

/**
 * The UTC offset in force at the instant `ms`.
 *
 * @example
 * offsetAt(newYork2026, Date.UTC(2026, 5, 1)) // -14_400_000 (EDT, UTC−4)
 */
export function offsetAt(timeline: ZoneTimeline, ms: number): number {
  let offsetMs = timeline.segments[0]?.offsetMs ?? 0;
  for (const segment of timeline.segments) {
    if (segment.fromMs > ms) break;
    offsetMs = segment.offsetMs;
  }
  return offsetMs;
}

/**
 * The wall-clock reading at the instant `ms`, as local milliseconds.
 *
 * @example
 * localMsAt(newYork2026, Date.UTC(2026, 2, 8, 12)) // Date.UTC(2026, 2, 8, 8): 08:00 EDT
 */
export function localMsAt(timeline: ZoneTimeline, ms: number): number {
  return ms + offsetAt(timeline, ms);
}

/**
 * Every instant whose wall clock reads exactly `localMs`: none inside a DST gap, two inside a
 * repeated hour, one otherwise. Ascending.
 *
 * @example
 * instantsAtWallTime(newYork2026, Date.UTC(2026, 10, 1, 1, 30)) // [05:30Z, 06:30Z] as epoch ms
 * instantsAtWallTime(newYork2026, Date.UTC(2026, 2, 8, 2, 30)) // []
 */
export function instantsAtWallTime(timeline: ZoneTimeline, localMs: number): number[] {
  const found: number[] = [];
  const { segments } = timeline;
  segments.forEach((segment, i) => {
    const candidate = localMs - segment.offsetMs;
    const until = segments[i + 1]?.fromMs ?? Number.POSITIVE_INFINITY;
    if (candidate >= segment.fromMs && candidate < until) found.push(candidate);
  });
  return found;
}

/**
 * The first instant at which the wall clock reads `localMs` or later: the earlier occurrence in a
 * repeated hour, and the transition itself when `localMs` falls inside a skipped hour (02:30 on a
 * spring-forward day resolves to the moment clocks jump to 03:00).
 *
 * @example
 * firstInstantAtWallTime(newYork2026, Date.UTC(2026, 2, 8, 2, 30)) // Date.UTC(2026, 2, 8, 7): the jump
 */
export function firstInstantAtWallTime(timeline: ZoneTimeline, localMs: number): number {
  const exact = instantsAtWallTime(timeline, localMs)[0];
  if (exact !== undefined) return exact;
  const { segments } = timeline;
  for (let i = 1; i < segments.length; i++) {
    const before = segments[i - 1];
    const after = segments[i];
    if (before === undefined || after === undefined) continue;
    if (after.fromMs + before.offsetMs <= localMs && localMs < after.fromMs + after.offsetMs) {
      return after.fromMs;
    }
  }
  return localMs - (segments[0]?.offsetMs ?? 0);
}

/**
 * Days since 1970-01-01 of a local-milliseconds value.
 *
 * @example
 * dayIndexOf(Date.UTC(1970, 0, 2, 23, 59)) // 1
 */
export const dayIndexOf = (localMs: number): number => Math.floor(localMs / msPerDay);

/**
 * ISO weekday (1 = Monday … 7 = Sunday) of a day index; 1970-01-01 was a Thursday.
 *
 * @example
 * isoWeekdayOf(0) // 4
 */
export const isoWeekdayOf = (dayIndex: number): number => ((((dayIndex + 3) % 7) + 7) % 7) + 1;

/**
 * Day index of a 'YYYY-MM-DD' calendar date; throws VALIDATION when malformed.
 *
 * @example
 * dayIndexOfIsoDate('2026-03-08') // 20520
 */
export function dayIndexOfIsoDate(isoDate: string, field = 'date'): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const [, year, month, day] = match ?? [];
  if (year === undefined || month === undefined || day === undefined) {
    throw new AppError('VALIDATION', { message: `"${isoDate}" is not a YYYY-MM-DD date`, field });
  }
  const ms = Date.UTC(Number(year), Number(month) - 1, Number(day));
  const roundTrip = new Date(ms);
  if (roundTrip.getUTCMonth() !== Number(month) - 1 || roundTrip.getUTCDate() !== Number(day)) {
    throw new AppError('VALIDATION', { message: `"${isoDate}" is not a calendar date`, field });
  }
  return ms / msPerDay;
}

/**
 * Minutes after local midnight of an 'HH:MM' clock time. '24:00' (the end of the day) is accepted
 * only where `allowEndOfDay` is set, for exclusive ends. Throws VALIDATION when malformed.
 *
 * @example
 * parseClockTime('08:30', 'startLocal') // 510
 * parseClockTime('24:00', 'endLocal', true) // 1440
 */
export function parseClockTime(text: string, field: string, allowEndOfDay = false): number {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  const minutesOfDay = hours * 60 + minutes;
  const valid = match !== null && minutes < 60 && (hours < 24 || (allowEndOfDay && minutesOfDay === 1440));
  if (!valid) {
    throw new AppError('VALIDATION', { message: `"${text}" is not an HH:MM time`, field });
  }
  return minutesOfDay;
}
