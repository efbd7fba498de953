import { describe, expect, it } from 'vitest';
import { normalizeUsState } from './us-state.ts';

describe('normalizeUsState', () => {
  it.each([
    ['California', 'CA'],
    ['california', 'CA'],
    ['ca', 'CA'],
    ['CA', 'CA'],
    [' ny ', 'NY'],
    ['N.Y.', 'NY'],
    ['New York', 'NY'],
    ['NORTH CAROLINA', 'NC'],
    ['District of Columbia', 'DC'],
    ['Washington, D.C.', 'DC'],
    ['D.C.', 'DC'],
    ['Puerto Rico', 'PR'],
    ['U.S. Virgin Islands', 'VI'],
    ['Hawaii', 'HI'],
  ])('"%s" → %s', (raw, code) => {
    expect(normalizeUsState(raw)).toBe(code);
  });

  it.each([['Ontario'], ['XX'], [''], ['Calif']])('"%s" is not a US state → null', (raw) => {
    expect(normalizeUsState(raw)).toBeNull();
  });
});
