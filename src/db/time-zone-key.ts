import type { TimeZoneCandidate } from '../core/calling-hours/time-zone-candidates.ts';

/**
 * The zones a lead's calling window depends on, as one short indexable text (leads.time_zone_key):
 * the distinct zone names sorted, a client-default zone marked with `~`. Two leads with the same
 * key get the same calling decision at any instant (the decision reads the zones and whether each
 * is only the client's default, never the order or the other sources), so the queue decides the
 * window once per key and selects a key's leads through an index. '' means no zone at all.
 *
 * Written on every insert or change of leads.time_zones; migration 0005 holds a frozen copy for
 * the backfill, so this spelling must not change without a migration that rewrites the column.
 *
 * @example
 * timeZoneKey([
 *   { timeZone: 'America/New_York', source: 'postal_code' },
 *   { timeZone: 'America/Chicago', source: 'phone' },
 *   { timeZone: 'America/New_York', source: 'phone' },
 * ]) // 'America/Chicago America/New_York'
 */
export function timeZoneKey(candidates: readonly TimeZoneCandidate[]): string {
  const zones = new Set<string>();
  for (const c of candidates) zones.add(c.source === 'client_default' ? `~${c.timeZone}` : c.timeZone);
  return [...zones].sort().join(' ');
}

/** Candidates that decide the calling window exactly as the leads of the key do. */
export function zoneKeyCandidates(key: string): TimeZoneCandidate[] {
  if (key === '') return [];
  return key
    .split(' ')
    .map((zone) =>
      zone.startsWith('~')
        ? { timeZone: zone.slice(1), source: 'client_default' as const }
        : { timeZone: zone, source: 'explicit' as const },
    );
}
