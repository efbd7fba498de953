import { type LeadField, leadFields } from '../../../../../src/core/lead-intake/column-mapping.ts';
import { slugifyHeader } from '../../../../../src/core/lead-intake/header-text.ts';

/** The lead fields a column can fill (the import's own list, without 'ignore'). */
export const leadFieldTargets = leadFields.filter(
  (field): field is Exclude<LeadField, 'ignore'> => field !== 'ignore',
);
export type LeadFieldTarget = Exclude<LeadField, 'ignore'>;

/** Fields several columns may share without losing data: every phone column is kept. */
const repeatable = new Set<string>(['ignore', 'phone', 'phone2']);

export const customPrefix = 'custom:';

export const isCustomTarget = (target: string): boolean => target.startsWith(customPrefix);

/**
 * The custom-field target offered for a column: the one the server suggested when it is custom
 * (it may carry a suffix that keeps two columns apart), else the header's slug.
 *
 * @example
 * customTargetFor('Napomena', 'firstName') // 'custom:napomena'
 * customTargetFor('Notes!', 'custom:notes_2') // 'custom:notes_2'
 */
export function customTargetFor(header: string, current: string | undefined): string {
  if (current !== undefined && isCustomTarget(current)) return current;
  return `${customPrefix}${slugifyHeader(header)}`;
}

export interface MappingIssues {
  /** Lead fields two or more columns are mapped to: only one value would be kept. */
  repeated: string[];
  /** No column fills a phone, so every row would be refused. */
  noPhone: boolean;
}

/**
 * What a manager should fix before importing with this mapping.
 *
 * @example
 * mappingIssues({ A: 'email', B: 'email', C: 'ignore' }) // { repeated: ['email'], noPhone: true }
 */
export function mappingIssues(mapping: Record<string, string>): MappingIssues {
  const seen = new Map<string, number>();
  for (const target of Object.values(mapping)) seen.set(target, (seen.get(target) ?? 0) + 1);
  const repeated = [...seen]
    .filter(([target, count]) => count > 1 && !repeatable.has(target))
    .map(([target]) => target);
  const noPhone = !['phone', 'phone2'].some((target) => seen.has(target));
  return { repeated, noPhone };
}

/**
 * Up to `count` distinct, non-empty values of a column from the preview rows: the samples shown
 * under each mapping select.
 */
export function sampleValues(rows: { cells: Record<string, string> }[], header: string, count = 2): string[] {
  const values: string[] = [];
  for (const row of rows) {
    const value = row.cells[header]?.trim();
    if (value && !values.includes(value)) values.push(value);
    if (values.length === count) break;
  }
  return values;
}

/** "leads-2026.final.csv" → "leads-2026.final": the list name offered for a file. */
export function fileBaseName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}
