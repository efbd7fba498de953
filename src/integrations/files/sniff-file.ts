import { AppError } from '../../core/shared/app-error.ts';

/** Bytes at the start of a file that are enough to recognize every kind below. */
export const sniffBytes = 64;

/** Files people upload by mistake, by their magic numbers; all of them contain non-text bytes. */
const notSpreadsheets: readonly { magic: readonly number[]; looksLike: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], looksLike: 'a PDF document' },
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], looksLike: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], looksLike: 'a GIF image' },
  { magic: [0x49, 0x49, 0x2a, 0x00], looksLike: 'a TIFF image' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], looksLike: 'a TIFF image' },
  { magic: [0x1f, 0x8b], looksLike: 'a GZIP archive' },
  { magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], looksLike: 'a RAR archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], looksLike: 'a 7-Zip archive' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], looksLike: 'a program' },
];

const zipMagics = [
  [0x50, 0x4b, 0x03, 0x04],
  // An empty archive.
  [0x50, 0x4b, 0x05, 0x06],
] as const;

/** Excel 97–2003 workbooks, and (the same container) password-protected .xlsx files. */
const ole2Magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const startsWith = (head: Buffer, magic: readonly number[]): boolean =>
  head.length >= magic.length && magic.every((byte, i) => head[i] === byte);

/** Whether the first bytes are those of a ZIP archive (every .xlsx workbook is one). */
export const isZip = (head: Buffer): boolean => zipMagics.some((magic) => startsWith(head, magic));

/**
 * Refuses a file whose first bytes show it is not a CSV or XLSX spreadsheet, naming what it
 * looks like: a legacy Excel workbook gets the way out (save as .xlsx or CSV). Text and ZIP
 * archives pass; whether a ZIP is a workbook is for the workbook reader to say.
 *
 * @example
 * refuseNonSpreadsheet(Buffer.from('%PDF-1.7')) // throws "The file is not a spreadsheet (it looks like a PDF document)"
 */
export function refuseNonSpreadsheet(head: Buffer): void {
  if (startsWith(head, ole2Magic)) {
    throw fileError(
      'The file is a legacy Excel workbook (.xls, or a password-protected one), which cannot be imported: ' +
        'open it in Excel and save it as .xlsx or CSV (without a password)',
    );
  }
  const known = notSpreadsheets.find(({ magic }) => startsWith(head, magic));
  if (known) throw fileError(`The file is not a spreadsheet (it looks like ${known.looksLike})`);
}

export function fileError(message: string): AppError {
  return new AppError('IMPORT_INVALID', { message, field: 'file' });
}
