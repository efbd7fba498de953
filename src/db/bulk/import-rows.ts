import type { LeadToInsert } from '../../core/lead-import/classify-rows.ts';
import type { ImportReject, LeadUpdate } from '../../core/lead-import/import-job.ts';
import { storedPhone } from '../../core/lead-import/merge-lead.ts';
import { toJson } from '../json.ts';
import { timeZoneKey } from '../time-zone-key.ts';

/** Lead columns a bulk insert writes, in order; the rest keep their defaults. */
export const leadColumns = [
  'client_id',
  'list_id',
  'first_name',
  'last_name',
  'company',
  'email',
  'phone',
  'phones',
  'address',
  'city',
  'state',
  'postal_code',
  'country',
  'time_zone',
  'time_zone_source',
  'time_zones',
  'time_zone_key',
  'source',
  'custom_fields',
  'status',
  'hot',
  'attempt_count',
  'next_call_at',
  'created_at',
  'updated_at',
] as const;

export type CellValue = string | number | null;

/** One new lead as the values of `leadColumns`. */
export function leadValues(
  lead: LeadToInsert,
  target: { clientId: number; listId: number; source: string; hot?: boolean },
  now: number,
): CellValue[] {
  return [
    target.clientId,
    target.listId,
    lead.firstName,
    lead.lastName,
    lead.company,
    lead.email,
    lead.phone,
    toJson(lead.phones.map(storedPhone)),
    lead.address,
    lead.city,
    lead.state,
    lead.postalCode,
    lead.country,
    lead.primaryTimeZone,
    lead.primarySource,
    toJson(lead.timeZoneCandidates),
    timeZoneKey(lead.timeZoneCandidates),
    lead.source ?? target.source,
    toJson(lead.customFields),
    lead.onDncList ? 'dnc' : 'new',
    target.hot ? 1 : 0,
    0,
    now,
    now,
    now,
  ];
}

export const rejectColumns = [
  'job_id',
  'kind',
  'row_number',
  'field',
  'reason',
  'lead_id',
  'cells',
  'code',
  'params',
] as const;

export function rejectValues(jobId: number, reject: ImportReject): CellValue[] {
  return [
    jobId,
    reject.kind,
    reject.rowNumber,
    reject.field,
    reject.reason,
    reject.leadId,
    toJson(reject.cells),
    reject.code ?? null,
    reject.params ? toJson(reject.params) : null,
  ];
}

export const updateColumns = ['job_id', 'lead_id', 'row_number', 'fields'] as const;

export function updateValues(jobId: number, update: LeadUpdate): CellValue[] {
  const fields = { changes: update.changes, place: update.place, note: update.note ?? null };
  return [jobId, update.leadId, update.rowNumber, toJson(fields)];
}

/** The note a staged update adds to the lead (its notes column), from its JSON. */
export function updateNote(fields: string): string | null {
  const { note } = JSON.parse(fields) as { note?: string | null };
  return typeof note === 'string' && note !== '' ? note : null;
}

export const noteColumns = ['client_id', 'lead_id', 'author_user_id', 'text', 'created_at'] as const;

/** The lead columns a staged update sets, from its JSON. */
export function updateAssignments(fields: string): Record<string, CellValue> {
  const { changes, place } = JSON.parse(fields) as Pick<LeadUpdate, 'changes' | 'place'>;
  const set: Record<string, CellValue> = {};
  if (changes.firstName !== undefined) set.first_name = changes.firstName;
  if (changes.lastName !== undefined) set.last_name = changes.lastName;
  if (changes.company !== undefined) set.company = changes.company;
  if (changes.email !== undefined) set.email = changes.email;
  if (changes.address !== undefined) set.address = changes.address;
  if (changes.city !== undefined) set.city = changes.city;
  if (changes.state !== undefined) set.state = changes.state;
  if (changes.postalCode !== undefined) set.postal_code = changes.postalCode;
  if (changes.phones !== undefined) set.phones = toJson(changes.phones);
  if (changes.customFields !== undefined) set.custom_fields = toJson(changes.customFields);
  if (place) {
    set.time_zone = place.primaryTimeZone;
    set.time_zone_source = place.primarySource;
    set.time_zones = toJson(place.timeZoneCandidates);
    set.time_zone_key = timeZoneKey(place.timeZoneCandidates);
    if (place.state !== null && changes.state === undefined) set.state = place.state;
  }
  return set;
}
