import { describe, expect, it } from 'vitest';
import { wholeDays } from './whole-days.ts';

describe('wholeDays', () => {
  it.each([
    [
      'midnight to midnight three days later is three whole days',
      '2026-12-24T05:00:00Z',
      '2026-12-27T05:00:00Z',
      'America/New_York',
      { first: '2026-12-24', last: '2026-12-26' },
    ],
    [
      'one day is its own first and last',
      '2026-12-24T23:00:00Z',
      '2026-12-25T23:00:00Z',
      'Europe/Belgrade',
      { first: '2026-12-25', last: '2026-12-25' },
    ],
    [
      'a span over the spring-forward night still ends at midnight',
      '2026-03-07T05:00:00Z',
      '2026-03-09T04:00:00Z',
      'America/New_York',
      { first: '2026-03-07', last: '2026-03-08' },
    ],
    [
      'an afternoon is no whole day',
      '2026-12-28T19:00:00Z',
      '2026-12-28T21:30:00Z',
      'America/New_York',
      null,
    ],
    [
      'midnight on another clock is not midnight on the rep’s',
      '2026-12-24T00:00:00Z',
      '2026-12-25T00:00:00Z',
      'America/New_York',
      null,
    ],
  ])('%s', (_title, startsAt, endsAt, zone, expected) => {
    expect(wholeDays(startsAt, endsAt, zone)).toEqual(expected);
  });
});
