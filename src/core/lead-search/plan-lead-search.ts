import { getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js/max';
import { cyrillicToLatin, latinToCyrillic } from '../shared/serbian-script.ts';
import type { LeadSearchPlan, LeadSearchTerm } from './lead-search.ts';

export interface SearchClient {
  id: number;
  /** ISO 3166-1 alpha-2: how its leads' national numbers are read. */
  country: string;
}

const phoneLike = /^[\d\s+().\-/]+$/;

/** The calling code of a country, e.g. 'US' → '1', 'RS' → '381'; undefined when unknown. */
function callingCode(country: string): string | undefined {
  const code = country.toUpperCase();
  return isSupportedCountry(code) ? getCountryCallingCode(code) : undefined;
}

/**
 * The E.164 prefixes digits typed without '+' may start, for a client in a country: the national
 * number (a trunk 0 dropped: '064 12' → '+38164 12'), or the number with its country code already.
 * For North America a leading 1 is the country code, since no area code starts with 1.
 *
 * @example
 * nationalPrefixes('21255', '1') // ['+121255']
 * nationalPrefixes('0641', '381') // ['+381641']
 */
export function nationalPrefixes(digits: string, code: string | undefined): string[] {
  if (code === undefined) return [`+${digits}`];
  if (code === '1') return [digits.startsWith('1') ? `+${digits}` : `+1${digits}`];
  if (digits.startsWith('0')) return [`+${code}${digits.slice(1)}`];
  return digits.startsWith(code) ? [`+${code}${digits}`, `+${digits}`] : [`+${code}${digits}`];
}

function phoneTerms(text: string, digits: string, clients: readonly SearchClient[]): LeadSearchTerm[] {
  const international = text.trim().startsWith('+') || digits.startsWith('00');
  const clientsByPrefix = new Map<string, number[]>();
  for (const client of clients) {
    const prefixes = international
      ? [`+${digits.replace(/^00/, '')}`]
      : nationalPrefixes(digits, callingCode(client.country));
    for (const prefix of prefixes)
      clientsByPrefix.set(prefix, [...(clientsByPrefix.get(prefix) ?? []), client.id]);
  }
  return [...clientsByPrefix].map(([prefix, clientIds]) => ({ kind: 'phone', clientIds, prefix }));
}

/** Countries whose leads' names are written in Serbian Cyrillic or Latin, either one. */
const serbianScriptCountries = new Set(['RS', 'ME', 'BA']);

const asciiLower = (text: string): string => text.replace(/[A-Z]+/g, (c) => c.toLowerCase());

/** Each word's first letter in capitals: the way names are stored, whatever case was typed. */
const capitalized = (text: string): string =>
  text.replace(
    /(^|[\s,-])(\p{Ll})/gu,
    (_m, before: string, letter: string) => `${before}${letter.toUpperCase()}`,
  );

/**
 * The spellings a typed text is looked up as, each for the clients it applies to. The databases'
 * lower() folds only ASCII letters (SQLite always; PostgreSQL in a "C" database), so a text with
 * other letters is also looked up with capital initials, the way names are stored ("петар" finds
 * "Петар"). For clients in Serbian-writing countries it is also looked up in the other alphabet,
 * both ways ("petar" finds "Петар", "Ђорђе" finds "Đorđe").
 *
 * @example
 * textSpellings('петар', [{ id: 2, country: 'RS' }])
 * // [['петар', [2]], ['Петар', [2]], ['petar', [2]]]
 */
export function textSpellings(text: string, clients: readonly SearchClient[]): [string, number[]][] {
  const byKey = new Map<string, [string, number[]]>();
  const add = (spelling: string, clientIds: readonly number[]) => {
    const variants = /^[ -~]*$/.test(spelling) ? [spelling] : [spelling, capitalized(spelling)];
    for (const variant of variants) {
      const key = asciiLower(variant);
      const entry = byKey.get(key) ?? [variant, []];
      for (const id of clientIds) if (!entry[1].includes(id)) entry[1].push(id);
      byKey.set(key, entry);
    }
  };
  add(
    text,
    clients.map((c) => c.id),
  );
  const serbian = clients.filter((c) => serbianScriptCountries.has(c.country.toUpperCase())).map((c) => c.id);
  if (serbian.length > 0) {
    add(cyrillicToLatin(text), serbian);
    add(latinToCyrillic(text), serbian);
  }
  return [...byKey.values()];
}

function textTerms(text: string, clientIds: readonly number[], asTyped: boolean): LeadSearchTerm[] {
  const words = text.split(/[\s,]+/).filter(Boolean);
  const [first, ...rest] = words;
  if (first === undefined) return [];
  const term = (
    field: 'first_name' | 'last_name' | 'company' | 'email',
    prefix: string,
    and: null | { field: 'first_name' | 'last_name'; prefix: string } = null,
  ): LeadSearchTerm => ({ kind: 'text', clientIds, field, prefix, and });
  if (rest.length === 0) {
    return [
      term('first_name', first),
      term('last_name', first),
      term('company', first),
      // Addresses are written as typed: another spelling of them is no address.
      ...(asTyped ? [term('email', first)] : []),
    ];
  }
  const others = rest.join(' ');
  return [
    term('first_name', first, { field: 'last_name', prefix: others }),
    term('last_name', first, { field: 'first_name', prefix: others }),
    term('company', words.join(' ')),
  ];
}

/**
 * What to read for a text typed into the incoming-call search, in the user's clients: a text of
 * digits and phone punctuation is a phone number (at least 2 digits), anything else a name,
 * company or email prefix ("smi", "john smi", "smith, jo", "acme", "ana@") in each of its
 * spellings (see textSpellings).
 *
 * @example
 * planLeadSearch('(212) 555', [{ id: 1, country: 'US' }]).terms // [{ kind: 'phone', clientIds: [1], prefix: '+1212555' }]
 */
export function planLeadSearch(text: string, clients: readonly SearchClient[]): LeadSearchPlan {
  const trimmed = text.trim().slice(0, 100);
  if (trimmed === '' || clients.length === 0) return { digits: null, terms: [] };
  if (phoneLike.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    if (digits.length < 2) return { digits: null, terms: [] };
    return { digits, terms: phoneTerms(trimmed, digits, clients) };
  }
  return {
    digits: null,
    terms: textSpellings(trimmed, clients).flatMap(([spelling, clientIds]) =>
      textTerms(spelling, clientIds, spelling === trimmed),
    ),
  };
}
