import Papa from 'papaparse';
import type { Language } from '../../contracts/auth.ts';
import { rejectColumnText, rejectReasonText, rejectsCsvHeaders, type StoredProblem } from './reject-texts.ts';

/**
 * Rejected rows as CSV, streamed page by page: row number, column, reason, the lead it matched
 * (duplicates), then the row's own cells under the file's headers — fix the cells and import
 * the file again. The product's own columns and reasons are in the reader's language.
 */
export async function* rejectsCsv(
  headers: readonly string[],
  rejects: AsyncIterable<StoredProblem & { row_number: number; lead_id: number | null; cells: string }>,
  locale: Language = 'en',
): AsyncGenerator<string> {
  yield `\uFEFF${Papa.unparse([[...rejectsCsvHeaders(locale), ...headers]])}\r\n`;
  let lines: string[][] = [];
  for await (const r of rejects) {
    const cells = JSON.parse(r.cells) as Record<string, string>;
    lines.push([
      String(r.row_number),
      rejectColumnText(locale, r.field),
      rejectReasonText(locale, r),
      r.lead_id === null ? '' : String(r.lead_id),
      ...headers.map((h) => cells[h] ?? ''),
    ]);
    if (lines.length >= 1000) {
      yield `${Papa.unparse(lines)}\r\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${Papa.unparse(lines)}\r\n`;
}
