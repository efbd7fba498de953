import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText, isDateFormat, numberText } from './cell-text.ts';

describe('cellText', () => {
  it.each([
    ['a phone stored as a number', 3035550123, undefined, '3035550123'],
    ['a whole number has no trailing .0', 42, undefined, '42'],
    ['1e10 is written out', 1e10, undefined, '10000000000'],
    ['1e21 is written out, not as 1e+21', 1e21, undefined, '1000000000000000000000'],
    ['a tiny number is written out, not as 1.5e-7', 1.5e-7, undefined, '0.00000015'],
    ['a negative decimal', -12.75, undefined, '-12.75'],
    ['floating-point noise is rounded to the 15 digits Excel shows', 0.1 + 0.2, undefined, '0.3'],
    ['negative zero', -0, undefined, '0'],
    ['a string', ' 064 123 ', undefined, ' 064 123 '],
    ['TRUE', true, undefined, 'TRUE'],
    ['FALSE', false, undefined, 'FALSE'],
    ['an empty cell', null, undefined, ''],
    ['a date without a time', new Date(Date.UTC(2024, 2, 5)), 'dd.mm.yyyy', '2024-03-05'],
    ['a date with a time', new Date(Date.UTC(2024, 2, 5, 14, 30)), 'dd.mm.yyyy hh:mm', '2024-03-05T14:30:00'],
    [
      'a time read with float noise is rounded to the second',
      new Date(Date.UTC(2024, 2, 5, 14, 29, 59, 999)),
      undefined,
      '2024-03-05T14:30:00',
    ],
    ['a time without a date (serial below 1)', new Date(Date.UTC(1899, 11, 30, 9, 15)), 'hh:mm', '09:15:00'],
    [
      'rich text is its runs joined',
      { richText: [{ text: 'Đorđe ' }, { font: { bold: true }, text: 'Petrović' }] },
      undefined,
      'Đorđe Petrović',
    ],
    ['a formula is its result', { formula: 'A1*2', result: 6 }, undefined, '6'],
    ['a shared formula (no text of its own)', { formula: '', result: 'x' }, undefined, 'x'],
    [
      'a formula whose result is a date serial',
      { formula: 'TODAY()', result: 45356 },
      'yyyy-mm-dd',
      '2024-03-05',
    ],
    ['a formula without a cached result', { formula: 'A1*2' }, undefined, ''],
    ['a formula whose result is an error', { formula: '1/0', result: { error: '#DIV/0!' } }, undefined, ''],
    ['an error cell', { error: '#N/A' }, undefined, ''],
    [
      'a hyperlink is its text',
      { text: 'ana@example.com', hyperlink: 'mailto:ana@example.com' },
      undefined,
      'ana@example.com',
    ],
    [
      'a hyperlink with rich text',
      { text: { richText: [{ text: 'sa' }, { text: 'jt' }] }, hyperlink: 'x' },
      undefined,
      'sajt',
    ],
  ])('%s', (_title, value, numFmt, text) => {
    expect(cellText(value, numFmt)).toBe(text);
  });

  it('a 1904-system workbook shifts formula date serials by 1462 days', () => {
    expect(cellText({ formula: 'A1', result: 45356 - 1462 }, 'yyyy-mm-dd', true)).toBe('2024-03-05');
  });
});

describe('numberText', () => {
  it('never writes an exponent and reads back as the number Excel shows', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e30, max: 1e30 }), (value) => {
        const text = numberText(value);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(Number(value.toPrecision(15)) || 0);
      }),
    );
  });
});

describe('isDateFormat', () => {
  it.each([
    ['yyyy-mm-dd', true],
    ['d/m/yy h:mm', true],
    ['[$-409]mmmm d, yyyy', true],
    ['General', false],
    ['0.00', false],
    ['#,##0 "kd"', false],
    ['[Red]0.00', false],
    [undefined, false],
  ])('%s → %s', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});
