import { beforeAll, describe, expect, it } from 'vitest';
import { createTimeZoneLookup, type TimeZoneLookup } from './time-zone-lookup.ts';

let lookup: TimeZoneLookup;
beforeAll(async () => {
  lookup = await createTimeZoneLookup();
});

describe('byPhone', () => {
  it.each([
    ['a New York 212 number', '+12125550100', ['America/New_York']],
    ['a Los Angeles 213 number', '+12133734253', ['America/Los_Angeles']],
    ['a Honolulu 808 number', '+18085550199', ['Pacific/Honolulu']],
    ['a Belgrade +381 11 number', '+381112345678', ['Europe/Belgrade']],
    ['a number without the plus', '12125550100', ['America/New_York']],
  ])('%s → its zone', (_title, e164, zones) => {
    expect(lookup.byPhone(e164)).toEqual(zones);
  });

  it('a +1 number with an unassigned area code falls back to every zone of the country code', () => {
    const zones = lookup.byPhone('+19995550100');
    expect(zones).toContain('America/New_York');
    expect(zones).toContain('Pacific/Honolulu');
  });

  it.each([
    ['not a number', 'call me'],
    ['empty', ''],
    ['an unassigned country code', '+999123'],
  ])('%s → no zone', (_title, e164) => {
    expect(lookup.byPhone(e164)).toEqual([]);
  });

  it('returns a copy: changing it does not change the next answer', () => {
    lookup.byPhone('+12125550100').push('Europe/Paris');
    expect(lookup.byPhone('+12125550100')).toEqual(['America/New_York']);
  });

  it('only ever answers zones Temporal accepts (no Etc/Unknown)', () => {
    const samples = ['+1', '+7', '+44', '+381', '+61', '+55', '+86', '+800', '+882'];
    for (const zone of samples.flatMap((p) => lookup.byPhone(`${p}123456789`))) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
    }
  });

  it('does at least 200k lookups a second once built', () => {
    const numbers = Array.from(
      { length: 1000 },
      (_, i) => `+1${200 + (i % 800)}555${String(i).padStart(4, '0')}`,
    );
    const count = 200_000;
    const started = performance.now();
    let found = 0;
    for (let i = 0; i < count; i++) found += lookup.byPhone(numbers[i % numbers.length] ?? '').length;
    const seconds = (performance.now() - started) / 1000;
    expect(found).toBeGreaterThan(0);
    expect(count / seconds).toBeGreaterThan(200_000);
  });
});

describe('byPostalCode', () => {
  it.each([
    ['10001', ['America/New_York']],
    ['85001', ['America/Phoenix']],
    ['96813', ['Pacific/Honolulu']],
    ['10001-1234', ['America/New_York']],
    ['100011234', ['America/New_York']],
    [' 85001 ', ['America/Phoenix']],
  ])('US ZIP %s → %j', (zip, zones) => {
    expect(lookup.byPostalCode('US', zip)).toEqual(zones);
  });

  it.each([
    ['an unknown ZIP', 'US', '00000'],
    ['a 4-digit ZIP (leading zero lost: the core pads it first)', 'US', '7302'],
    ['letters', 'US', 'ABCDE'],
    ['a country without ZIP data', 'RS', '11000'],
  ])('%s → []', (_title, country, zip) => {
    expect(lookup.byPostalCode(country, zip)).toEqual([]);
  });

  it('accepts the country code in any case', () => {
    expect(lookup.byPostalCode('us', '10001')).toEqual(['America/New_York']);
  });
});

describe('stateByPostalCode', () => {
  it.each([
    ['Denver', '80202', 'CO'],
    ['New York', '10001', 'NY'],
    ['Anchorage', '99501', 'AK'],
    ['Adjuntas, Puerto Rico', '00601', 'PR'],
    ['the White House (DC)', '20500', 'DC'],
    ['an APO in Europe', '09001', 'AE'],
    ['a ZIP+4 with a dash', '80202-1234', 'CO'],
    ['a ZIP+4 without a dash', '802021234', 'CO'],
    ['a ZIP with spaces around', ' 10001 ', 'NY'],
  ])('%s: %s → %s', (_title, zip, state) => {
    expect(lookup.stateByPostalCode('US', zip)).toBe(state);
  });

  it.each([
    ['an unassigned prefix', 'US', '00000'],
    ['a 4-digit ZIP (leading zero lost: the core pads it first)', 'US', '7302'],
    ['a 3-digit prefix alone', 'US', '100'],
    ['letters', 'US', 'ABCDE'],
    ['a Serbian postal code', 'RS', '11000'],
  ])('%s → null', (_title, country, zip) => {
    expect(lookup.stateByPostalCode(country, zip)).toBeNull();
  });

  it('accepts the country code in any case', () => {
    expect(lookup.stateByPostalCode('us', '80202')).toBe('CO');
  });
});
