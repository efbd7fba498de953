import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { attemptCapReason, defaultRetryPolicy, isCoolingOff, nextRetryAt } from './retry-policy.ts';

const rotating = { ...defaultRetryPolicy, rotate: true };

const at = (iso: string) => Temporal.Instant.from(iso);

describe('nextRetryAt', () => {
  it.each([
    [
      'no answer at 09:00 New York: 11:00 is still the morning, so it moves to 12:00',
      'no_answer',
      '2026-06-01T13:00:00Z',
      '2026-06-01T16:00:00Z',
    ],
    [
      'no answer at 10:30: 12:30 is the afternoon already',
      'no_answer',
      '2026-06-01T14:30:00Z',
      '2026-06-01T16:30:00Z',
    ],
    [
      'no answer at 13:00: 15:00 is still the afternoon, so 17:00',
      'no_answer',
      '2026-06-01T17:00:00Z',
      '2026-06-01T21:00:00Z',
    ],
    [
      'no answer at 18:00: the evening again would be the same part, so 08:00 next day',
      'no_answer',
      '2026-06-01T22:00:00Z',
      '2026-06-02T12:00:00Z',
    ],
    [
      'busy is retried 15 minutes later, never rotated',
      'busy',
      '2026-06-01T13:00:00Z',
      '2026-06-01T13:15:00Z',
    ],
    [
      'voicemail waits a day, then the next day is another day',
      'voicemail',
      '2026-06-01T13:00:00Z',
      '2026-06-02T13:00:00Z',
    ],
  ] as const)('%s', (_title, disposition, now, expected) => {
    expect(nextRetryAt(rotating, disposition, at(now), null, 'America/New_York').toString()).toBe(expected);
  });

  it('without rotation (or without a zone) the gap alone decides; a callback comes back at its time', () => {
    const now = at('2026-06-01T13:00:00Z');
    expect(
      nextRetryAt(
        { ...defaultRetryPolicy, rotate: false },
        'no_answer',
        now,
        null,
        'America/New_York',
      ).toString(),
    ).toBe('2026-06-01T15:00:00Z');
    expect(nextRetryAt(rotating, 'no_answer', now, null, null).toString()).toBe('2026-06-01T15:00:00Z');
    const callback = at('2026-06-03T18:00:00Z');
    expect(nextRetryAt(rotating, 'call_back', now, callback, 'America/New_York')).toBe(callback);
  });

  it('rotation on the spring-forward day lands on the wall-clock part start', () => {
    // 2026-03-08 in New York: 02:00 → 03:00. A no answer at 07:30 EDT → 12:00 EDT.
    expect(
      nextRetryAt(rotating, 'no_answer', at('2026-03-08T11:30:00Z'), null, 'America/New_York').toString(),
    ).toBe('2026-03-08T16:00:00Z');
  });
});

describe('nextRetryAt without rotation (the default)', () => {
  it('waits 2 hours after no answer, 15 minutes after busy, a day after a voicemail', () => {
    const now = at('2026-06-01T15:00:00Z');
    const next = (d: 'no_answer' | 'busy' | 'voicemail') =>
      nextRetryAt(defaultRetryPolicy, d, now, null, 'America/New_York').toString();
    expect([next('no_answer'), next('busy'), next('voicemail')]).toEqual([
      '2026-06-01T17:00:00Z',
      '2026-06-01T15:15:00Z',
      '2026-06-02T15:00:00Z',
    ]);
  });
});

describe('attemptCapReason', () => {
  it.each([
    [{ maxAttemptsTotal: 5, maxAttemptsPerDay: null }, 5, 0, 'ATTEMPT_CAP'],
    [{ maxAttemptsTotal: 5, maxAttemptsPerDay: null }, 4, 9, null],
    [{ maxAttemptsTotal: null, maxAttemptsPerDay: 2 }, 9, 2, 'DAILY_ATTEMPT_CAP'],
    [{ maxAttemptsTotal: null, maxAttemptsPerDay: 2 }, 9, 1, null],
  ] as const)('%o with %i attempts, %i in 24 h → %s', (caps, attempts, today, reason) => {
    expect(attemptCapReason({ ...defaultRetryPolicy, ...caps }, attempts, today)).toBe(reason);
  });
});

describe('isCoolingOff', () => {
  const now = Temporal.Instant.from('2026-06-10T16:00:00Z');
  const policy = (coolOffHours: number | null) => ({ ...defaultRetryPolicy, coolOffHours });
  it.each([
    { name: 'no conversation on the number', hours: 24, last: null, cooling: false },
    {
      name: 'a conversation 23 h 59 min ago, 24 h cool-off',
      hours: 24,
      last: '2026-06-09T16:01:00Z',
      cooling: true,
    },
    {
      name: 'a conversation exactly 24 h ago (over)',
      hours: 24,
      last: '2026-06-09T16:00:00Z',
      cooling: false,
    },
    {
      name: 'a conversation an hour ago, cool-off off',
      hours: null,
      last: '2026-06-10T15:00:00Z',
      cooling: false,
    },
  ])('$name', ({ hours, last, cooling }) => {
    expect(isCoolingOff(policy(hours), last ? Temporal.Instant.from(last) : null, now)).toBe(cooling);
  });
});
