import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPhoneNormalizer, normalizePhone } from './phone.ts';

// Measured on 200,000 generated mixed-format US numbers ('(303) 555-0123', '+1 303 555 0123',
// '1-303-555-0123', '3035550123', extensions …), one core of a busy 2-core machine, Node 20:
// normalizePhone 21,000–32,000 numbers/s; createPhoneNormalizer() 1.3–2.1 million numbers/s
// (startup 20–30 ms). The last test guards a floor well below that, safe on a loaded machine.

const countries = ['US', 'CA', 'us', 'RS', 'GB', 'JM', 'XX'] as const;

const shapes: ((area: string, exchange: string, line: string) => string)[] = [
  (a, e, l) => `(${a}) ${e}-${l}`,
  (a, e, l) => `${a}-${e}-${l}`,
  (a, e, l) => `${a}.${e}.${l}`,
  (a, e, l) => `+1 ${a} ${e} ${l}`,
  (a, e, l) => `1-${a}-${e}-${l}`,
  (a, e, l) => `${a}${e}${l}`,
  (a, e, l) => `+1${a}${e}${l}`,
  (a, e, l) => `1 (${a}) ${e}-${l}`,
  (a, e, l) => `+1 (${a}) ${e}-${l}`,
  (a, e, l) => `${a} ${e} ${l.slice(0, 3)}`,
  (a, e, l) => `${a}${e}${l}9`,
  (a, e, l) => `+${a}${e}${l}`,
  (a, e, l) => `011 1 ${a} ${e} ${l}`,
];

const areaCode = fc.oneof(
  fc.integer({ min: 200, max: 999 }).map(String),
  // Denver, New York, toll-free, premium, personal, Canada, Bahamas, Jamaica, Puerto Rico,
  // American Samoa, Guam, the Dominican Republic, and area codes that cannot exist.
  fc.constantFrom('303', '212', '800', '900', '500', '416', '604', '242', '876', '787', '684', '671', '809'),
  fc.stringMatching(/^[01]\d\d$/),
);
const exchange = fc.oneof(
  fc.stringMatching(/^\d{3}$/),
  fc.constantFrom('555', '911', '411', '211', '011', '100', '209', '300'),
);
const northAmerican = fc
  .tuple(areaCode, exchange, fc.stringMatching(/^\d{4}$/), fc.constantFrom(...shapes.keys()))
  .map(([area, ex, line, shape]) => shapes[shape]?.(area, ex, line) ?? '');
const before = fc.constantFrom('', "'", ' ', '\t', '\u00a0', 'tel:', 'call ', '-', "' ");
const after = fc.constantFrom(
  '',
  ' ',
  ' ext. 12',
  'x123',
  ' #12',
  ' ext 5',
  ' x',
  ' now',
  '-',
  ')',
  '\u00a0',
);
const elsewhere = fc.constantFrom(
  '+381 64 123 4567',
  '+44 20 7946 0018',
  '064 123 4567',
  '011 234 5678',
  '00381 11 234 5678',
  '+381641234567',
  '2.12555E+09',
  '12345',
  '',
  "'",
  'n/a',
);
const cell = fc.oneof(
  fc.tuple(before, northAmerican, after).map((parts) => parts.join('')),
  fc.tuple(before, elsewhere, after).map((parts) => parts.join('')),
  fc.string({ unit: fc.constantFrom(...'0123456789 -.()+x#'), maxLength: 20 }),
);

describe('createPhoneNormalizer', () => {
  const normalize = createPhoneNormalizer();

  it('answers exactly as normalizePhone, error messages included (property)', () => {
    fc.assert(
      fc.property(cell, fc.constantFrom(...countries), (raw, country) => {
        expect(normalize(raw, country)).toEqual(normalizePhone(raw, country));
      }),
      { numRuns: 4000 },
    );
  });

  it('every area code, with N11, 555, 0xx and 1xx exchanges, in all three +1 forms, matches', () => {
    const normalizeUncached = createPhoneNormalizer({ cacheSize: 0 });
    const mismatches: string[] = [];
    for (let area = 200; area <= 999; area++) {
      for (const exchange of ['555', '911', '011', '100', String(200 + ((area * 7) % 800))]) {
        const national = `${area}${exchange}0${area % 10}${(area * 3) % 10}7`;
        for (const [raw, country] of [
          [national, 'US'],
          [`1${national}`, 'CA'],
          [`+1${national}`, 'RS'],
        ] as const) {
          const expected = normalizePhone(raw, country);
          if (JSON.stringify(normalizeUncached(raw, country)) !== JSON.stringify(expected))
            mismatches.push(raw);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    ['a Denver number', '(303) 555-0123', 'US'],
    ['a 555-01xx fictional number', '212-555-0100', 'US'],
    ['an N11 exchange', '303-911-1234', 'US'],
    ['an area code starting with 0', '(011) 555-0123', 'US'],
    ['an area code starting with 1', '123-456-7890', 'US'],
    ['a Toronto number read as US', '416-555-0123', 'US'],
    ['a Vancouver number read as CA', '+1 604 555 0123', 'CA'],
    ['a Jamaican mobile', '+1 876 210 1234', 'US'],
    ['a Puerto Rico number', '1-787-555-0123', 'US'],
    ['a toll-free number with an extension', '800.555.1234 ext. 9', 'US'],
    ['a US number in a Serbian list, trunk 1 (read as Serbian)', '1-303-555-0123', 'RS'],
    ['a US number in a Serbian list, +1', '+1 303 555 0123', 'RS'],
    ['a Serbian mobile', '+381 64 123 4567', 'US'],
    ['a London number', '+44 20 7946 0018', 'US'],
    ['a national Serbian number', '064 123 4567', 'RS'],
    ['blank', '  ', 'US'],
    ["Excel's apostrophe", "'3035550123", 'US'],
  ])('%s: %s (%s) as normalizePhone', (_title, raw, country) => {
    expect(normalize(raw, country)).toEqual(normalizePhone(raw, country));
  });

  it('returns fresh objects: changing one does not change the next answer', () => {
    for (const raw of ['303-555-0123', '+381 64 123 4567', 'n/a']) {
      const first = normalize(raw, 'US');
      if (first.ok) first.value.e164 = 'changed';
      else first.error.message = 'changed';
      expect(normalize(raw, 'US')).toEqual(normalizePhone(raw, 'US'));
    }
  });

  it('a memo of two entries still answers right while entries come and go', () => {
    const tiny = createPhoneNormalizer({ cacheSize: 2 });
    const cells = ['+381 64 123 4567', '+44 20 7946 0018', '064 123 4567', '+381 64 123 4567', 'n/a'];
    for (const raw of [...cells, ...cells]) expect(tiny(raw, 'RS')).toEqual(normalizePhone(raw, 'RS'));
  });

  it('reads at least 100k plain US numbers a second (the library alone: ~25k)', () => {
    const numbers = Array.from(
      { length: 2000 },
      (_, i) => `(${200 + (i % 800)}) 555-${String(i).padStart(4, '0')}`,
    );
    const fresh = createPhoneNormalizer();
    for (const raw of numbers) fresh(raw, 'US');
    const count = 200_000;
    const started = performance.now();
    let valid = 0;
    for (let i = 0; i < count; i++) if (fresh(numbers[i % numbers.length] ?? '', 'US').ok) valid++;
    const seconds = (performance.now() - started) / 1000;
    expect(valid).toBeGreaterThan(0);
    expect(count / seconds).toBeGreaterThan(100_000);
  });
});
