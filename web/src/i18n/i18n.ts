import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import sr from './sr.json';

export const languages = ['en', 'sr'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'setterdesk.language';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

/** The locale Intl formats with: Serbian is written in Cyrillic here. */
export function intlLocale(language: string): string {
  return language === 'sr' ? 'sr-Cyrl-RS' : 'en-US';
}

function initialLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  if (isLanguage(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('sr') ? 'sr' : 'en';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
}

export function initI18n(): typeof i18n {
  const language = initialLanguage();
  document.documentElement.lang = language;
  i18n.on('languageChanged', (next) => {
    document.documentElement.lang = next;
  });
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, sr: { translation: sr } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18n;
}
