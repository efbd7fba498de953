import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * A stored E.164 number as people read it, with its extension: North American numbers in the
 * familiar grouping, others in the international format of their country.
 *
 * @example
 * displayPhone('+12125550181') // '+1 (212) 555-0181'
 * displayPhone('+15035550121', '4') // '+1 (503) 555-0121 ext. 4'
 * displayPhone('+442079460958') // '+44 20 7946 0958'
 */
export function displayPhone(e164: string, extension?: string | null): string {
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  const number = nanp
    ? `+1 (${nanp[1]}) ${nanp[2]}-${nanp[3]}`
    : (parsePhoneNumberFromString(e164)?.formatInternational() ?? e164);
  return extension ? `${number} ext. ${extension}` : number;
}
