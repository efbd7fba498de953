import { type ColumnTarget, isCustomTarget, type LeadField } from './column-mapping.ts';

type CellField = Exclude<LeadField, 'phone' | 'phone2' | 'ignore'>;

/** The cells of one row, sorted by where the column mapping sends them. */
export interface LeadCells {
  /** The first non-empty cell of each field, untrimmed; undefined when there is none. */
  fields: Partial<Record<CellField, string>>;
  /**
   * Phone cells in order: every `phone` column before every `phone2` column. Any number of
   * columns may map to `phone2` (a lead's third and fourth phones), each kept in column order.
   */
  phones: { field: 'phone' | 'phone2'; raw: string }[];
  customFields: Record<string, string>;
}

/**
 * Reads a row's cells through the column mapping. Columns missing from the row read as empty;
 * empty custom cells are left out. Runs once per row of an import, so it avoids per-cell
 * allocations: no entry pairs, no sort.
 */
export function collectLeadCells(
  values: Record<string, string>,
  mapping: Record<string, ColumnTarget>,
): LeadCells {
  // Every field present from the start: one object shape for all rows, stores without transitions.
  const fields: LeadCells['fields'] = {
    firstName: undefined,
    lastName: undefined,
    fullName: undefined,
    company: undefined,
    email: undefined,
    address: undefined,
    city: undefined,
    state: undefined,
    postalCode: undefined,
    country: undefined,
    timeZone: undefined,
    source: undefined,
    note: undefined,
  };
  const phones: LeadCells['phones'] = [];
  const otherPhones: LeadCells['phones'] = [];
  const customFields: Record<string, string> = {};
  const headers = Object.keys(mapping);
  for (let i = 0; i < headers.length; i++) {
    const header = headers[i] as string;
    const target = mapping[header] as ColumnTarget;
    if (target === 'ignore') continue;
    const value = values[header];
    const raw = value !== undefined && value !== null && Object.hasOwn(values, header) ? value : '';
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    if (target === 'phone') phones.push({ field: target, raw });
    else if (target === 'phone2') otherPhones.push({ field: target, raw });
    else if (isCustomTarget(target)) customFields[target.slice('custom:'.length)] = trimmed;
    else fields[target] ??= raw;
  }
  for (const cell of otherPhones) phones.push(cell);
  return { fields, phones, customFields };
}
