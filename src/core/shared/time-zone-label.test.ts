import { describe, expect, it } from 'vitest';
import { ianaCity, timeZoneLabel, zoneCity } from './time-zone-label.ts';

describe('timeZoneLabel', () => {
  it.each([
    ['America/New_York', 'en-US', 'Eastern Time — New York'],
    ['America/Chicago', 'en-US', 'Central Time — Chicago'],
    ['America/Los_Angeles', 'en-US', 'Pacific Time — Los Angeles'],
    // Arizona keeps standard time all year: the name says so.
    ['America/Phoenix', 'en-US', 'Mountain Standard Time — Phoenix'],
    ['America/Indiana/Indianapolis', 'en-US', 'Eastern Time — Indianapolis'],
    ['America/New_York', 'sr-Cyrl-RS', 'Северноамеричко источно време — Њујорк'],
    ['America/Los_Angeles', 'sr-Cyrl-RS', 'Северноамеричко пацифичко време — Лос Анђелес'],
    ['America/New_York', 'sr-Latn-RS', 'Severnoameričko istočno vreme — Njujork'],
  ])('%s in %s reads "%s"', (zone, locale, label) => {
    expect(timeZoneLabel(zone, locale)).toBe(label);
  });

  it('a city the language has no name for is left out rather than shown in English', () => {
    // Serbian abbreviates Belgrade's zone ('CET'): the generic name alone, never 'Belgrade'.
    expect(timeZoneLabel('Europe/Belgrade', 'sr-Cyrl-RS')).toBe('Средњеевропско време');
    expect(zoneCity('Europe/Belgrade', 'sr-Cyrl-RS')).toBeNull();
  });

  it('zones without a city show their offset; unknown zones their IANA city', () => {
    expect(timeZoneLabel('UTC', 'en-US')).toMatch(/^GMT/);
    expect(timeZoneLabel('Etc/GMT+5', 'en-US')).toBe('GMT-05:00');
    expect(timeZoneLabel('Mars/Olympus_Mons', 'en-US')).toBe('Olympus Mons');
  });

  it('two zones of one generic name stay apart by their city', () => {
    expect(timeZoneLabel('America/Detroit', 'en-US')).not.toBe(timeZoneLabel('America/New_York', 'en-US'));
  });

  it('ianaCity reads the last part of the id with spaces', () => {
    expect(ianaCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
  });
});

describe('zoneCity without translated city names', () => {
  it('an English city answered for another language counts as no translation', () => {
    // Honolulu is spelled alike in Serbian Latin: the label then keeps the generic name alone.
    expect(zoneCity('Pacific/Honolulu', 'sr-Latn-RS')).toBeNull();
    expect(zoneCity('America/New_York', 'en-US')).toBe('New York');
  });
});
