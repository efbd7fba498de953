import { describe, expect, it } from 'vitest';
import { awaitingOutcome, joinUrl, needsOutcome } from './needs-outcome.ts';

const now = '2026-12-07T16:00:00.000Z';
const at = (startsAt: string, endsAt: string, status = 'scheduled') => ({ status, startsAt, endsAt });

describe('needsOutcome', () => {
  it.each([
    ['a scheduled meeting that ended', at('2026-12-07T14:00:00Z', '2026-12-07T15:00:00Z'), true],
    ['a confirmed meeting that ended exactly now', at('2026-12-07T15:00:00Z', now, 'confirmed'), true],
    ['a meeting still going on', at('2026-12-07T15:30:00Z', '2026-12-07T16:30:00Z'), false],
    ['a future meeting', at('2026-12-08T15:00:00Z', '2026-12-08T16:00:00Z'), false],
    ['a past meeting marked held', at('2026-12-07T14:00:00Z', '2026-12-07T15:00:00Z', 'held'), false],
    ['a past no-show', at('2026-12-07T14:00:00Z', '2026-12-07T15:00:00Z', 'no_show'), false],
    ['a cancelled one', at('2026-12-07T14:00:00Z', '2026-12-07T15:00:00Z', 'cancelled'), false],
    [
      'a moved one (its successor counts)',
      at('2026-12-07T14:00:00Z', '2026-12-07T15:00:00Z', 'rescheduled'),
      false,
    ],
  ])('%s → %s', (_title, appointment, expected) => {
    expect(needsOutcome(appointment, now)).toBe(expected);
  });

  it('lists the ones waiting longest first, and only those', () => {
    const list = [
      { id: 1, ...at('2026-12-07T10:00:00Z', '2026-12-07T11:00:00Z') },
      { id: 2, ...at('2026-12-05T10:00:00Z', '2026-12-05T11:00:00Z') },
      { id: 3, ...at('2026-12-09T10:00:00Z', '2026-12-09T11:00:00Z') },
      { id: 4, ...at('2026-12-06T10:00:00Z', '2026-12-06T11:00:00Z', 'held') },
    ];
    expect(awaitingOutcome(list, now).map((a) => a.id)).toEqual([2, 1]);
  });
});

describe('joinUrl', () => {
  it.each([
    ['https://meet.google.com/abc-defg-hij', 'https://meet.google.com/abc-defg-hij'],
    ['  https://zoom.us/j/123?pwd=x  ', 'https://zoom.us/j/123?pwd=x'],
    ['javascript:alert(1)', null],
    ['tel:+12125550100', null],
    ['Office, 5th floor', null],
    [null, null],
  ])('%s → %s', (location, url) => {
    expect(joinUrl(location)).toBe(url);
  });
});
