import { describe, expect, it } from 'vitest';
import { reachedShare } from './campaign-progress-view.ts';

describe('reachedShare', () => {
  it('is the share of leads called at least once', () => {
    expect(reachedShare({ total: 200, remaining: 50 })).toBe(0.75);
  });

  it('is 0 for a campaign nobody has called yet and 1 once every lead was called', () => {
    expect(reachedShare({ total: 80, remaining: 80 })).toBe(0);
    expect(reachedShare({ total: 80, remaining: 0 })).toBe(1);
  });

  it('has nothing to show for a campaign without leads', () => {
    expect(reachedShare({ total: 0, remaining: 0 })).toBeNull();
  });
});
