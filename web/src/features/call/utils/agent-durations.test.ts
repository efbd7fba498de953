import { describe, expect, it } from 'vitest';
import { formatDuration, secondsSince } from './agent-durations.ts';

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [59, '0:59'],
    [65, '1:05'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3725, '1:02:05'],
    [36_000 + 61, '10:01:01'],
    [-5, '0:00'],
    [90.9, '1:30'],
  ])('%s s reads %s', (seconds, text) => expect(formatDuration(seconds)).toBe(text));
});

describe('secondsSince', () => {
  it('counts on the server clock: a screen 3 s behind still shows the true time', () => {
    const since = '2026-12-07T09:00:00Z';
    const screenNow = Date.parse('2026-12-07T09:00:07Z');
    expect(secondsSince(since, screenNow, 3_000)).toBe(10);
  });

  it('never goes below zero when the screen runs ahead', () => {
    expect(secondsSince('2026-12-07T09:00:00Z', Date.parse('2026-12-07T08:59:58Z'), 0)).toBe(0);
  });
});
