import { describe, expect, it } from 'vitest';
import { normalizePostalCode } from './postal-code.ts';

describe('normalizePostalCode', () => {
  it.each([
    ['a 5-digit ZIP', '10001', 'US', '10001'],
    ['ZIP+4 keeps the 5 digits', '10001-1234', 'US', '10001'],
    ['ZIP+4 without the dash', '100011234', 'US', '10001'],
    ['a ZIP Excel stored as a number lost its leading zero', '7302', 'US', '07302'],
    ['two leading zeros lost', '501', 'US', '00501'],
    ['a ZIP+4 stored as a number', '73021234', 'US', '07302'],
    ['a ZIP with a decimal from a spreadsheet', '7302.0', 'US', '07302'],
    ['surrounding spaces', ' 85001 ', 'US', '85001'],
    ['a Puerto Rico ZIP', '901', 'PR', '00901'],
    ['a Serbian code', '11000', 'RS', '11000'],
    ['a UK postcode is upper-cased', 'sw1a  1aa', 'GB', 'SW1A 1AA'],
    ['a Canadian code', 'k1a 0b1', 'CA', 'K1A 0B1'],
    ['the country in lower case', '10001', 'us', '10001'],
  ])('%s: %s (%s) → %s', (_title, raw, country, code) => {
    expect(normalizePostalCode(raw, country)).toBe(code);
  });

  it.each([
    ['empty', '', 'US'],
    ['letters in a US ZIP', 'ABCDE', 'US'],
    ['too many digits', '123456', 'US'],
    ['too few digits', '12', 'US'],
    ['a 4-digit Serbian code', '1100', 'RS'],
    ['punctuation only', '--', 'DE'],
  ])('%s → null', (_title, raw, country) => {
    expect(normalizePostalCode(raw, country)).toBeNull();
  });
});
