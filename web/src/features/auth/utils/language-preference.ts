import type { i18n as I18n } from 'i18next';
import type { Me } from '../../../../../src/contracts/auth.ts';
import { isLanguage, type Language, rememberLanguage } from '../../../i18n/i18n.ts';
import { apiClient } from '../../../lib/api-client.ts';

// A language picked on the login page, before anyone is signed in: it wins over the saved one.
let chosenSignedOut: Language | null = null;

const saveLocale = (locale: Language) =>
  apiClient.put<{ ok: true }>('/auth/locale', { locale }).catch(() => undefined);

function apply(i18n: I18n, language: Language): void {
  rememberLanguage(language);
  if (i18n.resolvedLanguage !== language) void i18n.changeLanguage(language);
}

/** The header's language switch: shown at once, remembered here, and saved to the user when signed in. */
export function chooseLanguage(i18n: I18n, language: Language, signedIn: boolean): void {
  apply(i18n, language);
  if (signedIn) void saveLocale(language);
  else chosenSignedOut = language;
}

/**
 * At sign-in, on any browser, the user's saved language applies — unless they just picked one on
 * the login page, which is then saved as theirs.
 */
export function languageAtSignIn(i18n: I18n, user: Pick<Me, 'locale'>): void {
  if (chosenSignedOut) {
    if (chosenSignedOut !== user.locale) void saveLocale(chosenSignedOut);
    chosenSignedOut = null;
    return;
  }
  if (isLanguage(user.locale)) apply(i18n, user.locale);
}
