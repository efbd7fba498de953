import iconv from 'iconv-lite';
import { AppError } from '../../core/shared/app-error.ts';
import { type CsvRecord, parseCsvRecords } from './csv-records.ts';
import { type CsvDelimiter, csvDelimiters, detectDelimiter } from './detect-delimiter.ts';
import { detectEncoding } from './detect-encoding.ts';
import { requireText } from './require-text.ts';
import { type CsvRow, isBlank, rowBuilder, uniqueHeaders } from './table-row.ts';

export { detectDelimiter } from './detect-delimiter.ts';
export { detectEncoding } from './detect-encoding.ts';
export type { CsvRow } from './table-row.ts';
export { uniqueHeaders } from './table-row.ts';

export interface CsvReadOptions {
  delimiter?: CsvDelimiter;
  /** An iconv-lite encoding name; detected from the bytes when absent. */
  encoding?: string;
}

export interface CsvHeader {
  /** Column names, trimmed and unique: a blank one is 'Column 3', a repeated one 'Phone (2)'. */
  headers: string[];
  delimiter: string;
  encoding: string;
}

/** Bytes read before deciding the encoding and delimiter. */
const sampleBytes = 64 * 1024;

/**
 * Reads a CSV file as it arrives: the header is read before this resolves; the rows follow as
 * the consumer pulls them (single pass), so a file of any size is never held in memory whole.
 * Encoding and delimiter are detected unless given; a BOM and Excel's 'sep=;' line are honoured.
 * Malformed input throws AppError('IMPORT_INVALID'): here for an empty or binary file, from the
 * row iteration for an unclosed quote, naming the row where it opened (rows before it have been
 * yielded by then, so an import must not commit before the end). A row with more values than the
 * header is yielded with `error` set, for the caller to reject that row alone.
 *
 * @example
 * const { header, rows } = await readCsv(buffer);
 * for await (const row of rows) console.log(row.rowNumber, row.values[header.headers[0]]);
 */
export async function readCsv(
  input: Buffer | NodeJS.ReadableStream,
  options: CsvReadOptions = {},
): Promise<{ header: CsvHeader; rows: AsyncIterable<CsvRow> }> {
  const bytes = byteChunks(input)[Symbol.asyncIterator]();
  try {
    return await openCsv(bytes, options);
  } catch (error) {
    await bytes.return?.(undefined);
    throw error;
  }
}

async function openCsv(
  bytes: AsyncIterator<Buffer>,
  options: CsvReadOptions,
): Promise<{ header: CsvHeader; rows: AsyncIterable<CsvRow> }> {
  const { sample, done } = await takeSample(bytes);
  if (sample.length === 0) throw fileError('The file is empty');
  const encoding = options.encoding ?? detectEncoding(sample);
  if (!iconv.encodingExists(encoding)) {
    throw new AppError('IMPORT_INVALID', {
      message: `Unknown text encoding "${encoding}"`,
      field: 'encoding',
    });
  }
  const decoder = iconv.getDecoder(encoding);
  let first = decoder.write(sample);
  requireText(sample, first, encoding);
  const excelSeparator = /^sep=(.)\r?\n/i.exec(first)?.[1];
  if (excelSeparator !== undefined) first = first.slice(first.indexOf('\n') + 1);
  const delimiter =
    options.delimiter ??
    csvDelimiters.find((d) => d === excelSeparator) ??
    detectDelimiter(done ? first : first.slice(0, first.lastIndexOf('\n') + 1) || first);

  const batches = parseCsvRecords(decodedText(first, bytes, decoder), delimiter);
  const start = await findHeader(batches);
  if (!start) throw fileError('The file is empty');
  const headers = uniqueHeaders(start.header.fields);
  return {
    header: { headers, delimiter, encoding },
    rows: dataRows(start.rest, batches, headers),
  };
}

async function* byteChunks(input: Buffer | NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  if (Buffer.isBuffer(input)) {
    for (let at = 0; at < input.length; at += sampleBytes) yield input.subarray(at, at + sampleBytes);
    return;
  }
  for await (const chunk of input) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}

async function takeSample(bytes: AsyncIterator<Buffer>): Promise<{ sample: Buffer; done: boolean }> {
  const parts: Buffer[] = [];
  let length = 0;
  while (length < sampleBytes) {
    const next = await bytes.next();
    if (next.done) return { sample: Buffer.concat(parts), done: true };
    parts.push(next.value);
    length += next.value.length;
  }
  return { sample: Buffer.concat(parts), done: false };
}

async function* decodedText(
  first: string,
  bytes: AsyncIterator<Buffer>,
  decoder: iconv.DecoderStream,
): AsyncGenerator<string> {
  try {
    yield first;
    for await (const chunk of { [Symbol.asyncIterator]: () => bytes }) yield decoder.write(chunk);
    yield decoder.end() ?? '';
  } finally {
    // Closing early (also before the loop above starts) closes the input.
    await bytes.return?.();
  }
}

/** The first non-blank record and the records after it in its batch; reads on without closing. */
async function findHeader(
  batches: AsyncGenerator<CsvRecord[]>,
): Promise<{ header: CsvRecord; rest: CsvRecord[] } | undefined> {
  for (;;) {
    const next = await batches.next();
    if (next.done) return undefined;
    const at = next.value.findIndex((record) => !isBlank(record.fields));
    const header = next.value[at];
    if (header) return { header, rest: next.value.slice(at + 1) };
  }
}

async function* dataRows(
  first: CsvRecord[],
  batches: AsyncGenerator<CsvRecord[]>,
  headers: string[],
): AsyncGenerator<CsvRow> {
  const toRow = rowBuilder(headers);
  try {
    for (let batch: CsvRecord[] | undefined = first; batch; ) {
      for (const record of batch) {
        if (!isBlank(record.fields)) yield toRow(record.recordNumber, record.fields);
      }
      const next = await batches.next();
      batch = next.done ? undefined : next.value;
    }
  } finally {
    // A consumer that stops early closes the input too.
    await batches.return(undefined);
  }
}

function fileError(message: string): AppError {
  return new AppError('IMPORT_INVALID', { message, field: 'file' });
}
