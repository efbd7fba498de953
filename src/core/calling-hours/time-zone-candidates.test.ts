import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, considerTimeZones, formatLocalTime } from './time-zone-candidates.ts';

describe('considerTimeZones', () => {
  it.each([
    {
      name: 'orders by trust: explicit, postal code, phone',
      input: [
        { timeZone: 'America/New_York', source: 'phone' },
        { timeZone: 'America/Denver', source: 'explicit' },
        { timeZone: 'America/Chicago', source: 'postal_code' },
      ],
      expected: ['America/Denver', 'America/Chicago', 'America/New_York'],
    },
    {
      name: 'a phone prefix spanning two zones yields both',
      input: [
        { timeZone: 'America/Chicago', source: 'phone' },
        { timeZone: 'America/Denver', source: 'phone' },
      ],
      expected: ['America/Chicago', 'America/Denver'],
    },
    {
      name: 'drops the client default when another source exists',
      input: [
        { timeZone: 'Europe/Berlin', source: 'client_default' },
        { timeZone: 'Europe/London', source: 'phone' },
      ],
      expected: ['Europe/London'],
    },
    {
      name: 'keeps the client default when it is all there is',
      input: [{ timeZone: 'Europe/Berlin', source: 'client_default' }],
      expected: ['Europe/Berlin'],
    },
    {
      name: 'drops invalid names, then falls back to the client default',
      input: [
        { timeZone: 'Atlantis/Capital', source: 'explicit' },
        { timeZone: '', source: 'phone' },
        { timeZone: 'Europe/Berlin', source: 'client_default' },
      ],
      expected: ['Europe/Berlin'],
    },
    {
      name: 'deduplicates case variants, keeping the most trusted source',
      input: [
        { timeZone: 'america/new_york', source: 'phone' },
        { timeZone: 'America/New_York', source: 'explicit' },
      ],
      expected: ['America/New_York'],
    },
    { name: 'nothing known → nothing considered', input: [], expected: [] },
  ] as const)('$name', ({ input, expected }) => {
    const considered = considerTimeZones([...input]);
    expect(considered.map((c) => c.timeZone)).toEqual(expected);
  });

  it('reports the source that won a duplicate', () => {
    const considered = considerTimeZones([
      { timeZone: 'America/New_York', source: 'phone' },
      { timeZone: 'America/New_York', source: 'postal_code' },
    ]);
    expect(considered).toEqual([{ timeZone: 'America/New_York', source: 'postal_code' }]);
  });
});

describe('canonicalTimeZone', () => {
  it.each([
    ['Asia/Kolkata', 'Asia/Kolkata'],
    [' Europe/Berlin ', 'Europe/Berlin'],
    ['UTC', 'UTC'],
    ['+05:30', null],
    ['-08:00', null],
    ['Nowhere/Special', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(canonicalTimeZone(input)).toBe(expected);
  });
});

describe('formatLocalTime', () => {
  it.each([
    ['2026-03-08T12:00:00Z', 'America/New_York', '08:00'],
    ['2026-11-01T13:00:00Z', 'America/New_York', '08:00'],
    ['2026-11-01T06:30:00Z', 'America/New_York', '01:30'],
    ['2026-06-10T00:05:00Z', 'Asia/Kolkata', '05:35'],
    ['2026-10-03T15:30:00Z', 'Australia/Lord_Howe', '02:30'],
    ['2026-12-31T23:59:59Z', 'UTC', '23:59'],
  ])('%s in %s is %s', (instant, timeZone, expected) => {
    expect(formatLocalTime(Temporal.Instant.from(instant), timeZone)).toBe(expected);
  });
});
