import { getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js/max';

export type { ForeignPhonePolicy } from '../../contracts/imports.ts';

/**
 * Whether a number belongs to another numbering plan than the lead's country: its country
 * calling code differs. Numbers that share the calling code (+1: the US, Canada, Puerto Rico …)
 * are dialled domestically and are not foreign to each other; an unknown country flags nothing.
 *
 * @example
 * isForeignPhone('+442079460958', 'US') // true
 * isForeignPhone('+14165550123', 'US') // false: Toronto shares +1
 * isForeignPhone('+381641234567', 'RS') // false
 */
export function isForeignPhone(e164: string, country: string): boolean {
  const code = country.toUpperCase();
  if (!isSupportedCountry(code)) return false;
  return !e164.startsWith(`+${getCountryCallingCode(code)}`);
}
