import { suggestColumnMapping } from '../lead-intake/column-mapping.ts';
import type { PhoneResult } from '../lead-intake/phone.ts';
import type { RowError } from '../lead-intake/prepare-lead-row.ts';

/** One data row of a do-not-call file as the spreadsheet reader yields it. */
export interface DncSheetRow {
  /** The row a spreadsheet user sees: the header is row 1. */
  rowNumber: number;
  values: Record<string, string>;
  /** Set when the row cannot be read as it stands (more values than the header has columns). */
  error?: string;
}

export interface DncSheet {
  headers: readonly string[];
  rows: AsyncIterable<DncSheetRow>;
}

export type PhoneNormalizer = (raw: string, defaultCountry: string) => PhoneResult;

export type DncRowOutcome = { ok: true; phone: string } | { ok: false; error: RowError };

/** What a do-not-call file holds: its distinct valid numbers and the rows that are not one. */
export interface DncNumbers {
  phones: Set<string>;
  /** Data rows read, the header row included when it held a number. */
  rows: number;
  invalid: number;
  /** The first rejected rows, in file order (all are counted in `invalid`). */
  errors: RowError[];
}

/**
 * The column holding the numbers: the first whose header names a phone ('Phone', 'Telefon',
 * 'Mobile'), else the first column, since registry downloads often have a single unnamed one.
 *
 * @example
 * dncPhoneColumn(['Name', 'Phone Number']) // 'Phone Number'
 * dncPhoneColumn(['Number', 'Added']) // 'Number'
 */
export function dncPhoneColumn(headers: readonly string[]): string | undefined {
  const mapping = suggestColumnMapping([...headers]);
  return headers.find((h) => mapping[h] === 'phone') ?? headers[0];
}

/**
 * One row of a do-not-call file: its number in E.164, or why the row is refused. An empty cell
 * is refused too: the row was meant to carry a number.
 *
 * @example
 * readDncRow({ rowNumber: 2, values: { Phone: '(212) 555-0100' } }, 'Phone', 'US', normalizePhone)
 * // { ok: true, phone: '+12125550100' }
 */
export function readDncRow(
  row: DncSheetRow,
  column: string,
  country: string,
  normalize: PhoneNormalizer,
): DncRowOutcome {
  const refuse = (reason: string): DncRowOutcome => ({
    ok: false,
    error: { rowNumber: row.rowNumber, field: 'phone', reason },
  });
  if (row.error) return refuse(row.error);
  const result = normalize(row.values[column] ?? '', country);
  return result.ok ? { ok: true, phone: result.value.e164 } : refuse(result.error.message);
}

/**
 * Reads a whole do-not-call file in one pass, keeping each valid number once. A file without a
 * header (its first line already a valid number) has that line counted as row 1, so no number
 * of a registry download is lost.
 */
export async function collectDncNumbers(
  sheet: DncSheet,
  country: string,
  normalize: PhoneNormalizer,
  maxErrors = 100,
): Promise<DncNumbers> {
  const column = dncPhoneColumn(sheet.headers);
  const found: DncNumbers = { phones: new Set(), rows: 0, invalid: 0, errors: [] };
  if (column === undefined) return found;
  const take = (outcome: DncRowOutcome) => {
    found.rows++;
    if (outcome.ok) {
      found.phones.add(outcome.phone);
      return;
    }
    found.invalid++;
    if (found.errors.length < maxErrors) found.errors.push(outcome.error);
  };
  const headerNumber = normalize(column, country);
  if (headerNumber.ok) take({ ok: true, phone: headerNumber.value.e164 });
  for await (const row of sheet.rows) take(readDncRow(row, column, country, normalize));
  return found;
}
