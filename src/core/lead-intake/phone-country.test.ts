import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePhone } from './phone.ts';
import { isForeignPhone } from './phone-country.ts';

describe('isForeignPhone', () => {
  it.each([
    ['a London number for a US client', '+442079460958', 'US', true],
    ['a Serbian mobile for a US client', '+381641234567', 'US', true],
    ['a US number for a Serbian client', '+12125550100', 'RS', true],
    ['a New York number for a US client', '+12125550100', 'US', false],
    ['a Toronto number for a US client (same plan, +1)', '+14165550123', 'US', false],
    ['a Puerto Rico number for a US client (+1)', '+17875550123', 'US', false],
    ['a Belgrade number for a Serbian client', '+381112345678', 'RS', false],
    ['a country in lower case', '+442079460958', 'us', true],
    ['an unknown country flags nothing', '+442079460958', 'XX', false],
    ['+3816… is not +381 for a client in +38 (no prefix confusion)', '+38641234567', 'RS', true],
  ])('%s: %s (%s) → %s', (_title, e164, country, foreign) => {
    expect(isForeignPhone(e164, country)).toBe(foreign);
  });

  it('a number read in the client’s own country is never foreign to it (property)', () => {
    const national = fc.tuple(fc.integer({ min: 201, max: 989 }), fc.integer({ min: 0, max: 9999 }));
    fc.assert(
      fc.property(national, ([area, line]) => {
        const result = normalizePhone(`${area} 555 ${String(line).padStart(4, '0')}`, 'US');
        return !result.ok || !isForeignPhone(result.value.e164, 'US');
      }),
    );
  });
});
