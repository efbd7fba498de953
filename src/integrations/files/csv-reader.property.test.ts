import { Readable } from 'node:stream';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { type CsvRow, readCsv } from './csv-reader.ts';

const pieces = ['a', 'Đ', 'š', 'Ж', ' ', ',', ';', '\t', '|', '"', '""', '\n', '\r\n', 'x1', '€'];
const cell = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((parts) => parts.join(''));

/** RFC 4180 writing: a cell with a quote, a line break or any candidate delimiter is quoted. */
const writeCell = (value: string) =>
  /[",;\t|\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

const file = fc
  .uniqueArray(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,5}$/), { minLength: 1, maxLength: 5 })
  .chain((headers) =>
    fc.record({
      headers: fc.constant(headers),
      rows: fc.array(fc.array(cell, { minLength: headers.length, maxLength: headers.length }), {
        maxLength: 12,
      }),
      delimiter: fc.constantFrom(',', ';', '\t', '|'),
      lineEnd: fc.constantFrom('\n', '\r\n'),
      encoding: fc.constantFrom('utf-8', 'utf-8 with BOM', 'utf-16le with BOM'),
      cuts: fc.array(fc.nat(), { maxLength: 8 }),
    }),
  );

function encode(text: string, encoding: string): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text);
  if (encoding === 'utf-8 with BOM')
    return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
  return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
}

function split(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  return [...points, bytes.length].map((end, i) => bytes.subarray(points[i - 1] ?? 0, end));
}

describe('readCsv (property)', () => {
  it('reads back any RFC 4180 file, whatever its delimiter, line ends, encoding and chunking', async () => {
    await fc.assert(
      fc.asyncProperty(file, async ({ headers, rows, delimiter, lineEnd, encoding, cuts }) => {
        const lines = [headers, ...rows].map((cells) => cells.map(writeCell).join(delimiter));
        const bytes = encode(lines.join(lineEnd) + lineEnd, encoding);
        const { header, rows: read } = await readCsv(Readable.from(split(bytes, cuts)));
        const got: CsvRow[] = [];
        for await (const row of read) got.push(row);

        const expected = rows
          .map((cells, i) => ({
            rowNumber: i + 2,
            values: Object.fromEntries(headers.map((h, j) => [h, cells[j]])),
          }))
          .filter((row) => Object.values(row.values).some((v) => v?.trim() !== ''));
        expect(header.headers).toEqual(headers);
        if (headers.length > 1) expect(header.delimiter).toBe(delimiter);
        expect(got).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
