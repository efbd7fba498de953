import type { DedupePolicy, RowProblemCode } from '../../contracts/imports.ts';
import type { ColumnTarget } from '../lead-intake/column-mapping.ts';
import {
  findDuplicateKeys,
  type PreparedLead,
  type PrepareOptions,
  prepareLeadRow,
  type RowError,
} from '../lead-intake/prepare-lead-row.ts';
import { type LeadChanges, type MergeableLead, mergeLead } from './merge-lead.ts';
import { type ResolvedPlace, resolvePlace, type TimeZoneResolver } from './resolve-time-zones.ts';

export interface SourceRow {
  /** The row number a spreadsheet user sees. */
  rowNumber: number;
  values: Record<string, string>;
  /** Set when the file itself is broken on this row (more values than the header). */
  error?: string;
}

export interface LeadToInsert extends PreparedLead, ResolvedPlace {
  onDncList: boolean;
}

/** A lead of the client found under one of a row's dedupe keys. */
export interface ExistingLead extends MergeableLead {
  id: number;
  listId: number | null;
  phone: string;
}

export type RowOutcome =
  | { kind: 'insert'; lead: LeadToInsert }
  | {
      kind: 'update';
      rowNumber: number;
      leadId: number;
      changes: LeadChanges;
      place: ResolvedPlace | null;
      note: string | null;
    }
  | {
      kind: 'duplicate';
      rowNumber: number;
      leadId: number | null;
      field: string;
      reason: string;
      code: RowProblemCode;
      params: Record<string, string>;
    }
  | { kind: 'invalid'; rowNumber: number; errors: RowError[] };

export interface PreparedRow {
  row: SourceRow;
  result: { ok: true; lead: PreparedLead } | { ok: false; errors: RowError[] };
  warnings: RowError[];
}

/** Normalizes each row of a batch; no lookups yet. */
export function prepareRows(
  rows: readonly SourceRow[],
  mapping: Record<string, ColumnTarget>,
  options: PrepareOptions,
): PreparedRow[] {
  return rows.map((row) => {
    if (row.error !== undefined) {
      return {
        row,
        result: { ok: false, errors: [{ rowNumber: row.rowNumber, field: 'row', reason: row.error }] },
        warnings: [],
      };
    }
    const result = prepareLeadRow(row.rowNumber, row.values, mapping, options);
    return result.ok
      ? { row, result: { ok: true, lead: result.lead }, warnings: result.warnings }
      : { row, result, warnings: [] };
  });
}

/** The keys a batch needs looked up: every phone and email of its valid rows. */
export function lookupKeys(prepared: readonly PreparedRow[]): { phones: string[]; emails: string[] } {
  const phones = new Set<string>();
  const emails = new Set<string>();
  for (const { result } of prepared) {
    if (!result.ok) continue;
    for (const p of result.lead.phones) phones.add(p.e164);
    if (result.lead.email) emails.add(result.lead.email);
  }
  return { phones: [...phones], emails: [...emails] };
}

export interface ClassifyContext {
  dedupe: DedupePolicy;
  /** The list this import fills: its leads came from earlier rows of the same file. */
  listId: number | null;
  timeZones: TimeZoneResolver;
  /** Leads of the client under each 'phone:…' / 'email:…' key of the batch. */
  existing: ReadonlyMap<string, ExistingLead>;
  dnc: ReadonlySet<string>;
  /** Keys of rows taken earlier in this import and not yet visible in `existing` (dry runs, this batch). */
  taken: Map<string, number>;
  /** Existing leads an earlier row of this import already updated: within a file the first row wins. */
  touched: Set<number>;
}

const keyField = (key: string) => (key.startsWith('email:') ? 'email' : 'phone');
const keyValue = (key: string) => key.slice(key.indexOf(':') + 1);

/**
 * Decides each prepared row: a new lead, an update of a lead the client already has (dedupe
 * 'fill' / 'overwrite'), a duplicate, or invalid. Within one file the first row with a phone or
 * email wins; the policy applies only to leads that existed before the import.
 */
export function classifyRows(prepared: readonly PreparedRow[], ctx: ClassifyContext): RowOutcome[] {
  return prepared.map(({ row, result }) => {
    if (!result.ok) return { kind: 'invalid', rowNumber: row.rowNumber, errors: result.errors };
    const lead = result.lead;
    const keys = findDuplicateKeys(lead);
    const earlierRow = keys.find((k) => ctx.taken.has(k));
    if (earlierRow !== undefined) {
      const earlier = String(ctx.taken.get(earlierRow));
      return duplicate(row.rowNumber, null, earlierRow, `Same ${keyField(earlierRow)} as row ${earlier}`, {
        code: 'DUPLICATE_IN_FILE',
        params: { row: earlier },
      });
    }
    const matchKey = keys.find((k) => ctx.existing.has(k));
    const match = matchKey === undefined ? undefined : ctx.existing.get(matchKey);
    if (matchKey === undefined || match === undefined) {
      // Only the keys a later lookup can find (the dialled phone and the email), so that the
      // outcome of a row never depends on where the batches of a file happen to end.
      ctx.taken.set(`phone:${lead.phone}`, row.rowNumber);
      if (lead.email) ctx.taken.set(`email:${lead.email}`, row.rowNumber);
      const place = resolvePlace(lead, ctx.timeZones);
      const onDncList = lead.phones.some((p) => ctx.dnc.has(p.e164));
      return { kind: 'insert', lead: { ...lead, ...place, onDncList } };
    }
    const what = `${keyField(matchKey) === 'email' ? 'Email' : 'Phone'} ${keyValue(matchKey)}`;
    if (ctx.listId !== null && match.listId === ctx.listId) {
      return duplicate(
        row.rowNumber,
        match.id,
        matchKey,
        `${what} is on an earlier row of this file (lead #${match.id})`,
        { code: 'DUPLICATE_IN_FILE_LEAD', params: { leadId: String(match.id) } },
      );
    }
    if (ctx.dedupe === 'skip') {
      return duplicate(row.rowNumber, match.id, matchKey, `${what} is already lead #${match.id}`, {
        code: 'DUPLICATE_EXISTING',
        params: { value: keyValue(matchKey), leadId: String(match.id) },
      });
    }
    if (ctx.touched.has(match.id)) {
      return duplicate(
        row.rowNumber,
        match.id,
        matchKey,
        `Lead #${match.id} was already updated from an earlier row`,
        { code: 'DUPLICATE_ALREADY_UPDATED', params: { leadId: String(match.id) } },
      );
    }
    ctx.touched.add(match.id);
    const changes = mergeLead(match, lead, ctx.dedupe);
    // A row whose only news is its note still updates the lead: the note is added to it.
    if (Object.keys(changes).length === 0 && !lead.note) {
      return duplicate(
        row.rowNumber,
        match.id,
        matchKey,
        `Lead #${match.id} already has everything this row has`,
        { code: 'DUPLICATE_NOTHING_NEW', params: { leadId: String(match.id) } },
      );
    }
    const place =
      changes.postalCode !== undefined || changes.state !== undefined
        ? resolvePlace({ ...lead, phone: match.phone, state: changes.state ?? match.state }, ctx.timeZones)
        : null;
    return {
      kind: 'update',
      rowNumber: row.rowNumber,
      leadId: match.id,
      changes,
      place,
      note: lead.note ?? null,
    };
  });
}

function duplicate(
  rowNumber: number,
  leadId: number | null,
  key: string,
  reason: string,
  problem: { code: RowProblemCode; params: Record<string, string> },
): RowOutcome {
  const params = { field: keyField(key), value: keyValue(key), ...problem.params };
  return { kind: 'duplicate', rowNumber, leadId, field: keyField(key), reason, code: problem.code, params };
}
