import type { Temporal } from 'temporal-polyfill';
import {
  dayIndexOf,
  dayIndexOfIsoDate,
  firstInstantAtWallTime,
  isoWeekdayOf,
  localMsAt,
  msPerDay,
  msPerMinute,
  parseClockTime,
  type ZoneTimeline,
} from '../calling-hours/zone-timeline.ts';
import type {
  BookedInterval,
  BusyInterval,
  LocalInterval,
  RepAvailability,
  WeeklyInterval,
} from './availability.ts';

/** A half-open span of instants in epoch milliseconds. */
export interface MsInterval {
  startMs: number;
  endMs: number;
}

export interface WorkingInterval extends MsInterval {
  /** The rep's local date the interval belongs to (days since 1970-01-01). */
  dayIndex: number;
}

/**
 * The earliest whole millisecond at or after an instant, so sub-millisecond instants compare exactly.
 *
 * @example
 * ceilEpochMs(Temporal.Instant.fromEpochNanoseconds(1_500_001n)) // 2
 */
export function ceilEpochMs(instant: Temporal.Instant): number {
  const ns = instant.epochNanoseconds;
  let ms = ns / 1_000_000n;
  if (ms * 1_000_000n < ns) ms += 1n;
  return Number(ms);
}

/** Minutes after local midnight, end exclusive. */
export interface DayMinutes {
  start: number;
  end: number;
}

/**
 * Minutes-of-day intervals per ISO weekday, sorted, with overlapping or touching intervals joined
 * (09:00–12:00 and 12:00–15:00 are one stretch of work, so a slot may span noon).
 *
 * @example
 * weeklyMinutes([{ weekday: 1, startLocal: '12:00', endLocal: '15:00' }, { weekday: 1, startLocal: '09:00', endLocal: '12:00' }])
 * // Map { 1 => [{ start: 540, end: 900 }] }
 */
export function weeklyMinutes(weeklyHours: readonly WeeklyInterval[]): Map<number, DayMinutes[]> {
  const byWeekday = new Map<number, LocalInterval[]>();
  for (const interval of weeklyHours) {
    byWeekday.set(interval.weekday, [...(byWeekday.get(interval.weekday) ?? []), interval]);
  }
  const result = new Map<number, DayMinutes[]>();
  for (const [weekday, intervals] of byWeekday) {
    result.set(weekday, dayMinutes(intervals, 'weeklyHours'));
  }
  return result;
}

/**
 * Date overrides keyed by day index (days since 1970-01-01 of the local date), joined like the
 * weekly hours; a date whose list is empty is a day off.
 *
 * @example
 * dateOverrideMinutes(new Map([['2026-03-08', [{ startLocal: '10:00', endLocal: '12:00' }]], ['2026-03-09', []]]))
 * // Map { 20520 => [{ start: 600, end: 720 }], 20521 => [] }
 */
export function dateOverrideMinutes(
  overrides: ReadonlyMap<string, readonly LocalInterval[]> | undefined,
): Map<number, DayMinutes[]> {
  const byDay = new Map<number, DayMinutes[]>();
  for (const [localDate, intervals] of overrides ?? []) {
    byDay.set(dayIndexOfIsoDate(localDate, 'dateOverrides'), dayMinutes(intervals, 'dateOverrides'));
  }
  return byDay;
}

/** Parsed, non-empty intervals of one day, sorted and joined. */
function dayMinutes(intervals: readonly LocalInterval[], field: string): DayMinutes[] {
  const parsed: MsInterval[] = [];
  for (const interval of intervals) {
    const start = parseClockTime(interval.startLocal, `${field}.startLocal`);
    const end = parseClockTime(interval.endLocal, `${field}.endLocal`, true);
    if (end > start) parsed.push({ startMs: start, endMs: end });
  }
  return joinIntervals(parsed).map((i) => ({ start: i.startMs, end: i.endMs }));
}

/**
 * The rep's working intervals as instants, in time order, for every local date touching
 * [fromMs, toMs]. A date override replaces the weekly hours of its date. Each local date is
 * resolved on its own, so 13:00–18:00 stays 13:00–18:00 on the rep's wall clock across a DST change. An interval starting or ending inside a skipped hour
 * resolves to the moment clocks jump; inside a repeated hour, to its first pass.
 *
 * @example
 * // Sundays 13:00–18:00 in New York, around the spring-forward:
 * workingIntervals(new Map([[7, [{ start: 780, end: 1080 }]]]), newYork2026, Date.UTC(2026, 2, 8), Date.UTC(2026, 2, 9))
 * // [{ dayIndex: 20520, startMs: Date.UTC(2026, 2, 8, 17), endMs: Date.UTC(2026, 2, 8, 22) }]
 */
export function workingIntervals(
  byWeekday: ReadonlyMap<number, DayMinutes[]>,
  timeline: ZoneTimeline,
  fromMs: number,
  toMs: number,
  byDay: ReadonlyMap<number, DayMinutes[]> = new Map(),
): WorkingInterval[] {
  const result: WorkingInterval[] = [];
  const lastDay = dayIndexOf(localMsAt(timeline, toMs));
  for (let dayIndex = dayIndexOf(localMsAt(timeline, fromMs)) - 1; dayIndex <= lastDay; dayIndex++) {
    const midnight = dayIndex * msPerDay;
    const day = byDay.get(dayIndex) ?? byWeekday.get(isoWeekdayOf(dayIndex)) ?? [];
    for (const { start, end } of day) {
      const startMs = firstInstantAtWallTime(timeline, midnight + start * msPerMinute);
      const endMs = firstInstantAtWallTime(timeline, midnight + end * msPerMinute);
      if (endMs > startMs) result.push({ dayIndex, startMs, endMs });
    }
  }
  return result;
}

/**
 * What the new meeting itself may not overlap, sorted and joined. A booked meeting blocks its own
 * range (its buffers as stored when it was booked) and a held range carries its buffers too: the
 * new meeting padded by its own buffers must not overlap either, so each is widened by the new
 * meeting's `bufferAfter` before it and its `bufferBefore` after it. This is exactly the overlap
 * the booking transaction checks between stored blocked ranges. Time off blocks the meeting itself.
 *
 * @example
 * // A booking 15:00–16:00Z that blocks 14:45–16:10Z, for a meeting with 15 + 10 minutes of buffers:
 * blockedIntervals({ ...rep, booked: [{ startsAt: at('…T15:00Z'), endsAt: at('…T16:00Z'), blockedFrom: at('…T14:45Z'), blockedUntil: at('…T16:10Z') }] }, { beforeMs: 15 * 60_000, afterMs: 10 * 60_000 })
 * // [{ startMs: …T14:35Z, endMs: …T16:25Z }]
 */
export function blockedIntervals(
  rep: RepAvailability,
  buffers: { beforeMs: number; afterMs: number },
): MsInterval[] {
  const toMs = (busy: BusyInterval, padBefore: number, padAfter: number): MsInterval => ({
    startMs: busy.startsAt.epochMilliseconds - padBefore,
    endMs: ceilEpochMs(busy.endsAt) + padAfter,
  });
  const ownRange = (booked: BookedInterval): BusyInterval => ({
    startsAt: booked.blockedFrom ?? booked.startsAt,
    endsAt: booked.blockedUntil ?? booked.endsAt,
  });
  const blocked = [
    ...rep.booked.map((busy) => toMs(ownRange(busy), buffers.afterMs, buffers.beforeMs)),
    ...(rep.timeOff ?? []).map((busy) => toMs(busy, 0, 0)),
    ...(rep.held ?? []).map((busy) => toMs(busy, buffers.afterMs, buffers.beforeMs)),
  ];
  return joinIntervals(blocked.filter((interval) => interval.endMs > interval.startMs));
}

/**
 * How many booked meetings start on each local date of the rep.
 *
 * @example
 * // A Los Angeles rep booked Monday 2026-06-15 at 20:00 local (Tuesday 03:00Z):
 * bookingsPerLocalDay(rep, losAngeles) // Map { 20619 => 1 } — counted on Monday
 */
export function bookingsPerLocalDay(rep: RepAvailability, timeline: ZoneTimeline): Map<number, number> {
  const counts = new Map<number, number>();
  for (const busy of rep.booked) {
    const day = dayIndexOf(localMsAt(timeline, busy.startsAt.epochMilliseconds));
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}

function joinIntervals(intervals: MsInterval[]): MsInterval[] {
  const sorted = [...intervals].sort((a, b) => a.startMs - b.startMs);
  const joined: MsInterval[] = [];
  for (const interval of sorted) {
    const last = joined[joined.length - 1];
    if (last !== undefined && interval.startMs <= last.endMs) {
      last.endMs = Math.max(last.endMs, interval.endMs);
    } else {
      joined.push({ ...interval });
    }
  }
  return joined;
}
