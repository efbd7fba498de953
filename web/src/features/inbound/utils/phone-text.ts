const phoneCharacters = /^[\d\s+().\-/]+$/;

/**
 * Whether a search text reads as a phone number (digits and phone punctuation, 3 digits or more):
 * then it becomes the new lead's phone.
 *
 * @example
 * looksLikePhone('(312) 555-01') // true
 * looksLikePhone('Ana 2') // false
 */
export function looksLikePhone(text: string): boolean {
  const trimmed = text.trim();
  return phoneCharacters.test(trimmed) && trimmed.replace(/\D/g, '').length >= 3;
}

/** A search text as the new lead's name: a name-like text, nothing for a number or an email. */
export function nameFromSearch(text: string): string {
  const trimmed = text.trim();
  return phoneCharacters.test(trimmed) || trimmed.includes('@') ? '' : trimmed;
}
