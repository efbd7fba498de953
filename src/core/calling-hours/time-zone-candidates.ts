import { Temporal } from 'temporal-polyfill';
import type { TimeZoneSource } from '../leads/lead.ts';

/** One guess at a lead's time zone and where it came from. */
export interface TimeZoneCandidate {
  timeZone: string;
  source: TimeZoneSource;
}

/** Most trusted first: a field someone typed beats a postal code, which beats a phone prefix. */
const sourcePriority: Record<TimeZoneSource, number> = {
  explicit: 0,
  postal_code: 1,
  phone: 2,
  client_default: 3,
};

/**
 * The canonical spelling of an IANA zone name, or null when it is not one. UTC offsets such as
 * '+05:00' are refused: a lead lives in a named zone that follows its own DST rules.
 *
 * @example
 * canonicalTimeZone('america/new_york') // 'America/New_York'
 * canonicalTimeZone('+05:00') // null
 */
export function canonicalTimeZone(name: string): string | null {
  if (!/^[A-Za-z]/.test(name.trim())) return null;
  try {
    return Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(name.trim()).timeZoneId;
  } catch {
    return null;
  }
}

/**
 * The zones a calling decision must respect, most trusted first and without duplicates. Every
 * explicit, postal-code and phone zone counts (a phone prefix spanning several zones yields them
 * all); the client's default counts only when none of those is known. Invalid names are dropped.
 *
 * @example
 * considerTimeZones([
 *   { timeZone: 'America/New_York', source: 'phone' },
 *   { timeZone: 'America/Chicago', source: 'postal_code' },
 *   { timeZone: 'Europe/Berlin', source: 'client_default' },
 * ])
 * // [{ timeZone: 'America/Chicago', source: 'postal_code' }, { timeZone: 'America/New_York', source: 'phone' }]
 */
export function considerTimeZones(candidates: TimeZoneCandidate[]): TimeZoneCandidate[] {
  const valid: TimeZoneCandidate[] = [];
  for (const candidate of candidates) {
    const timeZone = canonicalTimeZone(candidate.timeZone);
    if (timeZone !== null) valid.push({ timeZone, source: candidate.source });
  }
  valid.sort((a, b) => sourcePriority[a.source] - sourcePriority[b.source]);
  const specific = valid.filter((candidate) => candidate.source !== 'client_default');
  const considered = specific.length > 0 ? specific : valid;
  const seen = new Set<string>();
  return considered.filter((candidate) => {
    if (seen.has(candidate.timeZone)) return false;
    seen.add(candidate.timeZone);
    return true;
  });
}

/**
 * The wall-clock time of an instant in a zone, as 'HH:MM' (24-hour).
 *
 * @example
 * formatLocalTime(Temporal.Instant.from('2026-03-08T12:00:00Z'), 'America/New_York') // '08:00'
 */
export function formatLocalTime(instant: Temporal.Instant, timeZone: string): string {
  const local = instant.toZonedDateTimeISO(timeZone);
  return `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
}
