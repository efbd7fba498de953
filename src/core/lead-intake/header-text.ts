/**
 * Serbian Cyrillic to Latin (gajica), letter by letter. The alphabets map one to one, so header
 * names typed in either script compare equal after this.
 */
const cyrillicToLatin: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
};

/** Serbian Cyrillic text in Latin script; other characters pass through. */
export function transliterateSerbian(text: string): string {
  let out = '';
  for (const char of text.toLowerCase()) out += cyrillicToLatin[char] ?? char;
  return out;
}

const nonPrintableAscii = /[^ -~]/;

/**
 * Latin letters without accents, in lower case: 'Poštanski' → 'postanski', 'Ђорђе' → 'djordje'.
 * 'đ' has no Unicode decomposition, so it is spelled 'dj' as Serbian does without diacritics.
 */
export function foldToAscii(text: string): string {
  // Printable ASCII has nothing to transliterate or decompose: only the case changes.
  if (!nonPrintableAscii.test(text)) return text.toLowerCase();
  return transliterateSerbian(text)
    .replaceAll('đ', 'dj')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replaceAll('ß', 'ss');
}

/**
 * A header name reduced to lower-case ASCII words separated by single spaces, so that
 * 'E-mail Address', 'email_address' and 'EMAIL  ADDRESS' compare equal.
 *
 * @example
 * normalizeHeader('Poštanski broj') // 'postanski broj'
 * normalizeHeader('State/Region') // 'state region'
 * normalizeHeader('mobilePhone2') // 'mobile phone 2'
 */
export function normalizeHeader(header: string): string {
  // 'firstName', 'PostalCode' (camelCase exports) and 'Phone2' read as separate words.
  return foldToAscii(header.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'))
    .replace(/([a-z])([0-9])/g, '$1 $2')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A stable key for a custom field: lower-case ASCII words joined by '_'.
 *
 * @example
 * slugifyHeader('Roof type (sq ft)') // 'roof_type_sq_ft'
 * slugifyHeader('Napomena') // 'napomena'
 */
export function slugifyHeader(header: string): string {
  return normalizeHeader(header).replaceAll(' ', '_') || 'column';
}
