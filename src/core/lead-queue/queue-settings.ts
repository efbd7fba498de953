import type { Temporal } from 'temporal-polyfill';

/** How a campaign's queue treats skips and overdue personal callbacks. */
export interface QueueSettings {
  /** How long a skipped lead is not served again to the setter who skipped it. */
  skipMinutes: number;
  /** How long after its time a setter's own callback waits for them before anyone may take it. */
  callbackHandoverMinutes: number;
}

/** A skip lasts half an hour; a personal callback waits a quarter of an hour for its owner. */
export const defaultQueueSettings: QueueSettings = { skipMinutes: 30, callbackHandoverMinutes: 15 };

/** The bounds a manager may set (minutes): at most a day for a skip, a working day for a hand-over. */
export const queueSettingsLimits = {
  skipMinutes: { min: 1, max: 24 * 60 },
  callbackHandoverMinutes: { min: 0, max: 12 * 60 },
} as const;

/**
 * The instant from which a personal callback is open to anyone: its due time plus the campaign's
 * hand-over time. Callbacks due at or before `now` minus the hand-over have passed to the team.
 *
 * @example
 * callbackHandoverAt(Temporal.Instant.from('2026-12-08T14:00:00Z'), defaultQueueSettings)
 * // 2026-12-08T14:15:00Z
 */
export function callbackHandoverAt(dueAt: Temporal.Instant, settings: QueueSettings): Temporal.Instant {
  return dueAt.add({ minutes: settings.callbackHandoverMinutes });
}

/**
 * Whether `userId` may be served a due callback now: their own, anyone's, or someone else's that
 * has waited past the hand-over time. The queue's SQL selects by the cut-off this rule implies
 * (`callbackHandoverCutoff`).
 *
 * @example
 * maySeeCallback({ ownerUserId: 7, dueAt }, 8, dueAt.add({ minutes: 10 }), defaultQueueSettings) // false
 * maySeeCallback({ ownerUserId: 7, dueAt }, 8, dueAt.add({ minutes: 15 }), defaultQueueSettings) // true
 */
export function maySeeCallback(
  callback: { ownerUserId: number | null; dueAt: Temporal.Instant },
  userId: number,
  now: Temporal.Instant,
  settings: QueueSettings,
): boolean {
  if (callback.dueAt.epochMilliseconds > now.epochMilliseconds) return false;
  if (callback.ownerUserId === null || callback.ownerUserId === userId) return true;
  return callbackHandoverAt(callback.dueAt, settings).epochMilliseconds <= now.epochMilliseconds;
}

/**
 * Another setter's callback due at or before this instant has passed to anyone (see `maySeeCallback`).
 *
 * @example
 * callbackHandoverCutoff(Temporal.Instant.from('2026-12-08T14:15:00Z'), defaultQueueSettings)
 * // 2026-12-08T14:00:00Z
 */
export function callbackHandoverCutoff(now: Temporal.Instant, settings: QueueSettings): Temporal.Instant {
  return now.subtract({ minutes: settings.callbackHandoverMinutes });
}
