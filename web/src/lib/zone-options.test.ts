import { describe, expect, it } from 'vitest';
import { timeZoneOptions, zoneMatches } from './zone-options.ts';

describe('timeZoneOptions', () => {
  it('names a zone in English and in Serbian Cyrillic', () => {
    expect(timeZoneOptions(['America/New_York'], 'en-US')).toEqual([
      { value: 'America/New_York', label: 'Eastern Time — New York' },
    ]);
    expect(timeZoneOptions(['America/New_York'], 'sr-Cyrl-RS')).toEqual([
      { value: 'America/New_York', label: 'Северноамеричко источно време — Њујорк' },
    ]);
  });

  it('two zones that read alike keep their IANA ids apart', () => {
    // Serbian has no name for either city: both are Central European Time.
    expect(timeZoneOptions(['Europe/Belgrade', 'Europe/Berlin'], 'sr-Cyrl-RS')).toEqual([
      { value: 'Europe/Belgrade', label: 'Средњеевропско време (Europe/Belgrade)' },
      { value: 'Europe/Berlin', label: 'Средњеевропско време (Europe/Berlin)' },
    ]);
    expect(timeZoneOptions(['Europe/Belgrade'], 'sr-Cyrl-RS')[0]?.label).toBe('Средњеевропско време');
  });

  it('sorts by the name on screen, not by the id', () => {
    const labels = timeZoneOptions(['America/Los_Angeles', 'America/Chicago', 'America/New_York'], 'en-US');
    expect(labels.map((option) => option.value)).toEqual([
      'America/Chicago',
      'America/New_York',
      'America/Los_Angeles',
    ]);
  });
});

describe('zoneMatches', () => {
  const newYork = { value: 'America/New_York', label: 'Северноамеричко источно време — Њујорк' };

  it.each([
    ['the localized city', 'њујорк', true],
    ['the IANA id', 'america/new_york', true],
    ['the English city in the id, with a space', 'new york', true],
    ['words in any order', 'источно њујорк', true],
    ['another city', 'chicago', false],
  ])('finds a zone by %s', (_title, search, expected) => {
    expect(zoneMatches(newYork, search)).toBe(expected);
  });
});
