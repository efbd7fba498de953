import Papa from 'papaparse';

/**
 * Rejected rows as CSV, streamed page by page: row number, column, reason, the lead it matched
 * (duplicates), then the row's own cells under the file's headers — fix the cells and import
 * the file again.
 */
export async function* rejectsCsv(
  headers: readonly string[],
  rejects: AsyncIterable<{
    row_number: number;
    field: string;
    reason: string;
    lead_id: number | null;
    cells: string;
  }>,
): AsyncGenerator<string> {
  yield `\uFEFF${Papa.unparse([['Row', 'Column', 'Reason', 'Lead', ...headers]])}\r\n`;
  let lines: string[][] = [];
  for await (const r of rejects) {
    const cells = JSON.parse(r.cells) as Record<string, string>;
    lines.push([
      String(r.row_number),
      r.field,
      r.reason,
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
