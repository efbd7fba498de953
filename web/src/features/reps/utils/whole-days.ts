import { Temporal } from 'temporal-polyfill';

/**
 * The days a time off covers when it runs from one midnight to another on the rep's clock (how
 * the form saves whole days): the first and the last day, both included; null for any other span.
 *
 * @example
 * wholeDays('2026-12-24T05:00:00Z', '2026-12-27T05:00:00Z', 'America/New_York')
 * // { first: '2026-12-24', last: '2026-12-26' }
 */
export function wholeDays(
  startsAt: string,
  endsAt: string,
  timeZone: string,
): { first: string; last: string } | null {
  const start = Temporal.Instant.from(startsAt).toZonedDateTimeISO(timeZone);
  const end = Temporal.Instant.from(endsAt).toZonedDateTimeISO(timeZone);
  const midnight = (at: Temporal.ZonedDateTime) => at.equals(at.startOfDay());
  if (!midnight(start) || !midnight(end)) return null;
  const last = end.toPlainDate().subtract({ days: 1 });
  if (Temporal.PlainDate.compare(last, start.toPlainDate()) < 0) return null;
  return { first: start.toPlainDate().toString(), last: last.toString() };
}
