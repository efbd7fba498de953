import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { callingWindowFor } from '../core/calling-hours/calling-window.ts';
import { defaultCallingWindow } from '../core/calling-hours/calling-window-policy.ts';
import type { TimeZoneCandidate } from '../core/calling-hours/time-zone-candidates.ts';
import { timeZoneKey, zoneKeyCandidates } from './time-zone-key.ts';

const zones = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'America/Adak',
  'Pacific/Honolulu',
  'Asia/Kolkata',
  'Europe/Berlin',
] as const;
const sources = ['explicit', 'postal_code', 'phone', 'client_default'] as const;

describe('timeZoneKey', () => {
  it.each([
    { name: 'no zone at all', candidates: [], key: '' },
    {
      name: 'postal code and phone agree: one zone',
      candidates: [
        { timeZone: 'America/Denver', source: 'postal_code' },
        { timeZone: 'America/Denver', source: 'phone' },
      ],
      key: 'America/Denver',
    },
    {
      name: 'sources disagree: both zones, sorted, whatever their order',
      candidates: [
        { timeZone: 'America/New_York', source: 'postal_code' },
        { timeZone: 'America/Chicago', source: 'phone' },
      ],
      key: 'America/Chicago America/New_York',
    },
    {
      name: "the client's default stays apart from a zone the lead names",
      candidates: [
        { timeZone: 'Europe/Berlin', source: 'client_default' },
        { timeZone: 'Europe/Berlin', source: 'explicit' },
      ],
      key: 'Europe/Berlin ~Europe/Berlin',
    },
  ] satisfies { name: string; candidates: TimeZoneCandidate[]; key: string }[])(
    '$name',
    ({ candidates, key }) => {
      expect(timeZoneKey(candidates)).toBe(key);
      expect(timeZoneKey(zoneKeyCandidates(key))).toBe(key);
    },
  );

  it('leads with the same key get the same calling decision at any instant (DST days included)', () => {
    const candidate = fc.record({ timeZone: fc.constantFrom(...zones), source: fc.constantFrom(...sources) });
    // 2026 and 2027, so the US and EU switch days fall inside.
    const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 4 }), instant, (candidates, ms) => {
        const now = Temporal.Instant.fromEpochMilliseconds(ms);
        const byLead = callingWindowFor(candidates, defaultCallingWindow, now);
        const byKey = callingWindowFor(zoneKeyCandidates(timeZoneKey(candidates)), defaultCallingWindow, now);
        expect(byKey.callable).toBe(byLead.callable);
        expect(byKey.reasons).toEqual(byLead.reasons);
        expect(byKey.opensAt?.epochMilliseconds).toBe(byLead.opensAt?.epochMilliseconds);
        expect(byKey.callableUntil?.epochMilliseconds).toBe(byLead.callableUntil?.epochMilliseconds);
      }),
      { numRuns: 300 },
    );
  });
});
