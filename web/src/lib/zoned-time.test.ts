import { describe, expect, it } from 'vitest';
import { instantFromLocal, localInputFromInstant } from './zoned-time.ts';

describe('instantFromLocal', () => {
  it.each([
    ['an ordinary summer time in Chicago', '2026-06-10', '09:00', 'America/Chicago', '2026-06-10T14:00:00Z'],
    [
      'a time in the spring-forward gap moves past it',
      '2026-03-08',
      '02:30',
      'America/New_York',
      '2026-03-08T07:30:00Z',
    ],
    [
      'a time that occurs twice in the fall takes the first',
      '2026-11-01',
      '01:30',
      'America/New_York',
      '2026-11-01T05:30:00Z',
    ],
    ['Phoenix keeps one offset all year', '2026-07-01', '09:00', 'America/Phoenix', '2026-07-01T16:00:00Z'],
    [
      '24:00 is the end of the day in Belgrade',
      '2026-12-24',
      '24:00',
      'Europe/Belgrade',
      '2026-12-24T23:00:00Z',
    ],
    [
      '24:00 on the last day of a month is the first of the next',
      '2026-10-31',
      '24:00',
      'America/Chicago',
      '2026-11-01T05:00:00Z',
    ],
    ['a missing time is no instant', '2026-06-10', '', 'America/Chicago', null],
    ['a missing date is no instant', '', '09:00', 'America/Chicago', null],
    ['an impossible date is no instant', '2026-02-30', '09:00', 'America/Chicago', null],
    ['an impossible time is no instant', '2026-06-10', '25:00', 'America/Chicago', null],
  ])('%s', (_title, date, time, zone, expected) => {
    expect(instantFromLocal({ date, time }, zone)).toBe(expected);
  });

  it('reads back on the same clock, to the minute', () => {
    expect(localInputFromInstant('2026-06-10T14:00:30Z', 'America/Chicago')).toBe('2026-06-10T09:00');
  });
});
