import type { FileHandle } from 'node:fs/promises';
import { AppError } from '../../core/shared/app-error.ts';
import { fileError } from './sniff-file.ts';
import { readZipDirectory, readZipEntry, type ZipEntry } from './zip-directory.ts';

/** A sheet as xl/workbook.xml lists it (its tab), with the relationship that locates its part. */
export interface WorkbookSheet {
  name: string;
  sheetId: number;
  rId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** N of the part xl/worksheets/sheetN.xml holding its cells; null for a chart sheet. */
  part: string | null;
  /** The part's uncompressed size in bytes (0 when unknown), for measuring progress through it. */
  partBytes: number;
}

export interface WorkbookInfo {
  /** Every sheet in tab order, chart sheets included (exceljs expects them all). */
  sheets: WorkbookSheet[];
  /** Dates count from 1904 (old Mac Excel) instead of 1900. */
  date1904: boolean;
}

/** Metadata parts are a few kilobytes; anything near this is not a workbook we can read. */
const maxPartBytes = 16 * 1024 * 1024;

/**
 * The sheets of an .xlsx workbook, read from two small parts (xl/workbook.xml and its
 * relationships) found through the ZIP directory at the end of the file: cheap for any file size,
 * and known before any row is streamed. A ZIP archive that is not a workbook is refused here,
 * naming what it is when it can tell (an .ods, .xlsb, Word or PowerPoint file).
 */
export async function readWorkbookInfo(handle: FileHandle, fileSize: number): Promise<WorkbookInfo> {
  const entries = await readZipDirectory(handle, fileSize);
  if (!entries) throw fileError('The workbook is damaged or incomplete (its ZIP directory cannot be read)');
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const workbook = byName.get('xl/workbook.xml');
  if (!workbook) throw await notAWorkbook(handle, byName);
  const workbookXml = await readText(handle, workbook);
  const relsEntry = byName.get('xl/_rels/workbook.xml.rels');
  const rels = relsEntry ? relationships(await readText(handle, relsEntry)) : new Map<string, Relationship>();
  const sheets = elements(workbookXml, 'sheet').map((attributes): WorkbookSheet => {
    const rId = attribute(attributes, 'id') ?? '';
    const rel = rels.get(rId);
    const part = rel?.type.endsWith('/worksheet')
      ? /worksheets\/sheet(\d+)\.xml$/.exec(rel.target)?.[1]
      : null;
    const state = attributes.get('state');
    return {
      name: attributes.get('name') ?? '',
      sheetId: Number(attributes.get('sheetId') ?? 0),
      rId,
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      part: part ?? null,
      partBytes: part ? (byName.get(`xl/worksheets/sheet${part}.xml`)?.size ?? 0) : 0,
    };
  });
  const date1904 = elements(workbookXml, 'workbookPr')[0]?.get('date1904');
  return { sheets, date1904: date1904 === '1' || date1904 === 'true' };
}

/**
 * The worksheet to read: the one named (exactly, else ignoring case, as Excel keeps names unique
 * regardless of case), or the first visible one. An unknown name is refused listing the sheets.
 */
export function chooseSheet(sheets: WorkbookSheet[], wanted: string | undefined): WorkbookSheet {
  const first = sheets.find((sheet) => sheet.state === 'visible') ?? sheets[0];
  if (!first) throw fileError('The workbook has no worksheets');
  if (wanted === undefined) return first;
  const key = wanted.trim().toLowerCase();
  const found =
    sheets.find((sheet) => sheet.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === key);
  if (found) return found;
  const names = sheets.map((sheet) => sheet.name);
  throw new AppError('IMPORT_INVALID', {
    message: `The workbook has no sheet named "${wanted}"; its sheets are ${names.map((n) => `"${n}"`).join(', ')}`,
    field: 'sheet',
    details: { sheets: names },
  });
}

async function notAWorkbook(handle: FileHandle, byName: Map<string, ZipEntry>): Promise<Error> {
  if (byName.has('xl/workbook.bin')) {
    return fileError('The file is an Excel binary workbook (.xlsb): save it as .xlsx or CSV to import it');
  }
  const mimetype = byName.get('mimetype');
  const kind = mimetype ? (await readZipEntry(handle, mimetype, 200))?.toString('latin1') : undefined;
  if (kind?.includes('opendocument.spreadsheet')) {
    return fileError('The file is an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV to import it');
  }
  if (byName.has('word/document.xml'))
    return fileError('The file is not a spreadsheet (it looks like a Word document)');
  if (byName.has('ppt/presentation.xml')) {
    return fileError('The file is not a spreadsheet (it looks like a PowerPoint presentation)');
  }
  return fileError('The file is a ZIP archive, not an Excel workbook');
}

async function readText(handle: FileHandle, entry: ZipEntry): Promise<string> {
  const bytes = await readZipEntry(handle, entry, maxPartBytes);
  if (!bytes) throw fileError(`The workbook is damaged (its part ${entry.name} cannot be read)`);
  return bytes.toString('utf8');
}

interface Relationship {
  type: string;
  target: string;
}

function relationships(xml: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  for (const attributes of elements(xml, 'Relationship')) {
    const id = attributes.get('Id');
    if (id) rels.set(id, { type: attributes.get('Type') ?? '', target: attributes.get('Target') ?? '' });
  }
  return rels;
}

/**
 * The attributes of every element with this local name. These parts are machine-written and
 * flat, so a pattern suffices; any namespace prefix is accepted (<x:sheet> from some writers).
 */
function elements(xml: string, localName: string): Map<string, string>[] {
  const found: Map<string, string>[] = [];
  const attributePattern = `\\s+[\\w:.-]+\\s*=\\s*(?:"[^"]*"|'[^']*')`;
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${localName}((?:${attributePattern})*)\\s*/?>`, 'g');
  for (const match of xml.matchAll(pattern)) {
    const attributes = new Map<string, string>();
    for (const [, key = '', double, single] of (match[1] ?? '').matchAll(
      /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g,
    )) {
      attributes.set(key, decodeXml(double ?? single ?? ''));
    }
    found.push(attributes);
  }
  return found;
}

/** An attribute by local name whatever its prefix (r:id is bound to a namespace, not a fixed prefix). */
function attribute(attributes: Map<string, string>, localName: string): string | undefined {
  for (const [key, value] of attributes) if (key.endsWith(`:${localName}`)) return value;
  return undefined;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code =
        entity[1] === 'x' || entity[1] === 'X'
          ? Number.parseInt(entity.slice(2), 16)
          : Number(entity.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    return named[entity.toLowerCase()] ?? whole;
  });
}
