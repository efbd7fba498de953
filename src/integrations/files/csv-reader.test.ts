import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/shared/app-error.ts';
import { type CsvReadOptions, type CsvRow, readCsv } from './csv-reader.ts';

async function readAll(input: Buffer | NodeJS.ReadableStream, options?: CsvReadOptions) {
  const { header, rows } = await readCsv(input, options);
  const all: CsvRow[] = [];
  for await (const row of rows) all.push(row);
  return { header, rows: all };
}

/** What the rows hold, as plain objects, for comparing. */
const plain = (rows: CsvRow[]) => rows.map((r) => ({ rowNumber: r.rowNumber, values: { ...r.values } }));

async function failure(input: Buffer | NodeJS.ReadableStream): Promise<AppError> {
  try {
    await readAll(input);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const utf16Bom = { le: Buffer.from([0xff, 0xfe]), be: Buffer.from([0xfe, 0xff]) };

describe('readCsv: delimiters and quoting', () => {
  it.each([
    ['comma', ',', 'name,phone\nAna,2125550100\n'],
    ['semicolon', ';', 'name;phone\nAna;2125550100\n'],
    ['tab', '\t', 'name\tphone\nAna\t2125550100\n'],
    ['pipe', '|', 'name|phone\nAna|2125550100\n'],
  ])('%s-separated, detected', async (_title, delimiter, text) => {
    const { header, rows } = await readAll(Buffer.from(text));
    expect(header).toEqual({ headers: ['name', 'phone'], delimiter, encoding: 'utf-8' });
    expect(plain(rows)).toEqual([{ rowNumber: 2, values: { name: 'Ana', phone: '2125550100' } }]);
  });

  it('RFC 4180: quoted delimiters, doubled quotes and line breaks inside values, CRLF line ends', async () => {
    const text =
      'name,notes,phone\r\n"Smith, John","He said ""call me""",212\r\n"Ana","line 1\r\nline 2",213\r\n';
    const { rows } = await readAll(Buffer.from(text));
    expect(plain(rows)).toEqual([
      { rowNumber: 2, values: { name: 'Smith, John', notes: 'He said "call me"', phone: '212' } },
      { rowNumber: 3, values: { name: 'Ana', notes: 'line 1\r\nline 2', phone: '213' } },
    ]);
  });

  it("row numbers follow the spreadsheet: a multi-line value is one row, blank lines count but aren't yielded", async () => {
    const text = 'name;notes\n"Ana";"a\nb\nc"\n\n;\nBo;x\n';
    const { rows } = await readAll(Buffer.from(text));
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 5]);
  });

  it("Excel's line breaks inside cells (LF) in a CRLF file", async () => {
    const { rows } = await readAll(Buffer.from('a;b\r\n"x\ny";z\r\n1;2'));
    expect(plain(rows)).toEqual([
      { rowNumber: 2, values: { a: 'x\ny', b: 'z' } },
      { rowNumber: 3, values: { a: '1', b: '2' } },
    ]);
  });

  it('old Mac line ends (CR only)', async () => {
    const { rows } = await readAll(Buffer.from('a,b\r1,2\r3,4'));
    expect(rows.map((r) => r.values.b)).toEqual(['2', '4']);
  });

  it('a given delimiter wins over detection', async () => {
    const { rows } = await readAll(Buffer.from('a,b;c\n1,2;3\n'), { delimiter: ';' });
    expect(plain(rows)).toEqual([{ rowNumber: 2, values: { 'a,b': '1,2', c: '3' } }]);
  });

  it("Excel's 'sep=;' first line sets the delimiter and is not a row", async () => {
    const { header, rows } = await readAll(Buffer.from('sep=;\r\nname;city\r\nAna;Niš, Srbija\r\n'));
    expect(header.delimiter).toBe(';');
    expect(plain(rows)).toEqual([{ rowNumber: 2, values: { name: 'Ana', city: 'Niš, Srbija' } }]);
  });
});

describe('readCsv: headers', () => {
  it('blank and repeated header names get unique names; names are trimmed', async () => {
    const { header, rows } = await readAll(Buffer.from(' Phone ,,Phone,Phone\n1,2,3,4\n'));
    expect(header.headers).toEqual(['Phone', 'Column 2', 'Phone (2)', 'Phone (3)']);
    expect(rows[0]?.values).toEqual({ Phone: '1', 'Column 2': '2', 'Phone (2)': '3', 'Phone (3)': '4' });
  });

  it('a header-only file has zero rows', async () => {
    const { header, rows } = await readAll(Buffer.from('Ime;Prezime;Telefon\r\n'));
    expect(header.headers).toEqual(['Ime', 'Prezime', 'Telefon']);
    expect(rows).toEqual([]);
  });

  it('short rows read missing cells as empty; a delimiter at the end of every line is harmless', async () => {
    const { rows } = await readAll(Buffer.from('a;b;c\n1;2\n4;5;6;\n'));
    expect(rows.map((r) => ({ ...r.values }))).toEqual([
      { a: '1', b: '2', c: '' },
      { a: '4', b: '5', c: '6' },
    ]);
  });

  it('a column named __proto__ is an ordinary key', async () => {
    const { rows } = await readAll(Buffer.from('__proto__,phone\nx,1\n'));
    expect(Object.entries(rows[0]?.values ?? {})).toEqual([
      ['__proto__', 'x'],
      ['phone', '1'],
    ]);
  });
});

describe('readCsv: encodings', () => {
  const text = 'Ime;Prezime;Grad\nPetar;Đorđević;Šabac\n';
  const expected = [{ rowNumber: 2, values: { Ime: 'Petar', Prezime: 'Đorđević', Grad: 'Šabac' } }];

  it.each([
    ['UTF-8 without a BOM', Buffer.from(text), 'utf-8'],
    [
      'UTF-8 with a BOM (not part of the first header)',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      'utf-8',
    ],
    ['UTF-16LE with a BOM', Buffer.concat([utf16Bom.le, iconv.encode(text, 'utf16le')]), 'utf-16le'],
    ['UTF-16BE with a BOM', Buffer.concat([utf16Bom.be, iconv.encode(text, 'utf16be')]), 'utf-16be'],
    ['windows-1250 (Excel on a Serbian Windows)', iconv.encode(text, 'windows-1250'), 'windows-1250'],
  ])('%s', async (_title, bytes, encoding) => {
    const { header, rows } = await readAll(bytes);
    expect(header).toEqual({ headers: ['Ime', 'Prezime', 'Grad'], delimiter: ';', encoding });
    expect(plain(rows)).toEqual(expected);
  });

  it('windows-1250 "Đorđević;Šabac" alone is read back correctly', async () => {
    const { header, rows } = await readAll(
      iconv.encode('Prezime;Grad\r\nĐorđević;Šabac\r\n', 'windows-1250'),
    );
    expect(header.encoding).toBe('windows-1250');
    expect(rows[0]?.values).toEqual({ Prezime: 'Đorđević', Grad: 'Šabac' });
  });

  it('a given encoding wins over detection', async () => {
    const bytes = iconv.encode('Ime;Grad\nĐorđe;Šabac\n', 'iso-8859-2');
    const { header, rows } = await readAll(bytes, { encoding: 'iso-8859-2' });
    expect(header.encoding).toBe('iso-8859-2');
    expect(rows[0]?.values).toEqual({ Ime: 'Đorđe', Grad: 'Šabac' });
  });

  it('an unknown encoding name is refused', async () => {
    await expect(readCsv(Buffer.from('a\n1\n'), { encoding: 'klingon-8' })).rejects.toMatchObject({
      code: 'IMPORT_INVALID',
      field: 'encoding',
    });
  });
});

describe('readCsv: streams', () => {
  const text =
    'Ime;Napomena;Telefon\r\nĐorđe;"Zove ""posle"" 17h;\r\nhitno";064 123 4567\r\nŠana;ok;011 234 5678\r\n';

  it('a stream split at awkward places (inside a character, a quote, a CRLF) reads like the whole buffer', async () => {
    const bytes = Buffer.from(text);
    const whole = plain((await readAll(bytes)).rows);
    for (let size = 1; size <= 7; size++) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
      expect(plain((await readAll(Readable.from(chunks))).rows)).toEqual(whole);
    }
    expect(whole).toHaveLength(2);
  });

  it('a windows-1250 stream is detected from its first bytes', async () => {
    const bytes = iconv.encode(text, 'windows-1250');
    const { header, rows } = await readAll(Readable.from([bytes.subarray(0, 30), bytes.subarray(30)]));
    expect(header.encoding).toBe('windows-1250');
    expect(rows.map((r) => r.values.Ime)).toEqual(['Đorđe', 'Šana']);
  });

  it('a large file streams row by row with the right numbers', async () => {
    const count = 50_000;
    async function* file() {
      yield Buffer.from('first,last,phone,email\n');
      for (let i = 0; i < count; i += 1000) {
        const lines = Array.from(
          { length: 1000 },
          (_, j) => `Ana${i + j},"Smith, Jr",212555${i + j},a@b.co\n`,
        );
        yield Buffer.from(lines.join(''));
      }
    }
    let rows = 0;
    let last: CsvRow | undefined;
    for await (const row of (await readCsv(Readable.from(file()))).rows) {
      rows++;
      last = row;
    }
    expect(rows).toBe(count);
    expect(last?.rowNumber).toBe(count + 1);
    expect(last?.values.last).toBe('Smith, Jr');
  });

  it('a consumer that stops early closes the input stream', async () => {
    const lines = Array.from({ length: 200 }, (_, i) => Buffer.from(`${'x'.repeat(1000)},${i}\n`));
    const stream = Readable.from([Buffer.from('note,n\n'), ...lines]);
    const { rows } = await readCsv(stream);
    for await (const row of rows) {
      expect(row.rowNumber).toBe(2);
      break;
    }
    expect(stream.destroyed).toBe(true);
  });

  it("an error of the input stream reaches the rows' consumer", async () => {
    async function* broken() {
      yield Buffer.from('a,b\n1,2\n');
      throw new Error('connection reset');
    }
    await expect(readAll(Readable.from(broken()))).rejects.toThrow('connection reset');
  });
});

describe('readCsv: malformed files', () => {
  it.each([
    ['an empty file', Buffer.alloc(0), 'The file is empty'],
    ['a file of blank lines', Buffer.from('\r\n  \r\n\n'), 'The file is empty'],
    ['a BOM and nothing else', Buffer.from([0xef, 0xbb, 0xbf]), 'The file is empty'],
    [
      'binary junk with NUL bytes',
      Buffer.from([0x00, 0x13, 0x88, 0x42, 0x00, 0x00, 0x07, 0xff, 0, 0, 0, 0x0d, 1, 2]),
      'The file is not a spreadsheet (CSV or XLSX)',
    ],
    [
      'a PNG image',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 1, 2]),
      'The file is not a spreadsheet (it looks like a PNG image)',
    ],
    [
      'control characters',
      Buffer.from('a,b\n\u0001\u0002\u0003\u0004,\u0005\u0006\n'),
      'The file is not a spreadsheet (CSV or XLSX)',
    ],
    [
      'an XLSX workbook',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
      'This is an XLSX workbook (or a ZIP archive), not a CSV file',
    ],
  ])('%s is refused: %s', async (_title, bytes, message) => {
    const error = await failure(bytes);
    expect({ code: error.code, message: error.message, field: error.field }).toEqual({
      code: 'IMPORT_INVALID',
      message,
      field: 'file',
    });
  });

  it('a refused stream is closed', async () => {
    const stream = Readable.from([
      Buffer.from([0x00, 0x01, 0x02]),
      ...Array.from({ length: 5 }, () => Buffer.alloc(70_000)),
    ]);
    await expect(readCsv(stream)).rejects.toThrow('The file is not a spreadsheet (CSV or XLSX)');
    expect(stream.destroyed).toBe(true);
  });

  it('an unterminated quote names the row where the quote opened', async () => {
    const error = await failure(Buffer.from('name,notes\nAna,ok\nBo,"never closed\nCe,x\nDe,y\n'));
    expect(error.message).toBe('Row 3: a quote opens a value here and is never closed');
    expect(error.field).toBe('row 3');
  });

  it('an unterminated quote in a streamed file, after rows already read', async () => {
    const head = `name,notes\n${'Ana,ok\n'.repeat(20_000)}`;
    const error = await failure(Readable.from([Buffer.from(head), Buffer.from('Bo,"open\nCe,x\n')]));
    expect(error.message).toBe('Row 20002: a quote opens a value here and is never closed');
  });

  it('text after a closing quote names its row', async () => {
    const error = await failure(Buffer.from('name,notes\nAna,"a"b,c\n'));
    expect(error.message).toMatch(/^Row 2: a quoted value has text after its closing quote/);
  });

  it('a ragged row (more values than the header) is yielded with an error naming it; the rows after it are read', async () => {
    const { rows } = await readAll(Buffer.from('name;phone\nAna;1\nBo;2;extra;x\nCe;3\n'));
    expect(rows).toEqual([
      { rowNumber: 2, values: { name: 'Ana', phone: '1' } },
      {
        rowNumber: 3,
        values: { name: 'Bo', phone: '2' },
        error: 'Row 3 has 4 values; the header has 2',
      },
      { rowNumber: 4, values: { name: 'Ce', phone: '3' } },
    ]);
  });

  it('a ragged row counts its values up to the last non-empty one', async () => {
    const { rows } = await readAll(Buffer.from('a,b\n1,2,3,,\n'));
    expect(rows[0]?.error).toBe('Row 2 has 3 values; the header has 2');
  });

  it('rows before an unclosed quote are still yielded, in order', async () => {
    const { rows } = await readCsv(Buffer.from('a,b\n1,2\n3,"4\n'));
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const row of rows) seen.push(row.rowNumber);
      })(),
    ).rejects.toBeInstanceOf(AppError);
    expect(seen).toEqual([2]);
  });
});
