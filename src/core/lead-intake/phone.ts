// 'max' metadata on purpose: only it tells mobile from fixed line in every country, and its
// validity check is the strict per-type one. Parsing costs ~20 µs a number; a bulk import
// memoizes by raw value rather than trading down to 'min'.
import { isSupportedCountry, type NumberType, parsePhoneNumberFromString } from 'libphonenumber-js/max';

export const phoneTypes = [
  'mobile',
  'fixed_line',
  'fixed_line_or_mobile',
  'toll_free',
  'voip',
  'unknown',
] as const;
export type PhoneType = (typeof phoneTypes)[number];

export interface NormalizedPhone {
  /** E.164, e.g. '+12125550100'. */
  e164: string;
  type: PhoneType;
  /** ISO 3166-1 alpha-2 of the number's region; '001' for non-geographic numbers (+800 …). */
  country: string;
}

export type PhoneErrorCode = 'PHONE_EMPTY' | 'PHONE_INVALID';

export type PhoneResult =
  | { ok: true; value: NormalizedPhone }
  | { ok: false; error: { code: PhoneErrorCode; message: string } };

const typeByLibraryType: Partial<Record<NonNullable<NumberType>, PhoneType>> = {
  MOBILE: 'mobile',
  FIXED_LINE: 'fixed_line',
  FIXED_LINE_OR_MOBILE: 'fixed_line_or_mobile',
  TOLL_FREE: 'toll_free',
  VOIP: 'voip',
};

/**
 * A phone number as typed in a spreadsheet, in E.164 with its line type. National numbers are
 * read in `defaultCountry` (ISO alpha-2); '+…' and '00…' numbers carry their own country.
 * Excel's leading apostrophe and extensions are tolerated (the extension is dropped).
 *
 * @example
 * normalizePhone('(212) 555-0100', 'US') // { ok: true, value: { e164: '+12125550100', type: 'fixed_line_or_mobile', country: 'US' } }
 * normalizePhone('064 123 4567', 'RS') // { ok: true, value: { e164: '+381641234567', type: 'mobile', country: 'RS' } }
 * normalizePhone('12345', 'US') // { ok: false, error: { code: 'PHONE_INVALID', … } }
 */
export function normalizePhone(raw: string, defaultCountry: string): PhoneResult {
  const text = raw.trim().replace(/^'/, '');
  if (text === '') return { ok: false, error: { code: 'PHONE_EMPTY', message: 'The phone number is empty' } };
  const country = defaultCountry.toUpperCase();
  const parsed = parsePhoneNumberFromString(
    text,
    isSupportedCountry(country) ? { defaultCountry: country } : {},
  );
  if (!parsed?.isValid()) {
    return {
      ok: false,
      error: {
        code: 'PHONE_INVALID',
        message: `"${raw.trim()}" is not a valid phone number (read as ${country})`,
      },
    };
  }
  const libraryType = parsed.getType();
  return {
    ok: true,
    value: {
      e164: parsed.number,
      type: (libraryType && typeByLibraryType[libraryType]) ?? 'unknown',
      country: parsed.country ?? '001',
    },
  };
}
