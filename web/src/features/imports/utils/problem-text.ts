import type { TFunction } from 'i18next';
import type { RowProblemCode } from '../../../../../src/contracts/imports.ts';

interface RowProblem {
  reason: string;
  code?: string | undefined;
  params?: Record<string, string> | undefined;
}

// The contract's list, spelled out here: importing it would bring zod into the page's bundle.
const rowProblemCodes = [
  'PHONE_FOREIGN',
  'PHONE_FOREIGN_REFUSED',
  'PHONE_FOREIGN_LEFT_OUT',
  'DUPLICATE_IN_FILE',
  'DUPLICATE_IN_FILE_LEAD',
  'DUPLICATE_EXISTING',
  'DUPLICATE_ALREADY_UPDATED',
  'DUPLICATE_NOTHING_NEW',
] as const satisfies readonly RowProblemCode[];

const isRowProblemCode = (code: string | undefined): code is RowProblemCode =>
  code !== undefined && (rowProblemCodes as readonly string[]).includes(code);

/**
 * "GB" → "United Kingdom" in the reader's language; the code itself when the browser does not
 * know it, and for '001' (libphonenumber's non-geographic numbers, +800 …).
 */
export function countryName(code: string, locale: string): string {
  // Intl names '001' "world"; libphonenumber means a non-geographic number (+800 …) by it.
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A row problem in the reader's language when it has a code the screen knows; else the server's
 * own (English) reason.
 *
 * @example
 * problemText(t, 'en-US', { reason: '…', code: 'PHONE_FOREIGN', params: { phone: '+442079460958', phoneCountry: 'GB', country: 'US' } })
 * // '+442079460958 is a number of United Kingdom, not of United States: kept, check it'
 */
export function problemText(t: TFunction, locale: string, problem: RowProblem): string {
  if (!isRowProblemCode(problem.code)) return problem.reason;
  const params = problem.params ?? {};
  return t(`import.problem.${problem.code}`, {
    ...params,
    phoneCountry: countryName(params.phoneCountry ?? '', locale),
    country: countryName(params.country ?? '', locale),
    field: t(`import.field.${params.field ?? 'phone'}`, { defaultValue: params.field ?? '' }),
  });
}
