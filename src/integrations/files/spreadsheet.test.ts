import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/shared/app-error.ts';
import { type CsvRow, openSpreadsheet, type SpreadsheetOptions } from './spreadsheet.ts';
import { openDescriptors, type TempFolder, tempFolder, zipArchive } from './test-files.ts';

let folder: TempFolder;
let fileCount = 0;
beforeAll(async () => {
  folder = await tempFolder();
});
afterAll(() => folder.remove());

const write = (content: Buffer | string) => folder.write(`file-${++fileCount}`, content);

async function readAll(content: Buffer | string, options?: SpreadsheetOptions) {
  const file = await openSpreadsheet(await write(content), options);
  const rows: CsvRow[] = [];
  try {
    for await (const row of file.rows) rows.push(row);
  } finally {
    await file.close();
  }
  return { file, rows, values: rows.map((r) => ({ ...r.values })) };
}

async function refusal(content: Buffer | string, options?: SpreadsheetOptions): Promise<AppError> {
  const error = await readAll(content, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof AppError) return error;
  throw new Error(`expected the file to be refused, got ${String(error)}`);
}

describe('openSpreadsheet: CSV delimiters and quoting', () => {
  it.each([
    ['comma', ','],
    ['semicolon', ';'],
    ['tab', '\t'],
    ['pipe', '|'],
  ])('%s-separated is detected', async (_title, delimiter) => {
    const { file, values } = await readAll(
      `${['name', 'phone', 'city'].join(delimiter)}\nAna${delimiter}212${delimiter}Niš\n`,
    );
    expect({ format: file.format, delimiter: file.delimiter, headers: file.headers }).toEqual({
      format: 'csv',
      delimiter,
      headers: ['name', 'phone', 'city'],
    });
    expect(values).toEqual([{ name: 'Ana', phone: '212', city: 'Niš' }]);
  });

  it.each([
    [',', 'a;b,c\n1;2,3\n', { 'a;b': '1;2', c: '3' }],
    [';', 'a,b;c\n1,2;3\n', { 'a,b': '1,2', c: '3' }],
    ['\t', 'a;b\tc\n1;2\t3\n', { 'a;b': '1;2', c: '3' }],
    ['|', 'a;b|c\n1;2|3\n', { 'a;b': '1;2', c: '3' }],
  ] as const)('a given delimiter %j overrides detection', async (delimiter, text, expected) => {
    const { file, values } = await readAll(text, { delimiter });
    expect(file.delimiter).toBe(delimiter);
    expect(values).toEqual([expected]);
  });

  it('RFC 4180: embedded delimiters, doubled quotes and line breaks inside quoted values', async () => {
    const text =
      'name,notes,phone\r\n"Smith, John","He said ""call me""",212\r\n"Ana","line 1\r\nline 2",213\r\n';
    const { rows } = await readAll(text);
    expect(rows.map((r) => ({ rowNumber: r.rowNumber, values: { ...r.values } }))).toEqual([
      { rowNumber: 2, values: { name: 'Smith, John', notes: 'He said "call me"', phone: '212' } },
      { rowNumber: 3, values: { name: 'Ana', notes: 'line 1\r\nline 2', phone: '213' } },
    ]);
  });
});

describe('openSpreadsheet: CSV encodings', () => {
  const serbian = 'Ime;Prezime\nĐorđe;Šećerović\nŽarko;Žižić\n';
  const western = 'Name;City\nMüller;Zürich\nFrançoise;Øster\n';
  const bom = {
    utf8: Buffer.from([0xef, 0xbb, 0xbf]),
    le: Buffer.from([0xff, 0xfe]),
    be: Buffer.from([0xfe, 0xff]),
  };

  it.each([
    ['UTF-8', Buffer.from(serbian), serbian, 'utf-8'],
    ['UTF-8 with a BOM', Buffer.concat([bom.utf8, Buffer.from(serbian)]), serbian, 'utf-8'],
    ['UTF-16LE with a BOM', Buffer.concat([bom.le, iconv.encode(serbian, 'utf16le')]), serbian, 'utf-16le'],
    ['UTF-16BE with a BOM', Buffer.concat([bom.be, iconv.encode(serbian, 'utf16be')]), serbian, 'utf-16be'],
    ['UTF-16LE without a BOM', iconv.encode(serbian, 'utf16le'), serbian, 'utf-16le'],
    ['UTF-16BE without a BOM', iconv.encode(serbian, 'utf16be'), serbian, 'utf-16be'],
    ['windows-1250', iconv.encode(serbian, 'windows-1250'), serbian, 'windows-1250'],
    ['ISO-8859-2', iconv.encode(serbian, 'iso-8859-2'), serbian, 'iso-8859-2'],
    ['windows-1252', iconv.encode(western, 'windows-1252'), western, 'windows-1252'],
  ])('%s is detected and read back', async (_title, bytes, text, encoding) => {
    const { file, values } = await readAll(bytes);
    const [header = '', ...lines] = text.trim().split('\n');
    expect(file.encoding).toBe(encoding);
    expect(file.headers).toEqual(header.split(';'));
    expect(values.map((v) => Object.values(v).join(';'))).toEqual(lines);
  });

  it('a given encoding overrides detection', async () => {
    const { file, values } = await readAll(iconv.encode('Ime\nĐorđe\n', 'iso-8859-2'), {
      encoding: 'iso-8859-2',
    });
    expect(file.encoding).toBe('iso-8859-2');
    expect(values).toEqual([{ Ime: 'Đorđe' }]);
  });
});

describe('openSpreadsheet: malformed and wrong files', () => {
  it('an unterminated quote fails naming the row where it opened, after the rows before it', async () => {
    const file = await openSpreadsheet(await write('name,notes\nAna,ok\nBo,"never closed\nCe,x\n'));
    const seen: number[] = [];
    const failure = (async () => {
      for await (const row of file.rows) seen.push(row.rowNumber);
    })();
    await expect(failure).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      message: 'Row 3: a quote opens a value here and is never closed',
      field: 'row 3',
    });
    expect(seen).toEqual([2]);
    await file.close();
  });

  it('a ragged row is yielded with an error and the rows after it are still read', async () => {
    const header = Array.from({ length: 12 }, (_, i) => `c${i + 1}`).join(',');
    const row = (n: number, count: number) => Array.from({ length: count }, (_, i) => `${n}.${i}`).join(',');
    const text = `${header}\n${[2, 3, 4, 5, 6].map((n) => row(n, 12)).join('\n')}\n${row(7, 14)}\n${row(8, 12)}\n`;
    const { rows } = await readAll(text);
    expect(rows.map((r) => [r.rowNumber, r.error])).toEqual([
      [2, undefined],
      [3, undefined],
      [4, undefined],
      [5, undefined],
      [6, undefined],
      [7, 'Row 7 has 14 values; the header has 12'],
      [8, undefined],
    ]);
  });

  it('a short row reads its missing cells as empty', async () => {
    const { values } = await readAll('a;b;c\n1\n');
    expect(values).toEqual([{ a: '1', b: '', c: '' }]);
  });

  it('a header-only file opens with its headers and no rows (the caller reports it)', async () => {
    const { file, rows } = await readAll('Ime;Prezime;Telefon\r\n');
    expect(file.headers).toEqual(['Ime', 'Prezime', 'Telefon']);
    expect(rows).toEqual([]);
  });

  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ]);
  it.each([
    ['an empty file', Buffer.alloc(0), 'The file is empty'],
    ['blank lines only', Buffer.from('\r\n \r\n'), 'The file is empty'],
    [
      'binary junk',
      Buffer.from([0x00, 0x9c, 0x13, 0x00, 0xfe, 0x00, 0x00, 0x01, 0x02, 0x03]),
      'The file is not a spreadsheet (CSV or XLSX)',
    ],
    ['a PNG image', png, 'The file is not a spreadsheet (it looks like a PNG image)'],
    [
      'a PDF',
      Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'),
      'The file is not a spreadsheet (it looks like a PDF document)',
    ],
    [
      'a gzip archive',
      Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03]),
      'The file is not a spreadsheet (it looks like a GZIP archive)',
    ],
    [
      'a JPEG photo',
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]),
      'The file is not a spreadsheet (it looks like a JPEG image)',
    ],
    [
      'a legacy .xls workbook',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      'The file is a legacy Excel workbook (.xls, or a password-protected one), which cannot be imported: open it in Excel and save it as .xlsx or CSV (without a password)',
    ],
    [
      'a ZIP archive of other files',
      zipArchive([{ name: 'leads.csv', data: 'a,b\n1,2\n' }]),
      'The file is a ZIP archive, not an Excel workbook',
    ],
    ['an empty ZIP archive', zipArchive([]), 'The file is a ZIP archive, not an Excel workbook'],
    [
      'an OpenDocument spreadsheet',
      zipArchive(
        [
          { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
          { name: 'content.xml', data: '<x/>' },
        ],
        false,
      ),
      'The file is an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV to import it',
    ],
    [
      'a Word document',
      zipArchive([
        { name: '[Content_Types].xml', data: '<x/>' },
        { name: 'word/document.xml', data: '<x/>' },
      ]),
      'The file is not a spreadsheet (it looks like a Word document)',
    ],
    [
      'a truncated ZIP',
      zipArchive([{ name: 'xl/workbook.xml', data: '<workbook/>' }]).subarray(0, 40),
      'The workbook is damaged or incomplete (its ZIP directory cannot be read)',
    ],
  ])('%s is refused', async (_title, bytes, message) => {
    const error = await refusal(bytes);
    expect({ code: error.code, message: error.message, field: error.field }).toEqual({
      code: 'IMPORT_INVALID',
      message,
      field: 'file',
    });
  });

  it('a CSV named as a workbook is refused; a workbook forced to be read as CSV is too', async () => {
    expect((await refusal('a,b\n1,2\n', { format: 'xlsx' })).message).toBe(
      'The file is not an Excel workbook (.xlsx)',
    );
    const zip = zipArchive([{ name: 'xl/workbook.xml', data: '<workbook/>' }]);
    expect((await refusal(zip, { format: 'csv' })).message).toBe(
      'This is an XLSX workbook (or a ZIP archive), not a CSV file',
    );
  });

  it('a refused file leaves no descriptor open', async () => {
    const path = await write(png);
    await expect(openSpreadsheet(path)).rejects.toBeInstanceOf(AppError);
    expect(openDescriptors(path) ?? 0).toBe(0);
  });
});

describe('openSpreadsheet: progress and closing', () => {
  it('bytesRead rises monotonically and reaches totalBytes at the end', async () => {
    const text = `name,phone\n${Array.from({ length: 30_000 }, (_, i) => `Lead ${i},212555${i}`).join('\n')}\n`;
    const file = await openSpreadsheet(await write(text));
    expect(file.totalBytes).toBe(Buffer.byteLength(text));
    const seen: number[] = [file.bytesRead()];
    for await (const row of file.rows) if (row.rowNumber % 5000 === 0) seen.push(file.bytesRead());
    seen.push(file.bytesRead());
    await file.close();
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(file.totalBytes);
    expect(seen[1]).toBeLessThan(file.totalBytes);
  });

  it('close() mid-way releases the file and ends the rows', async () => {
    const path = await write(`a,b\n${'x,1\n'.repeat(100_000)}`);
    const file = await openSpreadsheet(path);
    expect(openDescriptors(path) ?? 1).toBe(1);
    let count = 0;
    for await (const _row of file.rows) {
      if (++count === 10) await file.close();
    }
    expect(count).toBe(10);
    expect(openDescriptors(path) ?? 0).toBe(0);
    expect(file.bytesRead()).toBeLessThan(file.totalBytes);
  });

  it('close() while a row is awaited ends the rows', async () => {
    const file = await openSpreadsheet(await write(`a,b\n${'x,1\n'.repeat(1000)}`));
    const rows = file.rows[Symbol.asyncIterator]();
    const pending = rows.next();
    await file.close();
    const first = await pending;
    expect(first.done ? undefined : first.value.rowNumber).toBeOneOf([undefined, 2]);
    expect(await rows.next()).toEqual({ done: true, value: undefined });
  });

  it('a consumer that stops early (break) closes the file without calling close()', async () => {
    const path = await write(`a,b\n${'x,1\n'.repeat(100_000)}`);
    const file = await openSpreadsheet(path);
    for await (const _row of file.rows) break;
    expect(openDescriptors(path) ?? 0).toBe(0);
  });

  it('a 200,000-row CSV on disk streams without holding the file in memory', async () => {
    const path = folder.path('large.csv');
    const out = createWriteStream(path);
    out.write('first;last;phone;email;city;notes\n');
    for (let i = 0; i < 200_000; i += 1000) {
      const lines = Array.from({ length: 1000 }, (_, j) => {
        const n = i + j;
        return `Ana${n};"Petrović; Jr";+38164${n};ana${n}@example.com;Niš;"called twice, ""busy"""\n`;
      });
      if (!out.write(lines.join(''))) await once(out, 'drain');
    }
    out.end();
    await once(out, 'close');
    const before = process.memoryUsage().rss;
    let peak = before;
    const file = await openSpreadsheet(path);
    let count = 0;
    let last: CsvRow | undefined;
    for await (const row of file.rows) {
      count++;
      last = row;
      if (count % 20_000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    await file.close();
    expect(count).toBe(200_000);
    expect(last?.rowNumber).toBe(200_001);
    expect(last?.values.notes).toBe('called twice, "busy"');
    expect(file.bytesRead()).toBe(file.totalBytes);
    expect(peak - before).toBeLessThan(150 * 1024 * 1024);
  }, 60_000);
});
