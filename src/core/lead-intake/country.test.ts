import { describe, expect, it } from 'vitest';
import { normalizeCountry } from './country.ts';

describe('normalizeCountry', () => {
  it.each([
    ['US', 'US'],
    ['us', 'US'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['United States', 'US'],
    ['United States of America', 'US'],
    ['RS', 'RS'],
    ['Serbia', 'RS'],
    ['Srbija', 'RS'],
    ['Србија', 'RS'],
    ['Nemačka', 'DE'],
    ['Germany', 'DE'],
    ['UK', 'GB'],
    ['United Kingdom', 'GB'],
  ])('"%s" → %s', (raw, code) => {
    expect(normalizeCountry(raw)).toBe(code);
  });

  it.each([['Atlantis'], ['XX'], ['']])('"%s" → null', (raw) => {
    expect(normalizeCountry(raw)).toBeNull();
  });
});
