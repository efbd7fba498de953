import type { Temporal } from 'temporal-polyfill';
import type { DedupePolicy } from '../../contracts/imports.ts';
import type { Client } from '../clients/client.ts';
import type { ColumnTarget } from '../lead-intake/column-mapping.ts';
import {
  classifyRows,
  type ExistingLead,
  type LeadToInsert,
  lookupKeys,
  prepareRows,
} from './classify-rows.ts';
import type { LeadUpdate } from './import-job.ts';
import type { TimeZoneResolver } from './resolve-time-zones.ts';

/** One lead sent as JSON: lead fields by name, custom fields apart. */
export interface IntakeLead {
  fields: Record<string, string | undefined>;
  customFields?: Record<string, string>;
}

export interface IntakePort {
  findExisting(clientId: number, phones: string[], emails: string[]): Promise<ExistingLead[]>;
  dncPhones(organizationId: number, clientId: number, phones: string[]): Promise<Set<string>>;
  /**
   * In one transaction: finds or creates the list, inserts the new leads, applies the updates,
   * and marks `hotLeadIds` hot and due now. Returns the new leads' ids in order and the list id.
   */
  apply(input: {
    client: Client;
    listName: string;
    source: string;
    userId: number | null;
    inserts: LeadToInsert[];
    updates: LeadUpdate[];
    hot: boolean;
    hotLeadIds: number[];
    now: Temporal.Instant;
  }): Promise<{ listId: number; insertedIds: number[] }>;
}

export type IntakeOutcome = 'created' | 'updated' | 'duplicate' | 'invalid';

export interface IntakeResult {
  listId: number;
  counts: { created: number; updated: number; duplicates: number; invalid: number; dnc: number };
  results: {
    index: number;
    outcome: IntakeOutcome;
    leadId: number | null;
    errors: { field: string; reason: string }[];
  }[];
}

export interface IntakeOptions {
  dedupe: DedupePolicy;
  listName: string;
  source: string;
  /** Web forms and inbound calls: new and matched leads are served first (speed-to-lead). */
  hot: boolean;
  userId: number | null;
}

/**
 * Leads that arrive one by one or in small batches (the JSON API, web forms, inbound calls) go
 * through the same normalization and deduplication as a file import, and are stored at once in
 * one transaction: all of the batch's changes, or none.
 */
export async function intakeLeads(
  port: IntakePort,
  timeZones: TimeZoneResolver,
  client: Client,
  leads: readonly IntakeLead[],
  options: IntakeOptions,
  now: Temporal.Instant,
): Promise<IntakeResult> {
  const rows = leads.map((lead, index) => ({ rowNumber: index + 1, values: cellsOf(lead) }));
  const mapping: Record<string, ColumnTarget> = {};
  for (const row of rows) for (const key of Object.keys(row.values)) mapping[key] = key as ColumnTarget;
  const prepared = prepareRows(rows, mapping, { defaultCountry: client.country });
  const keys = lookupKeys(prepared);
  const [existing, dnc] = await Promise.all([
    port.findExisting(client.id, keys.phones, keys.emails),
    port.dncPhones(client.organizationId, client.id, keys.phones),
  ]);
  const byKey = new Map<string, ExistingLead>();
  for (const lead of existing) {
    byKey.set(`phone:${lead.phone}`, lead);
    if (lead.email) byKey.set(`email:${lead.email}`, lead);
  }
  const outcomes = classifyRows(prepared, {
    dedupe: options.dedupe,
    listId: null,
    timeZones,
    existing: byKey,
    dnc,
    taken: new Map(),
    touched: new Set(),
  });
  const inserts: LeadToInsert[] = [];
  const updates: LeadUpdate[] = [];
  const hotLeadIds: number[] = [];
  for (const o of outcomes) {
    if (o.kind === 'insert') inserts.push(o.lead);
    if (o.kind === 'update') updates.push(o);
    if (options.hot && (o.kind === 'update' || o.kind === 'duplicate') && o.leadId !== null)
      hotLeadIds.push(o.leadId);
  }
  const stored = await port.apply({ client, ...options, inserts, updates, hotLeadIds, now });
  const counts = { created: 0, updated: 0, duplicates: 0, invalid: 0, dnc: 0 };
  let nextInsert = 0;
  const results = outcomes.map((o, index): IntakeResult['results'][number] => {
    if (o.kind === 'insert') {
      counts.created++;
      if (o.lead.onDncList) counts.dnc++;
      return { index, outcome: 'created', leadId: stored.insertedIds[nextInsert++] ?? null, errors: [] };
    }
    if (o.kind === 'update') {
      counts.updated++;
      return { index, outcome: 'updated', leadId: o.leadId, errors: [] };
    }
    if (o.kind === 'duplicate') {
      counts.duplicates++;
      return {
        index,
        outcome: 'duplicate',
        leadId: o.leadId,
        errors: [{ field: o.field, reason: o.reason }],
      };
    }
    counts.invalid++;
    return {
      index,
      outcome: 'invalid',
      leadId: null,
      errors: o.errors.map((e) => ({ field: e.field, reason: e.reason })),
    };
  });
  return { listId: stored.listId, counts, results };
}

function cellsOf(lead: IntakeLead): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const [field, value] of Object.entries(lead.fields)) if (value !== undefined) cells[field] = value;
  for (const [key, value] of Object.entries(lead.customFields ?? {})) cells[`custom:${key}`] = value;
  return cells;
}
