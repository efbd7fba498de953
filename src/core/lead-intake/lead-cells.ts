import { type ColumnTarget, isCustomTarget, type LeadField } from './column-mapping.ts';

type CellField = Exclude<LeadField, 'phone' | 'phone2' | 'ignore'>;

/** The cells of one row, sorted by where the column mapping sends them. */
export interface LeadCells {
  /** The first non-empty cell of each field, untrimmed. */
  fields: Partial<Record<CellField, string>>;
  /** Phone cells in order: every `phone` column before every `phone2` column. */
  phones: { field: 'phone' | 'phone2'; raw: string }[];
  customFields: Record<string, string>;
}

/**
 * Reads a row's cells through the column mapping. Columns missing from the row read as empty;
 * empty custom cells are left out.
 */
export function collectLeadCells(
  values: Record<string, string>,
  mapping: Record<string, ColumnTarget>,
): LeadCells {
  const fields: LeadCells['fields'] = {};
  const phones: LeadCells['phones'] = [];
  const customFields: Record<string, string> = {};
  for (const [header, target] of Object.entries(mapping)) {
    const raw = Object.hasOwn(values, header) ? (values[header] ?? '') : '';
    if (target === 'ignore' || raw.trim() === '') continue;
    if (isCustomTarget(target)) {
      customFields[target.slice('custom:'.length)] = raw.trim();
    } else if (target === 'phone' || target === 'phone2') {
      phones.push({ field: target, raw });
    } else {
      fields[target] ??= raw;
    }
  }
  phones.sort((a, b) => (a.field === b.field ? 0 : a.field === 'phone' ? -1 : 1));
  return { fields, phones, customFields };
}
