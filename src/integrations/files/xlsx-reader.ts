import type { EventEmitter } from 'node:events';
import { ReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../core/shared/app-error.ts';
import { cellText } from './cell-text.ts';
import { fileError } from './sniff-file.ts';
import { type CsvRow, isBlank, rowBuilder, uniqueHeaders } from './table-row.ts';
import { chooseSheet, type WorkbookInfo, type WorkbookSheet } from './xlsx-workbook.ts';

type WorksheetReader = ExcelJS.stream.xlsx.WorksheetReader;

export interface XlsxSheet {
  /** Worksheet names in tab order (chart sheets left out). */
  sheets: string[];
  sheet: string;
  headers: string[];
  rows: AsyncIterable<CsvRow>;
  /** Stops reading the sheet at once, for closing while a row is awaited. */
  abort(): void;
  /**
   * The share of the sheet's XML parsed so far (0–1) when exceljs reads it from a temporary copy,
   * by then having read the whole file; undefined when it reads the file itself.
   */
  sheetProgress(): number | undefined;
}

/**
 * Opens one worksheet of an .xlsx file with exceljs's streaming reader; rows are parsed as they
 * are pulled, never the whole workbook. exceljs reads the ZIP in stored order, and where the
 * sheets come before the shared strings (Excel's own layout) it first copies them to temporary
 * files, so the file is read through before the first row arrives. Its workbook model is seeded
 * from `info` (read from the ZIP directory), because exceljs fails when it meets a sheet before
 * xl/workbook.xml, which its own writer stores last. The chosen sheet is the one named, else the
 * first visible one; the header is its first non-blank row.
 */
export async function openXlsx(file: Readable, info: WorkbookInfo, wanted?: string): Promise<XlsxSheet> {
  const worksheets = info.sheets.filter((sheet) => sheet.part !== null);
  const target = chooseSheet(worksheets, wanted);
  const { sheetReaders, currentPart } = streamWorkbook(file, info);
  let worksheet: WorksheetReader | undefined;
  try {
    worksheet = await findWorksheet(sheetReaders, currentPart, target);
    const rows = worksheet[Symbol.asyncIterator]();
    const header = await findHeader(rows, info.date1904);
    if (!header) throw fileError(`The sheet "${target.name}" is empty`);
    const headers = uniqueHeaders(header);
    const chosen = worksheet;
    let releasing: Promise<void> | undefined;
    const release = () => {
      releasing ??= releaseWorkbook(chosen, rows, sheetReaders);
      return releasing;
    };
    return {
      sheets: worksheets.map((sheet) => sheet.name),
      sheet: target.name,
      headers,
      rows: dataRows(rows, headers, info.date1904, release),
      abort: () => {
        releaseSource(chosen);
        // Also when the rows were never pulled: the rows' own clean-up then never runs.
        void release();
      },
      sheetProgress: () => {
        const source = sourceOf(chosen);
        return source instanceof ReadStream && target.partBytes > 0
          ? source.bytesRead / target.partBytes
          : undefined;
      },
    };
  } catch (error) {
    await releaseWorkbook(worksheet, undefined, sheetReaders);
    throw asImportError(error);
  }
}

/**
 * exceljs's reader over the file, its workbook model seeded, and which worksheet part it has
 * reached: its 'entry' event names the part (xl/worksheets/sheetN.xml) of each worksheet it
 * yields, which is how a yielded worksheet is matched to its name in `info`.
 */
function streamWorkbook(
  file: Readable,
  info: WorkbookInfo,
): { sheetReaders: AsyncIterator<WorksheetReader>; currentPart: () => string | undefined } {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell dates from numbers.
    styles: 'cache',
    // Ignored hyperlinks leave a linked cell holding its text.
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  Object.assign(reader, {
    model: { sheets: info.sheets.map((s) => ({ name: s.name, id: s.sheetId, rId: s.rId, state: s.state })) },
    properties: { model: { date1904: info.date1904 } },
  });
  let part: string | undefined;
  (reader as unknown as EventEmitter).on('entry', (entry: { type?: string; id?: string }) => {
    if (entry.type === 'worksheet') part = entry.id;
  });
  return { sheetReaders: reader[Symbol.asyncIterator](), currentPart: () => part };
}

async function findWorksheet(
  sheetReaders: AsyncIterator<WorksheetReader>,
  currentPart: () => string | undefined,
  target: WorkbookSheet,
): Promise<WorksheetReader> {
  for (;;) {
    const next = await sheetReaders.next();
    if (next.done) throw fileError(`The sheet "${target.name}" cannot be read from the workbook`);
    if (currentPart() === target.part) return next.value;
    releaseSource(next.value);
  }
}

async function findHeader(
  rows: AsyncIterator<ExcelJS.Row>,
  date1904: boolean,
): Promise<string[] | undefined> {
  for (;;) {
    const next = await rows.next();
    if (next.done) return undefined;
    const fields = cellTexts(next.value, date1904);
    if (isBlank(fields)) continue;
    while ((fields.at(-1) ?? '').trim() === '') fields.pop();
    return fields;
  }
}

async function* dataRows(
  rows: AsyncIterator<ExcelJS.Row>,
  headers: string[],
  date1904: boolean,
  release: () => Promise<void>,
): AsyncGenerator<CsvRow> {
  const toRow = rowBuilder(headers);
  try {
    for (;;) {
      const next = await rows.next();
      if (next.done) return;
      const fields = cellTexts(next.value, date1904);
      if (!isBlank(fields)) yield toRow(next.value.number, fields);
    }
  } catch (error) {
    throw asImportError(error);
  } finally {
    await release();
  }
}

/** The texts of a row's cells by column (A is 0), '' where a cell is missing. */
function cellTexts(row: ExcelJS.Row, date1904: boolean): string[] {
  const fields: string[] = [];
  row.eachCell((cell, column) => {
    fields[column - 1] = cellText(cell.value, cell.numFmt, date1904);
  });
  for (let i = 0; i < fields.length; i++) fields[i] ??= '';
  return fields;
}

/**
 * After the chosen sheet (or a failure): stop parsing it, and when exceljs works from temporary copies, move
 * past the remaining sheets without parsing them, so that it deletes each copy (it does so only
 * as its iteration moves on); otherwise the rest of the file is simply not read.
 */
async function releaseWorkbook(
  worksheet: WorksheetReader | undefined,
  rows: AsyncIterator<ExcelJS.Row> | undefined,
  sheetReaders: AsyncIterator<WorksheetReader>,
): Promise<void> {
  try {
    await rows?.return?.(undefined);
    if (!worksheet || !releaseSource(worksheet)) {
      await sheetReaders.return?.(undefined);
      return;
    }
    for (let next = await sheetReaders.next(); !next.done; next = await sheetReaders.next()) {
      releaseSource(next.value);
    }
  } catch {
    // The rows are all delivered; a damaged part after them does not matter.
  }
}

/** Closes the temporary copy a worksheet is read from, if it has one (exceljs internals). */
function releaseSource(worksheet: WorksheetReader): boolean {
  const source = sourceOf(worksheet);
  if (!(source instanceof Readable)) return false;
  // exceljs deletes the copy as its iteration moves on; a copy it opens lazily after that fails
  // to open (ENOENT) on a stream nobody reads any more: that error is expected, not a failure.
  source.on('error', () => undefined);
  source.destroy();
  return true;
}

const sourceOf = (worksheet: WorksheetReader): unknown =>
  (worksheet as unknown as { iterator?: unknown }).iterator;

function asImportError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('IMPORT_INVALID', {
    message: 'The workbook cannot be read (the file may be damaged)',
    field: 'file',
    cause: error,
  });
}
