import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time.ts';

const now = '2026-06-10T16:00:00Z';

describe('relativeTime', () => {
  it.each([
    ['30 seconds ago is now', '2026-06-10T15:59:30Z', 'en', 'now'],
    ['5 minutes ago', '2026-06-10T15:55:00Z', 'en', '5 minutes ago'],
    ['44 minutes stays in minutes', '2026-06-10T15:16:00Z', 'en', '44 minutes ago'],
    ['3 hours ago', '2026-06-10T13:00:00Z', 'en', '3 hours ago'],
    ['a day ago reads yesterday', '2026-06-09T15:00:00Z', 'en', 'yesterday'],
    ['a callback due in 2 days', '2026-06-12T16:00:00Z', 'en', 'in 2 days'],
    ['three months ago', '2026-03-10T16:00:00Z', 'en', '3 months ago'],
    ['two years ago', '2024-06-01T16:00:00Z', 'en', '2 years ago'],
    ['in Serbian', '2026-06-10T15:55:00Z', 'sr-Cyrl', 'пре 5 минута'],
  ])('%s', (_title, at, locale, expected) => {
    expect(relativeTime(at, now, locale)).toBe(expected);
  });
});
