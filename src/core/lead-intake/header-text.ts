import { foldForSearch } from '../shared/serbian-script.ts';

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
  return foldForSearch(header.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'))
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
