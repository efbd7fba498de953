import Papa from 'papaparse';
import { AppError } from '../../core/shared/app-error.ts';

/** One parsed line of a file with its 1-based record number (a quoted line break stays inside). */
export interface CsvRecord {
  recordNumber: number;
  fields: string[];
}

/** A record this long means a quote was opened and never closed; refusing it bounds memory. */
const maxRecordChars = 1_000_000;

interface PapaError {
  code: string;
  row?: number;
}

interface PapaResult {
  data: string[][];
  errors: PapaError[];
  meta: { cursor: number };
}

/**
 * The records of a CSV text arriving in chunks, one batch per chunk, with papaparse's parser.
 * The parser is driven chunk by chunk here (as papaparse's own streamers do) rather than through
 * NODE_STREAM_INPUT, whose duplex stream drops parse errors: an unterminated quote would pass
 * silently. Pulling from an async generator gives backpressure (nothing is read ahead of the
 * consumer), and batching keeps the per-row cost to a plain loop. Rows use '\n' as the line
 * break; a '\r' before it is removed, so CRLF, LF and files mixing them (Excel's line breaks
 * inside cells) all read the same.
 */
export async function* parseCsvRecords(
  chunks: AsyncIterable<string>,
  delimiter: string,
): AsyncGenerator<CsvRecord[], void, undefined> {
  let pending = '';
  let newline: '\n' | '\r' | undefined;
  let parser: Papa.Parser | undefined;
  let recordsBefore = 0;
  for await (const chunk of chunks) {
    pending += chunk;
    newline ??= detectNewline(pending);
    if (newline === undefined) {
      if (pending.length > maxRecordChars) throw tooLong(1);
      continue;
    }
    parser ??= new Papa.Parser({ delimiter, newline, quoteChar: '"' });
    const result = parser.parse(pending, 0, true) as PapaResult;
    if (result.meta.cursor === 0 && pending.length > maxRecordChars) throw tooLong(recordsBefore + 1);
    pending = pending.slice(result.meta.cursor);
    const { records, error } = numbered(result, recordsBefore, newline);
    recordsBefore += records.length;
    yield records;
    if (error) throw error;
  }
  if (pending === '') return;
  newline ??= '\n';
  parser ??= new Papa.Parser({ delimiter, newline, quoteChar: '"' });
  const { records, error } = numbered(parser.parse(pending, 0, false) as PapaResult, recordsBefore, newline);
  yield records;
  if (error) throw error;
}

/** '\n' (also for CRLF), or '\r' for old Mac files; undefined until the text shows which. */
function detectNewline(text: string): '\n' | '\r' | undefined {
  if (text.includes('\n')) return '\n';
  const cr = text.indexOf('\r');
  return cr >= 0 && cr < text.length - 1 ? '\r' : undefined;
}

/**
 * The records of one parse, numbered, up to the first malformed quote, and the error naming it.
 * Errors count only in complete records: the unfinished last record of a chunk is parsed again
 * with the next chunk.
 */
function numbered(
  result: PapaResult,
  recordsBefore: number,
  newline: string,
): { records: CsvRecord[]; error?: AppError } {
  const problem = result.errors.find(
    (e) => (e.code === 'MissingQuotes' || e.code === 'InvalidQuotes') && (e.row ?? 0) < result.data.length,
  );
  const good = problem ? result.data.slice(0, problem.row ?? 0) : result.data;
  const records = good.map((fields, i) => {
    const last = fields.at(-1);
    if (newline === '\n' && last?.endsWith('\r')) fields[fields.length - 1] = last.slice(0, -1);
    return { recordNumber: recordsBefore + i + 1, fields };
  });
  if (!problem) return { records };
  const reason =
    problem.code === 'MissingQuotes'
      ? 'a quote opens a value here and is never closed'
      : 'a quoted value has text after its closing quote (write a quote inside a quoted value as "")';
  return { records, error: rowError(recordsBefore + (problem.row ?? 0) + 1, reason) };
}

function tooLong(recordNumber: number): AppError {
  return rowError(recordNumber, 'the row is longer than a million characters (is a quote never closed?)');
}

function rowError(recordNumber: number, reason: string): AppError {
  return new AppError('IMPORT_INVALID', {
    message: `Row ${recordNumber}: ${reason}`,
    field: `row ${recordNumber}`,
    details: { rowNumber: recordNumber },
  });
}
