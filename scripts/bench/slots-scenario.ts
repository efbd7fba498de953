import { Temporal } from 'temporal-polyfill';
import type {
  BusyInterval,
  MeetingTypeRules,
  RepAvailability,
  Slot,
  WeeklyInterval,
} from '../../src/core/scheduling/availability.ts';

/**
 * The slot benchmark's scenario, fixed so that it compares with other schedulers: each rep works
 * Monday–Friday 09:00–17:00 in their own zone (reps spread over five US zones), 40 existing
 * 30-minute appointments each at random working times (a fixed seed), a 30-day horizon, 30-minute
 * meetings on a 30-minute grid, the lead in New York. The 30 days cross the US fall-back change.
 */
export const benchZones = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
] as const;
export const leadTimeZone = 'America/New_York';
export const benchNow = Temporal.Instant.from('2026-10-20T12:00:00Z');
export const bookingsPerRep = 40;
export const benchRules: MeetingTypeRules = {
  durationMinutes: 30,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minimumNoticeMinutes: 0,
  slotStepMinutes: 30,
  horizonDays: 30,
};
export const workWeek: WeeklyInterval[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  startLocal: '09:00',
  endLocal: '17:00',
}));

/** mulberry32: a small deterministic generator, so every run books the same times. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * 40 bookings at random working times of the rep's next 30 days: a weekday, a start from 09:00 to
 * 16:30 on a 15-minute grid, no two at the same start (the database keeps one live booking per
 * rep and start).
 */
function randomBookings(timeZone: string, random: () => number): BusyInterval[] {
  const today = benchNow.toZonedDateTimeISO(timeZone).toPlainDate();
  const booked: BusyInterval[] = [];
  const starts = new Set<number>();
  while (booked.length < bookingsPerRep) {
    const date = today.add({ days: 1 + Math.floor(random() * (benchRules.horizonDays - 1)) });
    if (date.dayOfWeek > 5) continue;
    const minutes = 9 * 60 + 15 * Math.floor(random() * 31);
    const startsAt = date
      .toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from({ hour: 0 }).add({ minutes }) })
      .toInstant();
    if (starts.has(startsAt.epochMilliseconds)) continue;
    starts.add(startsAt.epochMilliseconds);
    booked.push({ startsAt, endsAt: startsAt.add({ minutes: 30 }) });
  }
  return booked;
}

/** `count` reps, zones in turn, ids from 1, each with their 40 bookings (seed 20 261 020). */
export function benchReps(count: number): RepAvailability[] {
  const random = seededRandom(20_261_020);
  return Array.from({ length: count }, (_, i) => {
    const timeZone = benchZones[i % benchZones.length] ?? 'UTC';
    return { repId: i + 1, timeZone, weeklyHours: workWeek, booked: randomBookings(timeZone, random) };
  });
}

/**
 * The naive reference: for each rep, each local day, each grid start, resolve the start with
 * Temporal and check every booking. Same rules for this scenario (weekly hours, no buffers, no
 * caps), written the obvious way.
 */
export function naiveOpenSlots(
  reps: RepAvailability[],
  rules: MeetingTypeRules,
  now: Temporal.Instant,
): Slot[] {
  const earliest = now.epochMilliseconds + rules.minimumNoticeMinutes * 60_000;
  const horizon = now.epochMilliseconds + rules.horizonDays * 86_400_000;
  const durationMs = rules.durationMinutes * 60_000;
  const byStart = new Map<number, number[]>();
  for (const rep of reps) {
    const first = now.toZonedDateTimeISO(rep.timeZone).toPlainDate().subtract({ days: 1 });
    const last = Temporal.Instant.fromEpochMilliseconds(horizon)
      .toZonedDateTimeISO(rep.timeZone)
      .toPlainDate();
    for (let date = first; Temporal.PlainDate.compare(date, last) <= 0; date = date.add({ days: 1 })) {
      for (const interval of rep.weeklyHours.filter((w) => w.weekday === date.dayOfWeek)) {
        const from = Temporal.PlainTime.from(interval.startLocal);
        const until = Temporal.PlainTime.from(interval.endLocal);
        for (let time = from; ; time = time.add({ minutes: rules.slotStepMinutes })) {
          const minutesIn = time.since(from).total('minutes');
          if (minutesIn + rules.durationMinutes > until.since(from).total('minutes')) break;
          const start = date.toZonedDateTime({ timeZone: rep.timeZone, plainTime: time }).epochMilliseconds;
          const end = start + durationMs;
          if (start < earliest || start >= horizon) continue;
          const clash = rep.booked.some(
            (b) => b.startsAt.epochMilliseconds < end && start < b.endsAt.epochMilliseconds,
          );
          if (!clash) byStart.set(start, [...(byStart.get(start) ?? []), rep.repId]);
        }
      }
    }
  }
  return [...byStart.keys()]
    .sort((a, b) => a - b)
    .map((start) => ({
      startsAt: Temporal.Instant.fromEpochMilliseconds(start),
      endsAt: Temporal.Instant.fromEpochMilliseconds(start + durationMs),
      repIds: [...(byStart.get(start) ?? [])].sort((a, b) => a - b),
    }));
}

/** Same starts, ends and reps, in the same order. */
export function sameSlots(a: Slot[], b: Slot[]): boolean {
  return (
    a.length === b.length &&
    a.every((slot, i) => {
      const other = b[i];
      return (
        other !== undefined &&
        slot.startsAt.equals(other.startsAt) &&
        slot.endsAt.equals(other.endsAt) &&
        slot.repIds.join(',') === other.repIds.join(',')
      );
    })
  );
}

/** Median and 99th percentile of timings in milliseconds. */
export function percentiles(timings: number[]): { p50: number; p99: number } {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { p50: at(0.5), p99: at(0.99) };
}
