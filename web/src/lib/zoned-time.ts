import { Temporal } from 'temporal-polyfill';

/**
 * A `datetime-local` value read on the clock of `timeZone` (not the browser's), as an ISO instant.
 * A wall time that occurs twice or not at all on a daylight-saving day resolves as calendars do
 * ('compatible': the earlier of two, or moved forward past the gap). null when the value is incomplete.
 *
 * @example
 * instantFromLocalInput('2026-03-08T02:30', 'America/New_York') // '2026-03-08T07:30:00Z'
 */
export function instantFromLocalInput(value: string, timeZone: string): string | null {
  try {
    return Temporal.PlainDateTime.from(value)
      .toZonedDateTime(timeZone, { disambiguation: 'compatible' })
      .toInstant()
      .toString();
  } catch {
    return null;
  }
}

/** The `datetime-local` value of an instant on the clock of `timeZone`, to the minute. */
export function localInputFromInstant(instant: string, timeZone: string): string {
  const local = Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).toPlainDateTime();
  return local.round({ smallestUnit: 'minute', roundingMode: 'floor' }).toString({ smallestUnit: 'minute' });
}

/** Today's date on the clock of `timeZone`, "YYYY-MM-DD". */
export const todayIn = (timeZone: string): string => Temporal.Now.plainDateISO(timeZone).toString();

/** Every IANA zone the browser knows, for a searchable choice; the given zones first if missing. */
export function knownTimeZones(...extra: string[]): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...zones, ...extra.filter(Boolean)])].sort();
}
