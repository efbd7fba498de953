import { Temporal } from 'temporal-polyfill';
import { AppError } from '../shared/app-error.ts';

export interface RepLoad {
  /** Appointments booked with the rep in the recent period the caller chose. */
  bookedCount: number;
  lastBookedAt: Temporal.Instant | null;
  /** Share of the load the rep should carry; default 1. Zero or less: chosen only when no one else is free. */
  weight?: number;
}

const noLoad: RepLoad = { bookedCount: 0, lastBookedAt: null };

/**
 * Fair round-robin: the rep with the fewest bookings relative to their weight; ties go to the rep
 * booked least recently (never booked first), then to the lowest id. A rep missing from
 * `recentLoad` has no bookings. Throws VALIDATION for an empty list.
 *
 * @example
 * chooseRep([3, 5, 8], new Map([
 *   [3, { bookedCount: 4, lastBookedAt: null }],
 *   [5, { bookedCount: 2, lastBookedAt: Temporal.Instant.from('2026-06-01T10:00:00Z') }],
 *   [8, { bookedCount: 4, lastBookedAt: null, weight: 2 }],
 * ])) // 8: 4 / 2 ties 5's 2 / 1, and 8 was never booked
 */
export function chooseRep(
  repIds: number[],
  recentLoad: ReadonlyMap<
    number,
    { bookedCount: number; lastBookedAt: Temporal.Instant | null; weight?: number }
  >,
): number {
  const ranked = repIds.map((repId) => ({ repId, load: recentLoad.get(repId) ?? noLoad }));
  ranked.sort((a, b) => compareLoad(a.load, b.load) || a.repId - b.repId);
  const chosen = ranked[0];
  if (chosen === undefined) {
    throw new AppError('VALIDATION', { message: 'No rep to choose from', field: 'repIds' });
  }
  return chosen.repId;
}

function relativeLoad(load: RepLoad): number {
  const weight = load.weight ?? 1;
  return weight > 0 ? load.bookedCount / weight : Number.POSITIVE_INFINITY;
}

function compareLoad(a: RepLoad, b: RepLoad): number {
  const byLoad = relativeLoad(a) - relativeLoad(b);
  if (byLoad !== 0 && !Number.isNaN(byLoad)) return byLoad < 0 ? -1 : 1;
  if (a.lastBookedAt === null || b.lastBookedAt === null) {
    return (a.lastBookedAt === null ? 0 : 1) - (b.lastBookedAt === null ? 0 : 1);
  }
  return Temporal.Instant.compare(a.lastBookedAt, b.lastBookedAt);
}
