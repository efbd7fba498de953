import { describe, expect, it } from 'vitest';
import { retryDelaySeconds } from './job.ts';

describe('retryDelaySeconds', () => {
  it.each([
    [1, 60],
    [2, 120],
    [3, 240],
    [4, 480],
    [6, 1920],
    [7, 3600],
    [30, 3600],
  ])('after attempt %i waits %i s (doubling, at most an hour)', (attempts, seconds) => {
    expect(retryDelaySeconds(attempts)).toBe(seconds);
  });
});
