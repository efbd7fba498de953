import type { TimeZoneCandidate } from '../calling-hours/time-zone-candidates.ts';
import type { PreparedLead } from '../lead-intake/prepare-lead-row.ts';

/** Time-zone data the import resolves each lead against (an adapter over data packages). */
export interface TimeZoneResolver {
  byPostalCode(country: string, postalCode: string): string[];
  byPhone(e164: string): string[];
  /** The USPS state of a US postal code, or null. */
  stateByPostalCode(country: string, postalCode: string): string | null;
}

export interface ResolvedPlace {
  timeZoneCandidates: TimeZoneCandidate[];
  primaryTimeZone: string | null;
  primarySource: TimeZoneCandidate['source'] | null;
  /** Sources name zones with nothing in common: the lead is called only where they overlap. */
  timeZoneConflict: boolean;
  /** The lead's state, else the one its postal code lies in. */
  state: string | null;
}

/** US area codes span at most a few zones; more than this means the prefix named only a country. */
const maxInformativePhoneZones = 3;

/**
 * Every time-zone source of a lead (explicit field, postal code, phone prefix, most trusted
 * first) and its state. The calling window later intersects all the zones; when two sources
 * share no zone at all the lead is flagged as a conflict so a person can look at it.
 *
 * @example
 * resolvePlace({ country: 'US', postalCode: '80202', phone: '+12125550100', … }, lookup)
 * // { timeZoneCandidates: [Denver (postal_code), New_York (phone)], timeZoneConflict: true, state: 'CO', … }
 */
export function resolvePlace(
  lead: Pick<PreparedLead, 'timeZone' | 'postalCode' | 'country' | 'phone' | 'state'>,
  timeZones: TimeZoneResolver,
): ResolvedPlace {
  const candidates: TimeZoneCandidate[] = [];
  if (lead.timeZone) candidates.push({ timeZone: lead.timeZone, source: 'explicit' });
  if (lead.postalCode) {
    for (const zone of timeZones.byPostalCode(lead.country, lead.postalCode)) {
      candidates.push({ timeZone: zone, source: 'postal_code' });
    }
  }
  const phoneZones = timeZones.byPhone(lead.phone);
  // A prefix that only names a country spanning many zones (+1 with an unknown area code) says
  // nothing about the lead; intersecting all of them would make the lead never callable.
  if (phoneZones.length <= maxInformativePhoneZones) {
    for (const zone of phoneZones) candidates.push({ timeZone: zone, source: 'phone' });
  }
  const primary = candidates[0] ?? null;
  const state =
    lead.state ?? (lead.postalCode ? timeZones.stateByPostalCode(lead.country, lead.postalCode) : null);
  return {
    timeZoneCandidates: candidates,
    primaryTimeZone: primary?.timeZone ?? null,
    primarySource: primary?.source ?? null,
    timeZoneConflict: sourcesDisagree(candidates),
    state,
  };
}

/** True when some two sources name zone sets with no zone in common. */
export function sourcesDisagree(candidates: readonly TimeZoneCandidate[]): boolean {
  const bySource = new Map<string, Set<string>>();
  for (const c of candidates) {
    const zones = bySource.get(c.source) ?? new Set<string>();
    zones.add(c.timeZone);
    bySource.set(c.source, zones);
  }
  const sets = [...bySource.values()];
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i] as Set<string>;
      const b = sets[j] as Set<string>;
      if (![...a].some((zone) => b.has(zone))) return true;
    }
  }
  return false;
}
