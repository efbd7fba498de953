import { describe, expect, it } from 'vitest';
import { callbackGroup, groupCallbacks } from './callback-groups.ts';

// Mon 7 Dec 2026, 20:00 in Belgrade (UTC+1).
const now = '2026-12-07T19:00:00Z';
const belgrade = 'Europe/Belgrade';

describe('callbackGroup', () => {
  it('a callback whose time has passed is overdue, even by a second', () => {
    expect(callbackGroup('2026-12-07T18:59:59Z', now, belgrade)).toBe('overdue');
    expect(callbackGroup(now, now, belgrade)).toBe('overdue');
  });

  it('is today until the end of the setter’s own day (23:59 Belgrade), then upcoming', () => {
    expect(callbackGroup('2026-12-07T22:59:00Z', now, belgrade)).toBe('today');
    expect(callbackGroup('2026-12-07T23:00:00Z', now, belgrade)).toBe('upcoming');
  });

  it('judges "today" on the setter’s clock, not UTC: 00:30 UTC is already tomorrow in Belgrade…', () => {
    expect(callbackGroup('2026-12-07T23:30:00Z', now, belgrade)).toBe('upcoming');
    // …but still today for a setter in New York (18:30 there).
    expect(callbackGroup('2026-12-07T23:30:00Z', now, 'America/New_York')).toBe('today');
  });
});

describe('groupCallbacks', () => {
  it('splits into overdue, today and upcoming, each soonest first', () => {
    const groups = groupCallbacks(
      [
        { id: 1, dueAt: '2026-12-09T09:00:00Z' },
        { id: 2, dueAt: '2026-12-07T21:00:00Z' },
        { id: 3, dueAt: '2026-12-07T10:00:00Z' },
        { id: 4, dueAt: '2026-12-07T20:00:00Z' },
      ],
      now,
      belgrade,
    );
    expect(groups.overdue.map((c) => c.id)).toEqual([3]);
    expect(groups.today.map((c) => c.id)).toEqual([4, 2]);
    expect(groups.upcoming.map((c) => c.id)).toEqual([1]);
  });
});
