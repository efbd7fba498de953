import { describe, expect, it } from 'vitest';
import { moveItem } from './move-item.ts';

describe('moveItem', () => {
  it.each([
    ['down one', 0, 1, ['b', 'a', 'c']],
    ['up one', 2, -1, ['a', 'c', 'b']],
    ['the first up stays', 0, -1, ['a', 'b', 'c']],
    ['the last down stays', 2, 1, ['a', 'b', 'c']],
    ['an index outside the list changes nothing', 5, -1, ['a', 'b', 'c']],
  ])('%s', (_title, index, offset, expected) => {
    expect(moveItem(['a', 'b', 'c'], index, offset)).toEqual(expected);
  });
});
