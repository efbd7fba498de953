import { Temporal } from 'temporal-polyfill';
import type { Disposition } from './lead.ts';

/** How a campaign comes back to a lead: gaps per outcome, attempt caps, rotation through the day. */
export interface RetryPolicy {
  /** Minimum minutes before the lead is served again, per disposition. */
  gapMinutes: Partial<Record<Disposition, number>>;
  /** Attempts on the lead in all; null: no cap. */
  maxAttemptsTotal: number | null;
  /** Calls to the lead's number in any 24 hours; null: no cap. */
  maxAttemptsPerDay: number | null;
  /** Retry an unanswered lead in another part of its day (morning, afternoon, evening). */
  rotate: boolean;
  /**
   * Hours after a person was reached on a number before the queue calls that number again, from
   * any campaign or client (a callback the person asked for is exempt); null: no cool-off.
   */
  coolOffHours: number | null;
}

export const defaultRetryPolicy: RetryPolicy = {
  // A conversation that settled nothing (e.g. "send me something"): try again in three days.
  gapMinutes: { no_answer: 120, busy: 15, voicemail: 24 * 60, contact_made: 3 * 24 * 60 },
  maxAttemptsTotal: null,
  maxAttemptsPerDay: null,
  // Off by default: "no answer → 2 hours" is what managers expect until they turn rotation on.
  rotate: false,
  coolOffHours: 24,
};

/** The parts of a local day a rotated retry moves between: starting hours. */
const dayParts = [8, 12, 17] as const;

const partOf = (hour: number) => (hour >= 17 ? 2 : hour >= 12 ? 1 : 0);

/** Outcomes where nobody answered: trying at another time of day raises the odds. */
const rotated: ReadonlySet<Disposition> = new Set(['no_answer', 'voicemail']);

/**
 * The earliest instant the queue may serve the lead again after an attempt: its callback time,
 * else the gap of the outcome; with rotation, an unanswered lead is moved on to the next part of
 * its local day (08:00, 12:00, 17:00) if the gap would bring it back in the same part.
 *
 * @example
 * nextRetryAt({ ...defaultRetryPolicy, rotate: true }, 'no_answer', at('2026-06-01T14:00:00Z'), null, 'America/New_York')
 * // 10:00 local + 2 h = 12:00 local is already the afternoon: 2026-06-01T16:00:00Z
 */
export function nextRetryAt(
  policy: RetryPolicy,
  disposition: Disposition,
  now: Temporal.Instant,
  callbackAt: Temporal.Instant | null,
  timeZone: string | null,
): Temporal.Instant {
  if (disposition === 'call_back' && callbackAt) return callbackAt;
  const earliest = now.add({ minutes: policy.gapMinutes[disposition] ?? 0 });
  if (!policy.rotate || !rotated.has(disposition) || timeZone === null) return earliest;
  const attempted = now.toZonedDateTimeISO(timeZone);
  const retry = earliest.toZonedDateTimeISO(timeZone);
  const sameDay = Temporal.PlainDate.compare(attempted.toPlainDate(), retry.toPlainDate()) === 0;
  if (!sameDay || partOf(retry.hour) !== partOf(attempted.hour)) return earliest;
  const next = dayParts[partOf(attempted.hour) + 1];
  const start =
    next === undefined
      ? retry.toPlainDate().add({ days: 1 }).toZonedDateTime({ timeZone, plainTime: '08:00' })
      : retry.toPlainDate().toZonedDateTime({ timeZone, plainTime: `${String(next).padStart(2, '0')}:00` });
  return start.toInstant();
}

/** Why the campaign's attempt caps stop a lead now, or null. */
export function attemptCapReason(
  policy: RetryPolicy,
  attemptCount: number,
  callsInLast24h: number,
): 'ATTEMPT_CAP' | 'DAILY_ATTEMPT_CAP' | null {
  if (policy.maxAttemptsTotal !== null && attemptCount >= policy.maxAttemptsTotal) return 'ATTEMPT_CAP';
  if (policy.maxAttemptsPerDay !== null && callsInLast24h >= policy.maxAttemptsPerDay)
    return 'DAILY_ATTEMPT_CAP';
  return null;
}

/** Whether the number is still cooling off after the last conversation on it (`lastContactAt`). */
export function isCoolingOff(
  policy: RetryPolicy,
  lastContactAt: Temporal.Instant | null,
  now: Temporal.Instant,
): boolean {
  if (policy.coolOffHours === null || policy.coolOffHours <= 0 || lastContactAt === null) return false;
  return lastContactAt.add({ hours: policy.coolOffHours }).epochMilliseconds > now.epochMilliseconds;
}
