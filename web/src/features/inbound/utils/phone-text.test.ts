import { describe, expect, it } from 'vitest';
import { looksLikePhone, nameFromSearch } from './phone-text.ts';

describe('search text on the new-lead form', () => {
  it.each([
    ['(312) 555-01', true, ''],
    ['+1 312 555 0199', true, ''],
    ['31', false, ''],
    ['Ana Petrović', false, 'Ana Petrović'],
    ['ana@example', false, ''],
    ['  ', false, ''],
  ])('%s → phone %s, name "%s"', (text, phone, name) => {
    expect(looksLikePhone(text)).toBe(phone);
    expect(nameFromSearch(text)).toBe(name);
  });
});
