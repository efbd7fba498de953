import type { Temporal } from 'temporal-polyfill';
import type { QueueSettings } from './queue-settings.ts';

/** One remembered skip: `userId` is not served `leadId` again before `until`. */
export interface SkipMemory {
  leadId: number;
  userId: number;
  skippedAt: Temporal.Instant;
  until: Temporal.Instant;
}

/**
 * When a skip made at `skippedAt` ends: the campaign's skip length later (see ADR 0010: a shift
 * is not modelled yet, so "until the next shift" is a skip length a manager sets, e.g. 720).
 *
 * @example
 * skipUntil(Temporal.Instant.from('2026-12-08T14:02:00Z'), { skipMinutes: 30, callbackHandoverMinutes: 15 })
 * // 2026-12-08T14:32:00Z
 */
export function skipUntil(skippedAt: Temporal.Instant, settings: QueueSettings): Temporal.Instant {
  return skippedAt.add({ minutes: settings.skipMinutes });
}

const isActive = (skip: SkipMemory, now: Temporal.Instant) =>
  skip.skippedAt.epochMilliseconds <= now.epochMilliseconds &&
  now.epochMilliseconds < skip.until.epochMilliseconds;

/**
 * The leads `userId` skipped that are still held back from them at `now`, each with the instant
 * it comes back (the latest of its skips). Another setter's skips never hold a lead back.
 *
 * @example
 * activeSkips([{ leadId: 303, userId: 7, skippedAt, until }], 7, skippedAt.add({ minutes: 1 }))
 * // Map { 303 => until }
 */
export function activeSkips(
  skips: readonly SkipMemory[],
  userId: number,
  now: Temporal.Instant,
): Map<number, Temporal.Instant> {
  const held = new Map<number, Temporal.Instant>();
  for (const skip of skips) {
    if (skip.userId !== userId || !isActive(skip, now)) continue;
    const known = held.get(skip.leadId);
    if (!known || skip.until.epochMilliseconds > known.epochMilliseconds) held.set(skip.leadId, skip.until);
  }
  return held;
}

/**
 * Whether the queue holds `leadId` back from `userId` at `now` because they skipped it.
 *
 * @example
 * isSkippedBy(skips, 303, 7, now) // true until the skip's `until`, false for setter 8
 */
export function isSkippedBy(
  skips: readonly SkipMemory[],
  leadId: number,
  userId: number,
  now: Temporal.Instant,
): boolean {
  return activeSkips(skips, userId, now).has(leadId);
}

/**
 * The first instant one of the setter's skipped leads comes back to them (null: none held back):
 * what an empty queue says when only skipped leads are left.
 *
 * @example
 * firstSkipReturn(skips, 7, now) // 2026-12-08T14:32:00Z
 */
export function firstSkipReturn(
  skips: readonly SkipMemory[],
  userId: number,
  now: Temporal.Instant,
): Temporal.Instant | null {
  let first: Temporal.Instant | null = null;
  for (const until of activeSkips(skips, userId, now).values())
    if (!first || until.epochMilliseconds < first.epochMilliseconds) first = until;
  return first;
}
