import type { ForeignPhonePolicy, ImportPreview, PreviewRow, ReadOptions } from '../../contracts/imports.ts';
import type { Client } from '../../core/clients/client.ts';
import { requireUsableMapping } from '../../core/lead-import/mapping-rules.ts';
import { storedPhone } from '../../core/lead-import/merge-lead.ts';
import { resolvePlace, sourcesDisagree } from '../../core/lead-import/resolve-time-zones.ts';
import { type ColumnTarget, suggestColumnMapping } from '../../core/lead-intake/column-mapping.ts';
import { prepareLeadRow } from '../../core/lead-intake/prepare-lead-row.ts';
import { openSpreadsheet } from '../../integrations/files/spreadsheet.ts';
import type { TimeZoneLookup } from '../../integrations/geo/time-zone-lookup.ts';
import type { StoredUpload } from './uploads.ts';

/** Rows a preview shows. */
const previewRows = 20;
/** Rows read in all to find problem rows past the first ones, and how many of those are shown. */
const scanRows = 5000;
const problemRowsShown = 50;

/** The best saved template for these headers: the one mapping the most of them, all present. */
export function templateFor(
  headers: readonly string[],
  templates: readonly { mapping: Record<string, string> }[],
): Record<string, string> | undefined {
  const present = new Set(headers);
  let best: { mapping: Record<string, string>; covered: number } | undefined;
  for (const t of templates) {
    const keys = Object.keys(t.mapping);
    if (keys.length === 0 || !keys.every((k) => present.has(k))) continue;
    if (!best || keys.length > best.covered) best = { mapping: t.mapping, covered: keys.length };
  }
  return best?.mapping;
}

/**
 * The first rows of an upload read with the given options and mapping, each normalized exactly
 * as the import will store it (time zones and conflicts included; dedupe is left to the import).
 */
export async function previewUpload(
  upload: StoredUpload,
  client: Client,
  options: ReadOptions & {
    mapping?: Record<string, string> | undefined;
    foreignPhones?: ForeignPhonePolicy | undefined;
  },
  saved: { templates: readonly { mapping: Record<string, string> }[]; customKeys: readonly string[] },
  timeZones: TimeZoneLookup,
): Promise<ImportPreview> {
  const file = await openSpreadsheet(upload.path, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    ...(options.sheet ? { sheet: options.sheet } : {}),
  });
  try {
    const mapping = (options.mapping ??
      templateFor(file.headers, saved.templates) ??
      suggestColumnMapping(file.headers, saved.customKeys)) as Record<string, ColumnTarget>;
    if (options.mapping) requireUsableMapping(mapping, file.headers);
    const reading = { mapping, client, timeZones, foreignPhones: options.foreignPhones ?? 'warn' } as const;
    const rows: PreviewRow[] = [];
    const problemRows: PreviewRow[] = [];
    let rowsScanned = 0;
    for await (const row of file.rows) {
      rowsScanned++;
      const preview = previewRow(row, reading);
      if (rows.length < previewRows) rows.push(preview);
      else if (preview.errors.length > 0 || preview.warnings.length > 0) problemRows.push(preview);
      if (rowsScanned >= scanRows || problemRows.length >= problemRowsShown) break;
    }
    return {
      upload: { id: upload.id, clientId: upload.clientId, fileName: upload.fileName, size: upload.size },
      format: file.format,
      encoding: file.encoding,
      delimiter: file.delimiter,
      sheets: file.sheets,
      sheet: file.sheet,
      headers: file.headers,
      mapping,
      rows,
      problemRows,
      rowsScanned,
      customFieldKeys: [...saved.customKeys],
    };
  } finally {
    await file.close();
  }
}

interface PreviewReading {
  mapping: Record<string, ColumnTarget>;
  client: Client;
  timeZones: TimeZoneLookup;
  foreignPhones: ForeignPhonePolicy;
}

function previewRow(
  row: { rowNumber: number; values: Record<string, string>; error?: string },
  { mapping, client, timeZones, foreignPhones }: PreviewReading,
): PreviewRow {
  if (row.error !== undefined) {
    return {
      rowNumber: row.rowNumber,
      cells: row.values,
      lead: null,
      errors: [{ rowNumber: row.rowNumber, field: 'row', reason: row.error }],
      warnings: [],
    };
  }
  const result = prepareLeadRow(row.rowNumber, row.values, mapping, {
    defaultCountry: client.country,
    foreignPhones,
  });
  if (!result.ok)
    return { rowNumber: row.rowNumber, cells: row.values, lead: null, errors: result.errors, warnings: [] };
  const lead = result.lead;
  const place = resolvePlace(lead, timeZones);
  return {
    rowNumber: row.rowNumber,
    cells: row.values,
    lead: {
      firstName: lead.firstName,
      lastName: lead.lastName,
      email: lead.email,
      phones: lead.phones.map(storedPhone),
      company: lead.company,
      city: lead.city,
      state: place.state,
      postalCode: lead.postalCode,
      country: lead.country,
      timeZones: place.timeZoneCandidates,
      timeZoneConflict: sourcesDisagree(place.timeZoneCandidates),
      customFields: lead.customFields,
      note: lead.note ?? null,
    },
    errors: [],
    warnings: result.warnings,
  };
}
