import { Temporal } from 'temporal-polyfill';
import { msPerDay } from '../calling-hours/zone-timeline.ts';
import type { MeetingTypeRules, Slot } from './availability.ts';
import { ceilEpochMs } from './rep-calendar.ts';

/** A window over the open slots: starts at or after `from`, strictly before `to`, at most `limit`. */
export interface SlotRange {
  from?: Temporal.Instant | null;
  to?: Temporal.Instant | null;
  limit?: number | null;
}

/** One page of slots, and where the next one starts; nothing is ever cut without saying so. */
export interface SlotPage {
  slots: Slot[];
  /** True when the horizon holds open slots after this page (past `to` or past `limit`). */
  hasMore: boolean;
  /** The first start after this page: pass it back as `from` for the next page; null when none. */
  nextFrom: Temporal.Instant | null;
}

/** A calendar day of the horizon in one zone, with what it offers. */
export interface SlotDay {
  /** The local date, `YYYY-MM-DD`. */
  date: string;
  /** The day's first and next day's first instant in that zone (23 or 25 hours on DST days). */
  startsAt: Temporal.Instant;
  endsAt: Temporal.Instant;
  slots: number;
  firstStartsAt: Temporal.Instant | null;
}

/**
 * Where a meeting type's horizon ends for a search at `now`: no slot starts at or after it. The
 * same instant the slot finder stops at.
 *
 * @example
 * horizonEnd({ horizonDays: 21 }, Temporal.Instant.from('2026-12-07T13:00:00Z')).toString()
 * // '2026-12-28T13:00:00Z'
 */
export function horizonEnd(
  rules: Pick<MeetingTypeRules, 'horizonDays'>,
  now: Temporal.Instant,
): Temporal.Instant {
  return Temporal.Instant.fromEpochMilliseconds(ceilEpochMs(now) + rules.horizonDays * msPerDay);
}

/** The index of the first slot starting at or after `ms` in slots sorted by start. */
function firstAtOrAfter(slots: readonly Slot[], ms: number): number {
  let low = 0;
  let high = slots.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((slots[middle]?.startsAt.epochMilliseconds ?? Number.POSITIVE_INFINITY) < ms) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A page of the open slots (sorted by start, as the slot finder returns them). Slots have distinct
 * starts, so `nextFrom` is an exact cursor: reading page after page from the first `from` yields
 * every slot once, in order, whatever the limits.
 *
 * @example
 * pageOfSlots(slots, { from: Temporal.Instant.from('2026-12-14T05:00:00Z'), limit: 20 })
 * // { slots: [the first 20 from Dec 14], hasMore: true, nextFrom: the 21st's start }
 */
export function pageOfSlots(slots: readonly Slot[], range: SlotRange = {}): SlotPage {
  const start = range.from ? firstAtOrAfter(slots, range.from.epochMilliseconds) : 0;
  const end = range.to ? firstAtOrAfter(slots, range.to.epochMilliseconds) : slots.length;
  const limit = range.limit ?? Number.POSITIVE_INFINITY;
  const stop = Math.max(start, Math.min(end, start + Math.max(0, limit)));
  const next = slots[stop];
  return {
    slots: slots.slice(start, stop),
    hasMore: next !== undefined,
    nextFrom: next?.startsAt ?? null,
  };
}

/**
 * Every local date from `now`'s date to the horizon's last date in `timeZone`, with how many open
 * slots start on it and the first one: a day with none is listed too, so a navigator can show it
 * disabled. Throws a RangeError for an unknown zone (check the zone at the edge).
 *
 * @example
 * slotDays(slots, 'America/New_York', now, horizonEnd(rules, now))
 * // [{ date: '2026-12-07', slots: 9, … }, { date: '2026-12-08', … }, … 22 days]
 */
export function slotDays(
  slots: readonly Slot[],
  timeZone: string,
  now: Temporal.Instant,
  end: Temporal.Instant,
): SlotDay[] {
  const days: SlotDay[] = [];
  let date = now.toZonedDateTimeISO(timeZone).toPlainDate();
  // The last instant a slot may start at is just before the horizon's end.
  const lastDate = Temporal.Instant.fromEpochMilliseconds(
    Math.max(now.epochMilliseconds, end.epochMilliseconds - 1),
  )
    .toZonedDateTimeISO(timeZone)
    .toPlainDate();
  while (Temporal.PlainDate.compare(date, lastDate) <= 0) {
    const startsAt = date.toZonedDateTime({ timeZone }).toInstant();
    const next = date.add({ days: 1 });
    const endsAt = next.toZonedDateTime({ timeZone }).toInstant();
    const first = firstAtOrAfter(slots, startsAt.epochMilliseconds);
    const after = firstAtOrAfter(slots, endsAt.epochMilliseconds);
    days.push({
      date: date.toString(),
      startsAt,
      endsAt,
      slots: after - first,
      firstStartsAt: after > first ? (slots[first]?.startsAt ?? null) : null,
    });
    date = next;
  }
  return days;
}
