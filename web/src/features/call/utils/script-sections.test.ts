import { describe, expect, it } from 'vitest';
import { scriptReadingOrder } from './script-sections.ts';

const section = (id: string) => ({ id, title: id, body: '' });

describe('scriptReadingOrder', () => {
  it.each([
    ['the opening stays first', ['opening', 'discovery', 'booking'], ['opening', 'discovery', 'booking']],
    [
      'an opening stored later is read first',
      ['discovery', 'opening', 'booking'],
      ['opening', 'discovery', 'booking'],
    ],
    ['a script without an opening keeps its order', ['discovery', 'booking'], ['discovery', 'booking']],
    ['no sections, nothing to read', [], []],
  ])('%s', (_title, ids, expected) => {
    expect(scriptReadingOrder(ids.map(section)).map((s) => s.id)).toEqual(expected);
  });
});
