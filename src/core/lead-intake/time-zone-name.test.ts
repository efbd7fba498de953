import { describe, expect, it } from 'vitest';
import { explicitTimeZone } from './time-zone-name.ts';

describe('explicitTimeZone', () => {
  it.each([
    ['America/New_York', 'America/New_York'],
    ['america/chicago', 'America/Chicago'],
    [' Europe/Belgrade ', 'Europe/Belgrade'],
    ['Pacific/Honolulu', 'Pacific/Honolulu'],
    ['UTC', 'UTC'],
  ])('"%s" → %s', (raw, zone) => {
    expect(explicitTimeZone(raw)).toBe(zone);
  });

  it.each([
    ['EST: the IANA zone is fixed UTC-5, not New York time', 'EST'],
    ['PST', 'PST'],
    ['an offset', '+02:00'],
    ['an unknown zone', 'Mars/Olympus_Mons'],
    ['Etc/Unknown', 'Etc/Unknown'],
    ['empty', ''],
  ])('%s → null', (_title, raw) => {
    expect(explicitTimeZone(raw)).toBeNull();
  });
});
