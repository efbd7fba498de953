import { describe, expect, it } from 'vitest';
import { languageOf } from './language.ts';

describe('languageOf', () => {
  it.each([
    ['en', 'en'],
    ['sr', 'sr'],
    ['sr-Cyrl-RS', 'sr'],
    ['SR', 'sr'],
    ['en-US', 'en'],
    ['de', 'en'],
    ['', 'en'],
  ])('%j → %s', (locale, language) => {
    expect(languageOf(locale)).toBe(language);
  });
});
