import { getCountries } from 'libphonenumber-js/max';
import { normalizeHeader } from './header-text.ts';

/** Spellings Intl's region names do not give: common abbreviations and short forms. */
const aliases: Record<string, string> = {
  usa: 'US',
  'u s': 'US',
  'u s a': 'US',
  'united states of america': 'US',
  america: 'US',
  sad: 'US',
  'sjedinjene americke drzave': 'US',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  srb: 'RS',
  'republika srbija': 'RS',
  'republic of serbia': 'RS',
};

let codeByName: Map<string, string> | undefined;

/** Region names in English and Serbian (both scripts) from Intl, built on first use. */
function namesToCodes(): Map<string, string> {
  if (codeByName) return codeByName;
  const map = new Map<string, string>(Object.entries(aliases));
  for (const locale of ['en', 'sr-Latn', 'sr-Cyrl']) {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    for (const code of getCountries()) {
      const name = names.of(code);
      if (name && name !== code) map.set(normalizeHeader(name), code);
    }
  }
  codeByName = map;
  return map;
}

/**
 * The ISO 3166-1 alpha-2 code of a country cell: a code ('us', 'RS') or a name in English or
 * Serbian, Latin or Cyrillic ('United States', 'Srbija', 'Србија'); null when not recognised.
 *
 * @example
 * normalizeCountry('Srbija') // 'RS'
 * normalizeCountry('USA') // 'US'
 * normalizeCountry('Atlantis') // null
 */
export function normalizeCountry(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(code) && (getCountries() as readonly string[]).includes(code)) return code;
  return namesToCodes().get(normalizeHeader(raw)) ?? null;
}
