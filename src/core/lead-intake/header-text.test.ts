import { describe, expect, it } from 'vitest';
import { normalizeHeader, slugifyHeader } from './header-text.ts';

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
    expect(normalizeHeader('Ünïcödé Straße')).toBe('unicode strasse');
  });

  it.each([
    ['Roof type (sq ft)', 'roof_type_sq_ft'],
    ['Napomena', 'napomena'],
    ['!!!', 'column'],
  ])('slugifyHeader("%s") → %s', (raw, slug) => {
    expect(slugifyHeader(raw)).toBe(slug);
  });
});
