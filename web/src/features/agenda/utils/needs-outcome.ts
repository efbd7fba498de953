/** The colour of a meeting that needs an outcome, wherever it shows (calendar, list, badge). */
export const needsOutcomeColor = 'orange';

/** Appointments still on the calendar: an outcome (held, no-show) or a cancellation ends them. */
const live = new Set(['scheduled', 'confirmed']);

/**
 * A meeting that has ended and still has no held / no-show: the rep owes it an outcome.
 *
 * @example
 * needsOutcome({ status: 'scheduled', endsAt: '2026-12-07T15:00:00Z' }, '2026-12-07T16:00:00Z') // true
 * needsOutcome({ status: 'scheduled', endsAt: '2026-12-07T17:00:00Z' }, '2026-12-07T16:00:00Z') // false: not over yet
 * needsOutcome({ status: 'held', endsAt: '2026-12-07T15:00:00Z' }, '2026-12-07T16:00:00Z') // false
 */
export function needsOutcome(appointment: { status: string; endsAt: string }, now: string): boolean {
  return live.has(appointment.status) && Date.parse(appointment.endsAt) <= Date.parse(now);
}

/** Appointments that need an outcome, oldest first: the ones waiting longest at the top. */
export function awaitingOutcome<T extends { status: string; startsAt: string; endsAt: string }>(
  appointments: readonly T[],
  now: string,
): T[] {
  return appointments
    .filter((appointment) => needsOutcome(appointment, now))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** A meeting link worth a "Join" button: an http(s) URL, nothing else (no javascript: or tel:). */
export function joinUrl(location: string | null): string | null {
  if (!location) return null;
  const text = location.trim();
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}
