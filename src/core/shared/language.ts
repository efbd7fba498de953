import { type Language, languages } from '../../contracts/auth.ts';

/**
 * A stored or sent locale as a language the product speaks: 'sr', 'sr-Cyrl-RS' → 'sr'; anything
 * else → 'en', the product's first language.
 *
 * @example
 * languageOf('sr-Cyrl-RS') // 'sr'
 * languageOf('de') // 'en'
 */
export function languageOf(locale: string): Language {
  const language = locale.split('-')[0]?.toLowerCase() ?? '';
  return (languages as readonly string[]).includes(language) ? (language as Language) : 'en';
}
