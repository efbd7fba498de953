import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration.ts';

describe('formatDuration', () => {
  it.each([
    [0.2, 'en-US', '1 sec'],
    [45, 'en-US', '45 sec'],
    [200, 'en-US', '3 min 20 sec'],
    [3900, 'en-US', '1 hr 5 min'],
    // The seconds of an hour-long wait are noise: two units at most.
    [3905, 'en-US', '1 hr 5 min'],
    [3600, 'en-US', '1 hr'],
    [200, 'sr-Cyrl-RS', '3 мин и 20 сек'],
  ])('%s seconds in %s read "%s"', (seconds, locale, expected) => {
    expect(formatDuration(seconds, locale)).toBe(expected);
  });
});
