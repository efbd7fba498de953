import { Temporal } from 'temporal-polyfill';

/**
 * A date and a wall-clock time read on the clock of `timeZone` (not the browser's), as an ISO
 * instant: what the typed date and time fields hold ("YYYY-MM-DD", "HH:mm"). "24:00" is the end
 * of that day, midnight of the next. A wall time that occurs twice or not at all on a
 * daylight-saving day resolves as calendars do ('compatible': the earlier of two, or moved
 * forward past the gap). null while a part is missing or impossible.
 *
 * @example
 * instantFromLocal({ date: '2026-03-08', time: '02:30' }, 'America/New_York') // '2026-03-08T07:30:00Z'
 * instantFromLocal({ date: '2026-12-24', time: '24:00' }, 'Europe/Belgrade') // '2026-12-24T23:00:00Z'
 */
export function instantFromLocal(local: { date: string; time: string }, timeZone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(local.date) || !/^\d{2}:\d{2}$/.test(local.time)) return null;
  try {
    const endOfDay = local.time === '24:00';
    const date = Temporal.PlainDate.from(local.date, { overflow: 'reject' });
    const wall = endOfDay
      ? date.add({ days: 1 }).toPlainDateTime()
      : date.toPlainDateTime(Temporal.PlainTime.from(local.time, { overflow: 'reject' }));
    return wall.toZonedDateTime(timeZone, { disambiguation: 'compatible' }).toInstant().toString();
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
