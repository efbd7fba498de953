import { describe, expect, it } from 'vitest';
import {
  findOrderingProblems,
  fromOrderingDraft,
  isSameOrdering,
  messageAt,
  moveItem,
  serverFieldPath,
  toOrderingDraft,
} from './ordering-draft.ts';

const saved = {
  sortKeys: [
    { field: 'state', direction: 'asc' as const },
    { field: 'custom:roof_type', direction: 'desc' as const },
  ],
  filters: [{ field: 'custom:plan', op: 'not_in' as const, values: ['basic'] }],
};

const draftOf = toOrderingDraft;

describe('ordering drafts', () => {
  it('a saved custom field becomes the "Custom field…" choice with its key, and goes back unchanged', () => {
    const draft = draftOf(saved);
    expect(draft.sortKeys.map((key) => [key.field, key.customKey])).toEqual([
      ['state', ''],
      ['custom', 'roof_type'],
    ]);
    expect(draft.filters[0]).toMatchObject({ field: 'custom', customKey: 'plan', op: 'not_in' });
    expect(fromOrderingDraft(draft)).toEqual(saved);
    expect(isSameOrdering(draft, saved)).toBe(true);
  });

  it('every row has its own id, so a moved row keeps its React key and focus', () => {
    const ids = draftOf(saved).sortKeys.map((key) => key.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('state values are saved upper case, trimmed and once each ("co", " CO" → "CO")', () => {
    const draft = draftOf({ sortKeys: [], filters: [{ field: 'state', op: 'in' as const, values: ['CO'] }] });
    const edited = { ...draft, filters: draft.filters.map((f) => ({ ...f, values: ['co', ' CO', 'ut '] })) };
    expect(fromOrderingDraft(edited).filters[0]?.values).toEqual(['CO', 'UT']);
    expect(isSameOrdering(edited, saved)).toBe(false);
  });

  it.each([
    ['a field used twice names the second row', [['state'], ['state']], 'sortKeys.1.field', 'duplicate'],
    [
      'a custom key with capitals is refused like the server does',
      [['custom', 'roofType']],
      'sortKeys.0.field',
      'customKey',
    ],
    ['an empty custom key is refused', [['custom', '  ']], 'sortKeys.0.field', 'customKey'],
    [
      'seven sort keys are one too many',
      Array.from({ length: 7 }, (_, i) => ['custom', `k${i}`]),
      'sortKeys',
      'tooMany',
    ],
  ])('%s', (_title, rows, path, problem) => {
    const draft = draftOf({
      sortKeys: rows.map(([field, key]) => ({
        field: field === 'custom' ? `custom:${key}` : String(field),
        direction: 'asc' as const,
      })),
      filters: [],
    });
    expect(findOrderingProblems(draft)[path]).toBe(problem);
  });

  it.each([
    ['a filter without values', 'state', [], 'noValues'],
    ['blank values count as none', 'source', ['  '], 'noValues'],
    ['an area code that is not three digits', 'area_code', ['30'], 'areaCode'],
  ])('a filter is refused: %s', (_title, field, values, problem) => {
    const draft = draftOf({ sortKeys: [], filters: [{ field, op: 'in' as const, values }] });
    expect(findOrderingProblems(draft)['filters.0.values']).toBe(problem);
  });

  it('valid rules have no problem', () => {
    expect(findOrderingProblems(draftOf(saved))).toEqual({});
  });
});

describe('moveItem', () => {
  it.each([
    [1, -1, ['b', 'a', 'c']],
    [0, 1, ['b', 'a', 'c']],
    [2, -2, ['c', 'a', 'b']],
    [0, -1, ['a', 'b', 'c']],
    [2, 1, ['a', 'b', 'c']],
  ])('item %i moved by %i', (index, offset, expected) => {
    expect(moveItem(['a', 'b', 'c'], index, offset)).toEqual(expected);
  });
});

describe('server field paths', () => {
  it.each([
    ['sortKeys.1.field', 'sortKeys.1.field'],
    ['body.sortKeys.0.field', 'sortKeys.0.field'],
    ['/filters/2/values', 'filters.2.values'],
    ['body/sortKeys/0/direction', 'sortKeys.0.direction'],
    [undefined, null],
  ])('%s → %s', (field, expected) => {
    expect(serverFieldPath(field)).toBe(expected);
  });

  it('a message for a deeper path shows on its field ("filters.0.values.3" on the values)', () => {
    const messages = { 'filters.0.values.3': 'too long', sortKeys: 'too many' };
    expect(messageAt(messages, 'filters.0.values')).toBe('too long');
    expect(messageAt(messages, 'filters.1.values')).toBeUndefined();
    expect(messageAt(messages, 'sortKeys')).toBe('too many');
  });
});
