import type { ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { readCsv } from './csv-reader.ts';
import type { CsvDelimiter } from './detect-delimiter.ts';
import { fileError, isZip, refuseNonSpreadsheet, sniffBytes } from './sniff-file.ts';
import type { CsvRow } from './table-row.ts';
import { openXlsx } from './xlsx-reader.ts';
import { readWorkbookInfo } from './xlsx-workbook.ts';

export const spreadsheetFormats = ['csv', 'xlsx'] as const;
export type SpreadsheetFormat = (typeof spreadsheetFormats)[number];

export interface SpreadsheetOptions {
  /** The kind the file must be; the first bytes decide when absent. */
  format?: SpreadsheetFormat;
  /** CSV: an iconv-lite encoding name; detected when absent. */
  encoding?: string;
  /** CSV: detected when absent. */
  delimiter?: CsvDelimiter;
  /** XLSX: the worksheet to read; the first visible one when absent. */
  sheet?: string;
}

export interface OpenSpreadsheet {
  format: SpreadsheetFormat;
  /** Column names, trimmed and unique: a blank one is 'Column 3', a repeated one 'Phone (2)'. */
  headers: string[];
  /** CSV: the encoding read with (given or detected); null for a workbook. */
  encoding: string | null;
  /** CSV: the delimiter read with; null for a workbook. */
  delimiter: string | null;
  /** XLSX: every worksheet name in tab order; [] for CSV. */
  sheets: string[];
  /** XLSX: the sheet being read. */
  sheet: string | null;
  /** The file's size in bytes. */
  totalBytes: number;
  /**
   * Bytes of the file consumed so far, for a progress bar; never decreases, totalBytes once the
   * rows end. A workbook laid out as Excel saves it (sheets before shared strings) has been read
   * through, into a temporary copy of the sheet, by the time it opens: for it this is the file
   * size times the share of the sheet parsed, so the bar still tracks the rows.
   */
  bytesRead(): number;
  /** The data rows, once: blank rows skipped, a row with too many values yielded with `error`. */
  rows: AsyncIterable<CsvRow>;
  /** Stops reading (also while a row is awaited: the rows then end) and closes the file. */
  close(): Promise<void>;
}

interface SheetSource {
  headers: string[];
  encoding: string | null;
  delimiter: string | null;
  sheets: string[];
  sheet: string | null;
  rows: AsyncIterable<CsvRow>;
  abort?(): void;
  sheetProgress?(): number | undefined;
}

/**
 * Opens an uploaded CSV or XLSX file from disk for a single streaming pass: the header and the
 * reading settings are known when this resolves, the rows follow as they are pulled, and the
 * file is never held in memory whole. The first bytes decide the kind: a ZIP archive is read as
 * a workbook, text as CSV; legacy .xls, PDF, images and other binaries are refused naming what
 * they look like. Failures throw AppError('IMPORT_INVALID') with `field` 'file' (or 'sheet',
 * 'encoding'); an unclosed quote in a CSV is thrown from the rows. Call close() in a finally.
 *
 * @example
 * const file = await openSpreadsheet(path, { sheet: 'Leads' });
 * try {
 *   for await (const row of file.rows) report(row.rowNumber, file.bytesRead() / file.totalBytes);
 * } finally {
 *   await file.close();
 * }
 */
export async function openSpreadsheet(
  path: string,
  options: SpreadsheetOptions = {},
): Promise<OpenSpreadsheet> {
  const handle = await open(path, 'r');
  let file: ReadStream | undefined;
  try {
    const { size } = await handle.stat();
    if (size === 0) throw fileError('The file is empty');
    const head = Buffer.alloc(Math.min(size, sniffBytes));
    await handle.read(head, 0, head.length, 0);
    refuseNonSpreadsheet(head);
    const format = options.format ?? (isZip(head) ? 'xlsx' : 'csv');
    if (format === 'xlsx' && !isZip(head)) throw fileError('The file is not an Excel workbook (.xlsx)');
    const info = format === 'xlsx' ? await readWorkbookInfo(handle, size) : undefined;
    file = handle.createReadStream({ start: 0 });
    const source: SheetSource = info
      ? { ...(await openXlsx(file, info, options.sheet)), encoding: null, delimiter: null }
      : await openCsv(file, options);
    return spreadsheet(file, size, format, source);
  } catch (error) {
    await (file ? closeStream(file) : handle.close());
    throw error;
  }
}

async function openCsv(file: ReadStream, options: SpreadsheetOptions): Promise<SheetSource> {
  const { header, rows } = await readCsv(file, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
  });
  const { headers, encoding, delimiter } = header;
  return { headers, encoding, delimiter, sheets: [], sheet: null, rows };
}

function spreadsheet(
  file: ReadStream,
  totalBytes: number,
  format: SpreadsheetFormat,
  source: SheetSource,
): OpenSpreadsheet {
  const inner = source.rows[Symbol.asyncIterator]();
  let finished = false;
  let closed = false;
  let failure: { error: unknown } | undefined;
  let progress = 0;
  // Settles the row being awaited early, on close() or a read error. A fresh promise per row:
  // racing every row against one long-lived promise would keep every row reachable from it.
  let interrupt: ((outcome: { error: unknown } | undefined) => void) | undefined;
  const nextRow = () =>
    new Promise<IteratorResult<CsvRow>>((resolve, reject) => {
      interrupt = (outcome) => (outcome ? reject(outcome.error) : resolve({ done: true, value: undefined }));
      inner.next().then(resolve, reject);
    });
  // A read error would otherwise leave a workbook's unzipping waiting forever.
  file.on('error', (error) => {
    failure = { error };
    interrupt?.(failure);
  });

  async function* rows(): AsyncGenerator<CsvRow> {
    try {
      while (!closed) {
        if (failure) throw failure.error;
        const next = await nextRow();
        interrupt = undefined;
        if (next.done) {
          finished = !closed;
          return;
        }
        yield next.value;
      }
    } finally {
      // Stopped early by the consumer (a break): the reader cleans up behind it.
      if (!finished && !closed && !failure) await inner.return?.(undefined);
      if (!failure) await closeStream(file);
      else file.destroy();
    }
  }

  return {
    format,
    headers: source.headers,
    encoding: source.encoding,
    delimiter: source.delimiter,
    sheets: source.sheets,
    sheet: source.sheet,
    totalBytes,
    bytesRead: () => {
      // A workbook's rows can end before the last parts of the file, which hold no rows.
      const share = source.sheetProgress?.();
      const consumed = share === undefined ? file.bytesRead : Math.floor(share * totalBytes);
      progress = finished ? totalBytes : Math.max(progress, Math.min(consumed, totalBytes));
      return progress;
    },
    rows: rows(),
    async close() {
      if (!closed && !finished) {
        closed = true;
        interrupt?.(undefined);
        source.abort?.();
        // Not awaited: a row being read when the file closes may never arrive.
        void inner.return?.(undefined)?.catch(() => undefined);
      }
      closed = true;
      await closeStream(file);
    },
  };
}

/** Destroys a file stream and waits until its descriptor is closed. */
async function closeStream(file: ReadStream): Promise<void> {
  if (file.closed) return;
  const closed = new Promise<void>((resolve) => file.once('close', () => resolve()));
  file.destroy();
  await closed;
}

export type { CsvDelimiter } from './detect-delimiter.ts';
export type { CsvRow } from './table-row.ts';
