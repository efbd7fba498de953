import { Temporal } from 'temporal-polyfill';
import { msPerDay, msPerMinute, type ZoneTimeline, zoneTimeline } from '../calling-hours/zone-timeline.ts';
import { AppError } from '../shared/app-error.ts';
import type { MeetingTypeRules, RepAvailability, Slot } from './availability.ts';
import {
  blockedIntervals,
  bookingsPerLocalDay,
  ceilEpochMs,
  dateOverrideMinutes,
  weeklyMinutes,
  workingIntervals,
} from './rep-calendar.ts';

interface SlotSearch {
  durationMs: number;
  stepMs: number;
  bufferBeforeMs: number;
  bufferAfterMs: number;
  /** Slots start at or after this instant … */
  earliestMs: number;
  /** … and strictly before this one. */
  horizonMs: number;
}

/**
 * The open slots of a meeting type across reps, sorted by start; reps free for the same start
 * share one slot. For each rep, on each local date (rep's zone): the date's override, else the
 * weekday's hours, give the working intervals; slots start at each interval's start and step by
 * `slotStepMinutes`; a slot fits fully inside the interval; padded by its own buffers, it overlaps
 * no booked meeting's blocked range (that meeting's own buffers) and no range another setter holds;
 * the meeting itself overlaps no time off; it starts no sooner than the minimum notice and before
 * the horizon; a date already holding `dailyMax` bookings offers none.
 * Each rep's busy intervals are sorted once and swept alongside the working intervals.
 *
 * @example
 * // A New York rep working 13:00–18:00, on the spring-forward day:
 * findOpenSlots(
 *   [{ repId: 7, timeZone: 'America/New_York', weeklyHours: [{ weekday: 7, startLocal: '13:00', endLocal: '18:00' }], booked: [] }],
 *   { durationMinutes: 60, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, minimumNoticeMinutes: 0, slotStepMinutes: 60, horizonDays: 1 },
 *   Temporal.Instant.from('2026-03-08T05:00:00Z'),
 * ).map((slot) => slot.startsAt.toString())
 * // ['2026-03-08T17:00:00Z', … , '2026-03-08T21:00:00Z'] — 13:00 … 17:00 EDT
 */
export function findOpenSlots(
  reps: RepAvailability[],
  meetingType: MeetingTypeRules,
  now: Temporal.Instant,
  options: { limit?: number } = {},
): Slot[] {
  const search = slotSearch(meetingType, now);
  const timelines = new Map<string, ZoneTimeline>();
  // Reps in id order, so each start's rep list is built already sorted.
  const repsByStart = new Map<number, number[]>();
  for (const rep of [...reps].sort((a, b) => a.repId - b.repId)) {
    const timeline = timelines.get(rep.timeZone) ?? repTimeline(rep, search);
    timelines.set(rep.timeZone, timeline);
    for (const startMs of repSlotStarts(rep, timeline, search)) {
      const repIds = repsByStart.get(startMs);
      if (repIds === undefined) repsByStart.set(startMs, [rep.repId]);
      else if (repIds[repIds.length - 1] !== rep.repId) repIds.push(rep.repId);
    }
  }
  const starts = Float64Array.from(repsByStart.keys()).sort();
  const count = Math.min(starts.length, Math.max(0, options.limit ?? starts.length));
  const slots: Slot[] = [];
  for (const startMs of starts.subarray(0, count)) {
    slots.push({
      startsAt: Temporal.Instant.fromEpochMilliseconds(startMs),
      endsAt: Temporal.Instant.fromEpochMilliseconds(startMs + search.durationMs),
      repIds: repsByStart.get(startMs) ?? [],
    });
  }
  return slots;
}

function slotSearch(rules: MeetingTypeRules, now: Temporal.Instant): SlotSearch {
  const require = (field: keyof MeetingTypeRules, valid: boolean) => {
    if (!valid || !Number.isFinite(rules[field])) {
      throw new AppError('VALIDATION', { message: `Invalid meeting type ${field}: ${rules[field]}`, field });
    }
  };
  require('durationMinutes', rules.durationMinutes > 0);
  require('slotStepMinutes', rules.slotStepMinutes > 0);
  require('bufferBeforeMinutes', rules.bufferBeforeMinutes >= 0);
  require('bufferAfterMinutes', rules.bufferAfterMinutes >= 0);
  require('minimumNoticeMinutes', rules.minimumNoticeMinutes >= 0);
  require('horizonDays', rules.horizonDays >= 0);
  const nowMs = ceilEpochMs(now);
  return {
    durationMs: rules.durationMinutes * msPerMinute,
    stepMs: rules.slotStepMinutes * msPerMinute,
    bufferBeforeMs: rules.bufferBeforeMinutes * msPerMinute,
    bufferAfterMs: rules.bufferAfterMinutes * msPerMinute,
    earliestMs: nowMs + rules.minimumNoticeMinutes * msPerMinute,
    horizonMs: nowMs + rules.horizonDays * msPerDay,
  };
}

function repTimeline(rep: RepAvailability, search: SlotSearch): ZoneTimeline {
  try {
    return zoneTimeline(rep.timeZone, search.earliestMs - 2 * msPerDay, search.horizonMs + 2 * msPerDay);
  } catch (cause) {
    throw new AppError('VALIDATION', {
      message: `Rep ${rep.repId} has an unknown time zone "${rep.timeZone}"`,
      field: 'timeZone',
      cause,
    });
  }
}

/** One rep's open starts, ascending: a single sweep over working and busy intervals. */
function repSlotStarts(rep: RepAvailability, timeline: ZoneTimeline, search: SlotSearch): number[] {
  const { durationMs, stepMs, earliestMs, horizonMs } = search;
  const starts: number[] = [];
  if (horizonMs <= earliestMs) return starts;
  const blocked = blockedIntervals(rep, { beforeMs: search.bufferBeforeMs, afterMs: search.bufferAfterMs });
  const bookedPerDay = bookingsPerLocalDay(rep, timeline);
  const cap = rep.dailyMax ?? Number.POSITIVE_INFINITY;
  const onGrid = (originMs: number, atLeastMs: number) =>
    originMs + Math.max(0, Math.ceil((atLeastMs - originMs) / stepMs)) * stepMs;
  let next = 0;
  const hours = weeklyMinutes(rep.weeklyHours);
  const overrides = dateOverrideMinutes(rep.dateOverrides);
  for (const work of workingIntervals(hours, timeline, earliestMs, horizonMs, overrides)) {
    if ((bookedPerDay.get(work.dayIndex) ?? 0) >= cap) continue;
    let startMs = onGrid(work.startMs, earliestMs);
    while (startMs + durationMs <= work.endMs && startMs < horizonMs) {
      while ((blocked[next]?.endMs ?? Number.POSITIVE_INFINITY) <= startMs) next++;
      const block = blocked[next];
      if (block !== undefined && block.startMs < startMs + durationMs) {
        startMs = onGrid(work.startMs, block.endMs);
        continue;
      }
      starts.push(startMs);
      startMs += stepMs;
    }
  }
  return starts;
}
