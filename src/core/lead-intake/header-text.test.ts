import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldToAscii, normalizeHeader, slugifyHeader, transliterateSerbian } from './header-text.ts';

describe('header text', () => {
  it.each([
    ['Poštanski broj', 'postanski broj'],
    ['Поштански број', 'postanski broj'],
    ['State/Region', 'state region'],
    ['E-mail Address', 'e mail address'],
    ['firstName', 'first name'],
    ['mobilePhone2', 'mobile phone 2'],
    ['  ZIP   Code ', 'zip code'],
    ['Ђорђе', 'djordje'],
    ['Džemper, Љубав, Њива', 'dzemper ljubav njiva'],
  ])('normalizeHeader("%s") → "%s"', (raw, normalized) => {
    expect(normalizeHeader(raw)).toBe(normalized);
  });

  it('folds accents of other Latin languages too', () => {
    expect(foldToAscii('Ünïcödé Straße')).toBe('unicode strasse');
  });

  it.each([
    ['Roof type (sq ft)', 'roof_type_sq_ft'],
    ['Napomena', 'napomena'],
    ['!!!', 'column'],
  ])('slugifyHeader("%s") → %s', (raw, slug) => {
    expect(slugifyHeader(raw)).toBe(slug);
  });
});

describe('foldToAscii shortcut for printable ASCII', () => {
  it('equals the full transliterate-and-decompose path on any text (property)', () => {
    const fullPath = (text: string) =>
      transliterateSerbian(text)
        .replaceAll('đ', 'dj')
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replaceAll('ß', 'ss');
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '-', '~', '\t', 'š', 'Ђ', 'é', 'ß', '1') });
    fc.assert(fc.property(fc.oneof(text, fc.string()), (raw) => foldToAscii(raw) === fullPath(raw)));
  });
});
