import type { Language } from '../../contracts/auth.ts';
import { type RowProblemCode, rowProblemCodes } from '../../contracts/imports.ts';

/** A stored row problem: the English reason, and its code and params when it has them. */
export interface StoredProblem {
  field: string;
  reason: string;
  code: string | null;
  params: string | null;
}

type Params = Record<string, string>;

/** The rejects CSV's own columns, before the file's headers. */
const csvHeaders: Record<Language, readonly [string, string, string, string]> = {
  en: ['Row', 'Column', 'Reason', 'Lead'],
  sr: ['Ред', 'Колона', 'Разлог', 'Контакт'],
};

export const rejectsCsvHeaders = (locale: Language): readonly string[] => csvHeaders[locale];

// The lead fields a problem names, as the import screen names them (web i18n import.field.*).
const serbianFields: Record<string, string> = {
  row: 'Ред',
  firstName: 'Име',
  lastName: 'Презиме',
  fullName: 'Име и презиме',
  company: 'Фирма',
  email: 'Имејл',
  phone: 'Телефон',
  phone2: 'Други телефон',
  address: 'Адреса',
  city: 'Град',
  state: 'Савезна држава',
  postalCode: 'Поштански број',
  country: 'Држава',
  timeZone: 'Временска зона',
  source: 'Извор',
  note: 'Белешка о контакту',
};

const country = (code: string | undefined): string => {
  if (!code || !/^[A-Z]{2}$/.test(code)) return code ?? '';
  try {
    return new Intl.DisplayNames(['sr-Cyrl-RS'], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
};

const field = (name: string | undefined): string => serbianFields[name ?? 'phone'] ?? name ?? '';

/** The same wording as the import screen's Serbian problems (web i18n import.problem.*). */
const serbianProblems: Record<RowProblemCode, (p: Params) => string> = {
  PHONE_FOREIGN: (p) =>
    `${p.phone} је број из земље ${country(p.phoneCountry)}, а не ${country(p.country)}: задржан, проверите га`,
  PHONE_FOREIGN_REFUSED: (p) =>
    `${p.phone} је број из земље ${country(p.phoneCountry)}, а не ${country(p.country)}: одбијен`,
  PHONE_FOREIGN_LEFT_OUT: (p) =>
    `${p.phone} је број из земље ${country(p.phoneCountry)}, а не ${country(p.country)}: изостављен, контакт задржава остале телефоне`,
  DUPLICATE_IN_FILE: (p) => `${field(p.field)} ${p.value} је и у реду ${p.row} ове датотеке`,
  DUPLICATE_IN_FILE_LEAD: (p) =>
    `${field(p.field)} ${p.value} је у ранијем реду ове датотеке (контакт бр. ${p.leadId})`,
  DUPLICATE_EXISTING: (p) => `${field(p.field)} ${p.value} већ има контакт бр. ${p.leadId}`,
  DUPLICATE_ALREADY_UPDATED: (p) => `Контакт бр. ${p.leadId} је већ ажуриран из ранијег реда`,
  DUPLICATE_NOTHING_NEW: (p) => `Контакт бр. ${p.leadId} већ има све што овај ред садржи`,
};

/**
 * Problems stored without a code, recognized by their English wording (src/core/lead-intake
 * prepare-lead-row.ts, phone.ts, email.ts); a test there pins each one.
 */
const serbianTemplates: readonly [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^No phone number$/, () => 'Нема броја телефона'],
  [/^No valid phone number: (.+)$/s, (m) => `Нема исправног броја телефона: ${phoneMessages(m[1] ?? '')}`],
  [/^(.+); it was left out$/s, (m) => `${phoneMessages(m[1] ?? '')}; изостављен је`],
  [/^"(.*)" is not a valid email address$/s, (m) => `„${m[1]}“ није исправна имејл адреса`],
  [
    /^The note has (\d+) characters; the first (\d+) were kept$/,
    (m) => `Белешка има ${m[1]} знакова; задржано је првих ${m[2]}`,
  ],
  [
    /^"(.*)" is not a known country; ([A-Z]{2}) was used$/s,
    (m) => `„${m[1]}“ није позната држава; коришћена је земља ${country(m[2])}`,
  ],
  [/^"(.*)" is not a US state$/s, (m) => `„${m[1]}“ није савезна држава САД`],
  [
    /^"(.*)" could not be read and was left out$/s,
    (m) => `„${m[1]}“ није могло да се прочита и изостављено је`,
  ],
];

const phoneTemplates: readonly [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^The phone number is empty$/, () => 'Број телефона је празан'],
  [
    /^"(.*)" is not a valid phone number \(read as ([A-Z]{2})\)$/s,
    (m) => `„${m[1]}“ није исправан број телефона (читан као број из земље ${country(m[2])})`,
  ],
  [
    /^(\+\d+) is a number of (\w+), not of (\w+)$/,
    (m) => `${m[1]} је број из земље ${country(m[2])}, а не ${country(m[3])}`,
  ],
];

function translated(text: string, templates: typeof serbianTemplates): string | null {
  for (const [pattern, render] of templates) {
    const match = text.match(pattern);
    if (match) return render(match);
  }
  return null;
}

function phoneMessages(text: string): string {
  return text
    .split('; ')
    .map((part) => translated(part, phoneTemplates) ?? part)
    .join('; ');
}

const isRowProblemCode = (code: string | null): code is RowProblemCode =>
  code !== null && (rowProblemCodes as readonly string[]).includes(code);

/**
 * A stored problem's reason in the reader's language: by its code when it has one, else by its
 * known English wording; anything else (a file reader's message) stays as stored.
 *
 * @example
 * rejectReasonText('sr', { field: 'phone', reason: 'No phone number', code: null, params: null })
 * // 'Нема броја телефона'
 */
export function rejectReasonText(locale: Language, problem: StoredProblem): string {
  if (locale === 'en') return problem.reason;
  if (isRowProblemCode(problem.code)) {
    const params = problem.params ? (JSON.parse(problem.params) as Params) : {};
    return serbianProblems[problem.code](params);
  }
  return translated(problem.reason, serbianTemplates) ?? problem.reason;
}

/** The Column cell: a lead field by its name in the language; a file's own header as it is. */
export function rejectColumnText(locale: Language, name: string): string {
  return locale === 'en' ? name : (serbianFields[name] ?? name);
}
