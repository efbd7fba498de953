/** Countries and territories that use US ZIP codes. */
const zipCountries = new Set(['US', 'PR', 'GU', 'VI', 'AS', 'MP']);

/**
 * A postal code in its country's usual form, or null when the cell is empty or unusable.
 * US ZIPs keep the 5-digit part of ZIP+4, and get back the leading zeros a spreadsheet drops
 * when it stores a ZIP as a number ('7302' → '07302', '501' → '00501', '7302.0' → '07302').
 * Other countries: upper case, single spaces; Serbian codes must be 5 digits.
 *
 * @example
 * normalizePostalCode('10001-1234', 'US') // '10001'
 * normalizePostalCode('7302', 'US') // '07302'
 * normalizePostalCode('11000', 'RS') // '11000'
 * normalizePostalCode('sw1a 1aa', 'GB') // 'SW1A 1AA'
 */
export function normalizePostalCode(raw: string, country: string): string | null {
  const text = raw.trim().replace(/\s+/g, ' ').toUpperCase();
  if (text === '') return null;
  const code = country.toUpperCase();
  if (zipCountries.has(code)) {
    const zip = /^(\d{3,5})(?:[ -]?\d{4})?(?:\.0+)?$/.exec(text);
    return zip?.[1] ? zip[1].padStart(5, '0') : null;
  }
  if (code === 'RS') return /^\d{5}$/.test(text) ? text : null;
  return /^[A-Z0-9][A-Z0-9 -]{1,11}$/.test(text) ? text : null;
}
