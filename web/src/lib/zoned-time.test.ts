import { describe, expect, it } from 'vitest';
import { instantFromLocalInput, localInputFromInstant } from './zoned-time.ts';

describe('instantFromLocalInput', () => {
  it.each([
    ['an ordinary summer time in Chicago', '2026-06-10T09:00', 'America/Chicago', '2026-06-10T14:00:00Z'],
    [
      'a time in the spring-forward gap moves past it',
      '2026-03-08T02:30',
      'America/New_York',
      '2026-03-08T07:30:00Z',
    ],
    [
      'a time that occurs twice in the fall takes the first',
      '2026-11-01T01:30',
      'America/New_York',
      '2026-11-01T05:30:00Z',
    ],
    ['Phoenix keeps one offset all year', '2026-07-01T09:00', 'America/Phoenix', '2026-07-01T16:00:00Z'],
    ['an incomplete value is no instant', '2026-06-10T', 'America/Chicago', null],
  ])('%s', (_title, value, zone, expected) => {
    expect(instantFromLocalInput(value, zone)).toBe(expected);
  });

  it('reads back on the same clock, to the minute', () => {
    expect(localInputFromInstant('2026-06-10T14:00:30Z', 'America/Chicago')).toBe('2026-06-10T09:00');
  });
});
