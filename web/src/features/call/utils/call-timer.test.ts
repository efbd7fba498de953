import { describe, expect, it } from 'vitest';
import { attemptTiming, callSeconds, formatTimer, startTimer, toggleTimer } from './call-timer.ts';

const at = (time: string) => `2026-11-27T${time}Z`;

describe('formatTimer', () => {
  it.each([
    [0, '00:00'],
    [5, '00:05'],
    [65, '01:05'],
    [599.9, '09:59'],
    [3_600, '60:00'],
    [3_725, '62:05'],
    [-3, '00:00'],
  ])('%s seconds read %s', (seconds, expected) => {
    expect(formatTimer(seconds)).toBe(expected);
  });
});

describe('callSeconds', () => {
  it.each([
    ['nothing before a dial', { dialedAt: null, hungUpAt: null }, at('15:10:00'), 0],
    ['to now while the call runs', { dialedAt: at('15:00:00'), hungUpAt: null }, at('15:01:05'), 65],
    [
      'to the hang-up once stopped, however late now is',
      { dialedAt: at('15:00:00'), hungUpAt: at('15:00:30') },
      at('18:00:00'),
      30,
    ],
    [
      'never negative when the clock went back',
      { dialedAt: at('15:00:10'), hungUpAt: null },
      at('15:00:00'),
      0,
    ],
    [
      'at most a day (what an attempt accepts)',
      { dialedAt: '2026-11-20T15:00:00Z', hungUpAt: null },
      at('15:00:00'),
      86_400,
    ],
  ])('%s', (_title, timer, now, expected) => {
    expect(callSeconds(timer, now)).toBe(expected);
  });
});

describe('the timer keys', () => {
  it('D starts the timer; D again while it runs keeps the first start', () => {
    const started = startTimer({ dialedAt: null, hungUpAt: null }, at('15:00:00'));
    expect(started).toEqual({ dialedAt: at('15:00:00'), hungUpAt: null });
    expect(startTimer(started, at('15:00:20'))).toBe(started);
  });

  it('T stops a running timer, and starts a stopped one anew', () => {
    const stopped = toggleTimer({ dialedAt: at('15:00:00'), hungUpAt: null }, at('15:02:00'));
    expect(stopped).toEqual({ dialedAt: at('15:00:00'), hungUpAt: at('15:02:00') });
    expect(toggleTimer(stopped, at('15:05:00'))).toEqual({ dialedAt: at('15:05:00'), hungUpAt: null });
  });
});

describe('attemptTiming', () => {
  it('a dialed call starts at the dial and lasts until the hang-up', () => {
    expect(
      attemptTiming({ dialedAt: at('15:01:00'), hungUpAt: at('15:03:30') }, at('15:00:00'), at('15:04:00')),
    ).toEqual({
      startedAt: at('15:01:00'),
      durationSeconds: 150,
    });
  });

  it('a lead never dialed from the screen (a desk phone) counts from when it came on screen', () => {
    expect(attemptTiming({ dialedAt: null, hungUpAt: null }, at('15:00:00'), at('15:00:45'))).toEqual({
      startedAt: at('15:00:00'),
      durationSeconds: 45,
    });
  });
});
