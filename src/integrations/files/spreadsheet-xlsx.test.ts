import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/shared/app-error.ts';
import { type CsvRow, openSpreadsheet, type SpreadsheetOptions } from './spreadsheet.ts';
import { openDescriptors, type TempFolder, tempFolder, unzipFiles, zipArchive } from './test-files.ts';

let folder: TempFolder;
let leadsPath: string;
beforeAll(async () => {
  folder = await tempFolder();
  leadsPath = await writeLeadsWorkbook(folder.path('leads.xlsx'));
});
afterAll(() => folder.remove());

/** Two sheets; the second holds a list starting at row 3, with every kind of cell. */
async function writeLeadsWorkbook(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Notes').getCell('A1').value = 'Call before noon';
  const leads = workbook.addWorksheet('Leads');
  leads.getRow(3).values = ['Name', 'Phone', 'Born', 'Double', 'Note', 'Site', 'VIP', null, ' Name '];
  leads.getRow(4).values = [
    'Đorđe Petrović',
    3035550123,
    new Date(Date.UTC(1985, 6, 14)),
    { formula: 'B4*2', result: 6071100246 },
    { richText: [{ text: 'Wants ' }, { font: { bold: true }, text: 'Tuesday' }] },
    { text: 'example.com', hyperlink: 'https://example.com' },
    true,
    null,
    'dup',
  ];
  leads.getCell('C4').numFmt = 'dd.mm.yyyy';
  leads.getRow(6).values = ['Ana', 1e21, new Date(Date.UTC(2024, 2, 5, 14, 30)), { error: '#N/A' }];
  leads.getCell('C6').numFmt = 'dd.mm.yyyy hh:mm';
  leads.getRow(8).values = ['Bo', 7, null, null, null, null, false, null, null, 'stray'];
  await workbook.xlsx.writeFile(path);
  return path;
}

async function readAll(path: string, options?: SpreadsheetOptions) {
  const file = await openSpreadsheet(path, options);
  const rows: CsvRow[] = [];
  try {
    for await (const row of file.rows) rows.push(row);
  } finally {
    await file.close();
  }
  return { file, rows };
}

async function refusal(path: string, options?: SpreadsheetOptions): Promise<AppError> {
  const error = await readAll(path, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof AppError) return error;
  throw new Error(`expected the workbook to be refused, got ${String(error)}`);
}

const exceljsTempFiles = () => readdirSync(tmpdir()).filter((name) => name.startsWith(`tmp-${process.pid}-`));

/** exceljs's temporary copies made since `before` and not deleted (it deletes them asynchronously). */
async function leftTempFiles(before: string[]): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  return exceljsTempFiles().filter((name) => !before.includes(name));
}

describe('openSpreadsheet: XLSX', () => {
  it('reads the chosen second sheet: cells as a user sees them, blank rows skipped, sheet row numbers', async () => {
    const { file, rows } = await readAll(leadsPath, { sheet: 'Leads' });
    expect({ format: file.format, sheets: file.sheets, sheet: file.sheet, encoding: file.encoding }).toEqual({
      format: 'xlsx',
      sheets: ['Notes', 'Leads'],
      sheet: 'Leads',
      encoding: null,
    });
    expect(file.headers).toEqual([
      'Name',
      'Phone',
      'Born',
      'Double',
      'Note',
      'Site',
      'VIP',
      'Column 8',
      'Name (2)',
    ]);
    expect(rows.map((r) => ({ rowNumber: r.rowNumber, values: { ...r.values }, error: r.error }))).toEqual([
      {
        rowNumber: 4,
        values: {
          Name: 'Đorđe Petrović',
          Phone: '3035550123',
          Born: '1985-07-14',
          Double: '6071100246',
          Note: 'Wants Tuesday',
          Site: 'example.com',
          VIP: 'TRUE',
          'Column 8': '',
          'Name (2)': 'dup',
        },
        error: undefined,
      },
      {
        rowNumber: 6,
        values: {
          Name: 'Ana',
          Phone: '1000000000000000000000',
          Born: '2024-03-05T14:30:00',
          Double: '',
          Note: '',
          Site: '',
          VIP: '',
          'Column 8': '',
          'Name (2)': '',
        },
        error: undefined,
      },
      {
        rowNumber: 8,
        values: expect.objectContaining({ Name: 'Bo', Phone: '7', VIP: 'FALSE' }),
        error: 'Row 8 has 10 values; the header has 9',
      },
    ]);
  });

  it('reads the first sheet by default, and finds a sheet whatever the case of its name', async () => {
    const first = await readAll(leadsPath);
    expect({ sheet: first.file.sheet, headers: first.file.headers, rows: first.rows }).toEqual({
      sheet: 'Notes',
      headers: ['Call before noon'],
      rows: [],
    });
    expect((await readAll(leadsPath, { sheet: 'leads' })).file.sheet).toBe('Leads');
  });

  it('an unknown sheet is refused, listing the sheets', async () => {
    const error = await refusal(leadsPath, { sheet: 'Leeds' });
    expect({ message: error.message, field: error.field, details: error.details }).toEqual({
      message: 'The workbook has no sheet named "Leeds"; its sheets are "Notes", "Leads"',
      field: 'sheet',
      details: { sheets: ['Notes', 'Leads'] },
    });
  });

  it('a hidden first sheet is passed over for the first visible one', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Lookup', { state: 'hidden' }).getCell('A1').value = 'code';
    workbook.addWorksheet('Leads').getCell('A1').value = 'phone';
    const path = folder.path('hidden.xlsx');
    await workbook.xlsx.writeFile(path);
    const { file } = await readAll(path);
    expect({ sheets: file.sheets, sheet: file.sheet, headers: file.headers }).toEqual({
      sheets: ['Lookup', 'Leads'],
      sheet: 'Leads',
      headers: ['phone'],
    });
  });

  it("exceljs's streaming writer with shared strings and styles reads the same", async () => {
    const path = folder.path('streamed.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: path,
      useSharedStrings: true,
      useStyles: true,
    });
    const sheet = writer.addWorksheet('Export');
    sheet.addRow(['Ime', 'Telefon', 'Datum']).commit();
    const row = sheet.addRow([
      { richText: [{ text: 'Ži' }, { text: 'žić', font: { italic: true } }] },
      641234567,
      new Date(Date.UTC(2024, 0, 31)),
    ]);
    row.getCell(3).numFmt = 'yyyy-mm-dd';
    row.commit();
    sheet.commit();
    await writer.commit();
    const { rows } = await readAll(path);
    expect(rows.map((r) => ({ ...r.values }))).toEqual([
      { Ime: 'Žižić', Telefon: '641234567', Datum: '2024-01-31' },
    ]);
  });

  it('a workbook whose sheets come before xl/workbook.xml, with shared strings first, still reads', async () => {
    const files = await unzipFiles(leadsPath);
    const first = ['xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'];
    const order = [
      ...first,
      ...files.map((f) => f.name).filter((name) => name.startsWith('xl/worksheets/')),
      ...files
        .map((f) => f.name)
        .filter((name) => !first.includes(name) && !name.startsWith('xl/worksheets/')),
    ];
    expect(order.at(-1)).toBe('xl/workbook.xml');
    const byName = new Map(files.map((f) => [f.name, f.data]));
    const path = await folder.write(
      'reordered.xlsx',
      zipArchive(order.map((name) => ({ name, data: byName.get(name) ?? '' }))),
    );
    const { file, rows } = await readAll(path, { sheet: 'Leads' });
    expect(file.sheets).toEqual(['Notes', 'Leads']);
    expect(rows.map((r) => r.values.Born)).toEqual(['1985-07-14', '2024-03-05T14:30:00', '']);
  });

  it('a sheet with no rows is refused as empty; a header-only sheet has no rows', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Empty');
    workbook.addWorksheet('Header').addRow(['Ime', 'Telefon']);
    const path = folder.path('empty-sheet.xlsx');
    await workbook.xlsx.writeFile(path);
    expect((await refusal(path)).message).toBe('The sheet "Empty" is empty');
    const { file, rows } = await readAll(path, { sheet: 'Header' });
    expect({ headers: file.headers, rows }).toEqual({ headers: ['Ime', 'Telefon'], rows: [] });
  });

  it('a ZIP with xl/workbook.xml but a damaged sheet part is refused, not left waiting', async () => {
    const files = (await unzipFiles(leadsPath)).map((f) =>
      f.name === 'xl/worksheets/sheet2.xml'
        ? { ...f, data: Buffer.from('<worksheet><sheetData><row r="1"><c r="A1"') }
        : f,
    );
    const path = await folder.write('damaged.xlsx', zipArchive(files));
    const error = await refusal(path, { sheet: 'Leads' });
    expect({ code: error.code, field: error.field }).toEqual({ code: 'IMPORT_INVALID', field: 'file' });
  });
});

describe('openSpreadsheet: XLSX progress and closing', () => {
  let bigPath: string;
  beforeAll(async () => {
    bigPath = folder.path('big.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: bigPath, useSharedStrings: true });
    const sheet = writer.addWorksheet('Leads');
    sheet.addRow(['name', 'phone', 'email']).commit();
    for (let i = 0; i < 20_000; i++)
      sheet.addRow([`Lead ${i}`, 2125550000 + i, `lead${i}@example.com`]).commit();
    sheet.commit();
    await writer.commit();
  });

  it('bytesRead rises monotonically to totalBytes, and no temporary copy is left behind', async () => {
    const before = exceljsTempFiles();
    const file = await openSpreadsheet(bigPath);
    const seen = [file.bytesRead()];
    let count = 0;
    for await (const row of file.rows) {
      count++;
      if (row.rowNumber % 4000 === 0) seen.push(file.bytesRead());
    }
    seen.push(file.bytesRead());
    await file.close();
    expect(count).toBe(20_000);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // The file was read through while opening; the bar follows the sheet instead.
    expect(seen[0]).toBeLessThan(file.totalBytes * 0.2);
    expect(seen[2]).toBeGreaterThan(seen[0] ?? 0);
    expect(seen[2]).toBeLessThan(file.totalBytes);
    expect(seen.at(-1)).toBe(file.totalBytes);
    expect(await leftTempFiles(before)).toEqual([]);
  });

  it('close() mid-way releases the file', async () => {
    const file = await openSpreadsheet(bigPath);
    let count = 0;
    for await (const _row of file.rows) {
      if (++count === 5) await file.close();
    }
    expect(count).toBe(5);
    expect(openDescriptors(bigPath) ?? 0).toBe(0);
  });

  it('open then close without reading a row leaves no descriptor and no temporary copy', async () => {
    const before = exceljsTempFiles();
    const file = await openSpreadsheet(leadsPath);
    await file.close();
    expect(openDescriptors(leadsPath) ?? 0).toBe(0);
    expect(await leftTempFiles(before)).toEqual([]);
  });

  it('close() while a row is awaited ends the rows', async () => {
    const file = await openSpreadsheet(bigPath);
    const rows = file.rows[Symbol.asyncIterator]();
    const pending = rows.next();
    await file.close();
    await pending;
    expect(await rows.next()).toEqual({ done: true, value: undefined });
    expect(openDescriptors(bigPath) ?? 0).toBe(0);
  });
});
