import { describe, expect, it } from 'vitest';
import { normalizePhone } from './phone.ts';

describe('normalizePhone', () => {
  it.each([
    ['a US number with punctuation', '(212) 555-0100', 'US', '+12125550100', 'fixed_line_or_mobile', 'US'],
    ['a US number with a leading 1', '1-212-555-0100', 'US', '+12125550100', 'fixed_line_or_mobile', 'US'],
    ['a US number with dots', '212.555.0100', 'US', '+12125550100', 'fixed_line_or_mobile', 'US'],
    ["Excel's leading apostrophe", "'2125550100", 'US', '+12125550100', 'fixed_line_or_mobile', 'US'],
    ['a US toll-free number', '800 555 1234', 'US', '+18005551234', 'toll_free', 'US'],
    ['a Serbian mobile', '064 123 4567', 'RS', '+381641234567', 'mobile', 'RS'],
    ['a Belgrade landline', '011 234 5678', 'RS', '+381112345678', 'fixed_line', 'RS'],
    ['a Serbian number with 00', '00381 11 234 5678', 'RS', '+381112345678', 'fixed_line', 'RS'],
    ['a +381 number in a US list', '+381 64 123 4567', 'US', '+381641234567', 'mobile', 'RS'],
    ['a default country in lower case', '064 123 4567', 'rs', '+381641234567', 'mobile', 'RS'],
    ['a London number', '+44 20 7946 0958', 'US', '+442079460958', 'fixed_line', 'GB'],
  ])('%s: %s (%s) → %s', (_title, raw, country, e164, type, numberCountry) => {
    expect(normalizePhone(raw, country)).toEqual({ ok: true, value: { e164, type, country: numberCountry } });
  });

  it.each([
    ['ext.', '212-555-0100 ext. 12', '12'],
    ['ext without a dot', '503-555-0121 ext 4', '4'],
    ['x', '(212) 555-0100 x305', '305'],
    ['#', '212 555 0100 #7', '7'],
    ['an international number', '+44 20 7946 0958 ext. 21', '21'],
  ])(
    'keeps an extension written with %s: %s → %s, the number dialled without it',
    (_title, raw, extension) => {
      const result = normalizePhone(raw, 'US');
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.extension).toBe(extension);
      expect(result.value.e164).not.toContain(extension === '7' ? '#' : 'x');
      expect(result.value.e164).toMatch(/^\+\d+$/);
    },
  );

  it('a number without an extension has no extension key (stored rows stay as before)', () => {
    const result = normalizePhone('(212) 555-0100', 'US');
    expect(result.ok && 'extension' in result.value).toBe(false);
  });

  it.each([
    ['empty', '', 'PHONE_EMPTY'],
    ['blank', '   ', 'PHONE_EMPTY'],
    ['too short', '12345', 'PHONE_INVALID'],
    ['letters', 'call me', 'PHONE_INVALID'],
    ['Excel scientific notation (digits lost)', '2.12555E+09', 'PHONE_INVALID'],
    ['a Serbian mobile read as US', '064 123 4567', 'PHONE_INVALID'],
  ])('%s → %s', (_title, raw, code) => {
    const result = normalizePhone(raw, 'US');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('an invalid number names the raw value in the message', () => {
    const result = normalizePhone(' 12345 ', 'US');
    expect(result).toEqual({
      ok: false,
      error: { code: 'PHONE_INVALID', message: '"12345" is not a valid phone number (read as US)' },
    });
  });

  it('an unknown default country still reads international numbers', () => {
    expect(normalizePhone('+12125550100', 'XX').ok).toBe(true);
    expect(normalizePhone('2125550100', 'XX').ok).toBe(false);
  });
});
