import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../lib/format.ts';
import { toMinorUnits } from './money.ts';

describe('toMinorUnits', () => {
  it.each([
    ['dollars to cents', 1250.5, 'USD', 125050],
    ['a float that is not exact in binary still rounds to the cent', 19.99, 'EUR', 1999],
    ['yen have no minor unit', 5000, 'JPY', 5000],
    ['dinars keep two decimals', '1200', 'RSD', 120000],
    ['zero is a sale of nothing, still a number', 0, 'USD', 0],
    ['a negative amount is refused', -5, 'USD', null],
    ['text that is no number is refused', 'abc', 'USD', null],
  ] as const)('%s', (_title, amount, currency, expected) => {
    expect(toMinorUnits(amount, currency)).toBe(expected);
  });

  it('reads back through the formatter in the currency’s own decimals', () => {
    const format = createFormatters('en-US');
    expect(format.money(125050, 'USD')).toBe('$1,250.50');
    expect(format.money(5000, 'JPY')).toBe('¥5,000');
  });
});
