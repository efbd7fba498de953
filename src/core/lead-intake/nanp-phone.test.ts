import { describe, expect, it } from 'vitest';
import { createNanpPrefixTable, readNanpDigits } from './nanp-phone.ts';

describe('readNanpDigits', () => {
  it.each([
    ['(303) 555-0123', true, 'national'],
    ['303.555.0123', true, 'national'],
    ['3035550123', true, 'national'],
    ['1-303-555-0123', true, 'trunk'],
    ['1 (303) 555-0123', true, 'trunk'],
    ['+1 303 555 0123', false, 'international'],
    ['+1 (303) 555-0123 ext. 12', false, 'international'],
    ['303-555-0123 x12', true, 'national'],
    ['303-555-0123 #12', true, 'national'],
  ])('%s (national forms allowed: %s) → %s, 3035550123', (text, nationalAllowed, form) => {
    expect(readNanpDigits(text, nationalAllowed)).toEqual({ form, national: '3035550123' });
  });

  it.each([
    ['a national number when the default country is not US or CA', '303-555-0123', false],
    ['a trunk form when the default country is not US or CA', '1-303-555-0123', false],
    ['an area code starting with 0', '(011) 555-0123', true],
    ['an area code starting with 1', '123-555-0123', true],
    ['nine digits', '303-555-012', true],
    ['eleven digits not starting with 1', '23035550123', true],
    ['another country code', '+381 64 123 4567', true],
    ['letters', '303-555-0123 call me', true],
    ['an international prefix', '011 1 303 555 0123', true],
    ['a slash', '303/555-0123', true],
    ['a very long cell', `303-555-0123${' '.repeat(80)}x1`, true],
  ])('leaves %s to the full parser', (_title, text, nationalAllowed) => {
    expect(readNanpDigits(text, nationalAllowed)).toBeUndefined();
  });
});

describe('createNanpPrefixTable', () => {
  it('numbers of one area code and exchange digit share their outcomes; other area codes do not', () => {
    const table = createNanpPrefixTable<string>();
    if (!table) throw new Error('the installed metadata should be readable');
    table.outcomesFor('3035550123').set('national:US', 'Denver');
    expect(table.outcomesFor('3035999999').get('national:US')).toBe('Denver');
    expect(table.outcomesFor('3031550123').get('national:US')).toBeUndefined();
    expect(table.outcomesFor('7205550123').get('national:US')).toBeUndefined();
  });

  it('the special Miami exchange 305-209 (VoIP) is decided apart from 305-208', () => {
    const table = createNanpPrefixTable<string>();
    if (!table) throw new Error('the installed metadata should be readable');
    table.outcomesFor('3052090000').set('k', 'voip');
    expect(table.outcomesFor('3052099999').get('k')).toBe('voip');
    expect(table.outcomesFor('3052080000').get('k')).toBeUndefined();
  });
});
