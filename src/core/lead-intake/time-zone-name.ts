import { canonicalTimeZone } from '../calling-hours/time-zone-candidates.ts';

/**
 * The IANA zone a time-zone cell names, case-corrected, or null. Only region names ('Area/City')
 * and UTC count: abbreviations such as 'EST' are refused because the IANA zone 'EST' is a fixed
 * UTC-5 with no daylight saving, which is not what a person typing 'EST' means.
 *
 * @example
 * explicitTimeZone('america/chicago') // 'America/Chicago'
 * explicitTimeZone('EST') // null
 * explicitTimeZone('+02:00') // null
 */
export function explicitTimeZone(raw: string): string | null {
  const text = raw.trim();
  if (!text.includes('/') && text.toUpperCase() !== 'UTC') return null;
  return canonicalTimeZone(text);
}
