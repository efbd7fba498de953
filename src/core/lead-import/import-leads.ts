import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import type { TimeZoneCandidate } from '../calling-hours/time-zone-candidates.ts';
import type { Client } from '../clients/client.ts';
import type { LeadField } from '../lead-intake/column-mapping.ts';
import {
  findDuplicateKeys,
  type PreparedLead,
  prepareLeadRow,
  type RowError,
} from '../lead-intake/prepare-lead-row.ts';
import { AppError, notFound } from '../shared/app-error.ts';

export type ColumnMapping = Record<string, LeadField | `custom:${string}`>;

export interface SourceRow {
  rowNumber: number;
  values: Record<string, string>;
}

/** Time-zone data the import resolves each lead against (an adapter over data packages). */
export interface TimeZoneResolver {
  byPostalCode(country: string, postalCode: string): string[];
  byPhone(e164: string): string[];
}

export interface LeadToInsert extends PreparedLead {
  timeZoneCandidates: TimeZoneCandidate[];
  primaryTimeZone: string | null;
  primarySource: TimeZoneCandidate['source'] | null;
  onDncList: boolean;
}

export interface ImportPort {
  findClient(id: number): Promise<Client | undefined>;
  /** Of these dedupe keys ('phone:+1…', 'email:…'), the ones the client's leads already have. */
  existingKeys(clientId: number, keys: string[]): Promise<Set<string>>;
  dncPhones(organizationId: number, clientId: number, phones: string[]): Promise<Set<string>>;
  /** Creates the list and inserts every lead in one transaction: all or nothing. */
  insertList(
    list: { clientId: number; name: string; source: string; createdByUserId: number | null },
    leads: LeadToInsert[],
    now: Temporal.Instant,
  ): Promise<number>;
}

export interface ImportInput {
  clientId: number;
  listName: string;
  source: string;
  headers: string[];
  mapping: ColumnMapping;
  rows: AsyncIterable<SourceRow>;
}

export interface ImportSummary {
  listId: number;
  rows: number;
  imported: number;
  duplicates: number;
  invalid: number;
  dnc: number;
  errors: RowError[];
}

/** Reports at most this many row errors in the response; the counts stay exact. */
const maxReportedErrors = 1000;

/**
 * Imports rows into a new lead list of one client: normalizes each row, resolves its time zones,
 * skips duplicates (within the file and against the client's leads) and flags do-not-call
 * numbers. Bad rows are reported with row, field and reason; good rows are stored in one
 * transaction, so a failed import stores nothing.
 */
export async function importLeads(
  port: ImportPort,
  timeZones: TimeZoneResolver,
  actor: Actor,
  input: ImportInput,
  now: Temporal.Instant,
): Promise<ImportSummary> {
  requireRole(actor, ['manager', 'admin']);
  requireClientAccess(actor, input.clientId, 'Client');
  const client = await port.findClient(input.clientId);
  if (!client) throw notFound('Client');
  requirePhoneColumn(input.mapping);

  const prepared: PreparedLead[] = [];
  const errors: RowError[] = [];
  let rows = 0;
  let invalid = 0;
  let duplicates = 0;
  const seen = new Set<string>();
  for await (const row of input.rows) {
    rows++;
    const result = prepareLeadRow(row.rowNumber, row.values, input.mapping, {
      defaultCountry: client.country,
    });
    if (!result.ok) {
      invalid++;
      if (errors.length < maxReportedErrors) errors.push(...result.errors);
      continue;
    }
    const keys = findDuplicateKeys(result.lead);
    if (keys.some((k) => seen.has(k))) {
      duplicates++;
      continue;
    }
    for (const k of keys) seen.add(k);
    prepared.push(result.lead);
  }

  const existing = await port.existingKeys(client.id, [...seen]);
  const fresh = prepared.filter((lead) => !findDuplicateKeys(lead).some((k) => existing.has(k)));
  duplicates += prepared.length - fresh.length;
  const dnc = await port.dncPhones(
    client.organizationId,
    client.id,
    fresh.flatMap((l) => l.phones.map((p) => p.e164)),
  );
  const leads = fresh.map((lead) => withTimeZones(lead, timeZones, dnc));
  const listId = await port.insertList(
    { clientId: client.id, name: input.listName, source: input.source, createdByUserId: actor.userId },
    leads,
    now,
  );
  return {
    listId,
    rows,
    imported: leads.length,
    duplicates,
    invalid,
    dnc: leads.filter((l) => l.onDncList).length,
    errors,
  };
}

function requirePhoneColumn(mapping: ColumnMapping): void {
  const fields = Object.values(mapping);
  if (!fields.includes('phone') && !fields.includes('phone2')) {
    throw new AppError('IMPORT_INVALID', {
      message: 'The file has no phone column: map one of its columns to "Phone"',
      field: 'mapping',
    });
  }
}

/** US area codes span at most a few zones; more than this means the prefix named only a country. */
const maxInformativePhoneZones = 3;

/** Every time-zone source of the lead; the calling window later intersects them all. */
export function withTimeZones(
  lead: PreparedLead,
  timeZones: TimeZoneResolver,
  dnc: Set<string>,
): LeadToInsert {
  const candidates: TimeZoneCandidate[] = [];
  if (lead.timeZone) candidates.push({ timeZone: lead.timeZone, source: 'explicit' });
  if (lead.postalCode) {
    for (const zone of timeZones.byPostalCode(lead.country, lead.postalCode)) {
      candidates.push({ timeZone: zone, source: 'postal_code' });
    }
  }
  const phoneZones = timeZones.byPhone(lead.phone);
  // A prefix that only names a country spanning many zones (+1 with an unknown area code) says
  // nothing about the lead; intersecting all of them would make the lead never callable.
  if (phoneZones.length <= maxInformativePhoneZones) {
    for (const zone of phoneZones) candidates.push({ timeZone: zone, source: 'phone' });
  }
  const primary = candidates[0] ?? null;
  return {
    ...lead,
    timeZoneCandidates: candidates,
    primaryTimeZone: primary?.timeZone ?? null,
    primarySource: primary?.source ?? null,
    onDncList: lead.phones.some((p) => dnc.has(p.e164)),
  };
}
