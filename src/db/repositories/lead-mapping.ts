import type { Selectable } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { TimeZoneCandidate } from '../../core/calling-hours/time-zone-candidates.ts';
import type { Lead, LeadStatus, TimeZoneSource } from '../../core/leads/lead.ts';
import { parseJson } from '../json.ts';
import type { LeadsTable } from '../schema.ts';

export type LeadRow = Selectable<LeadsTable>;

const instant = (ms: number): Temporal.Instant => Temporal.Instant.fromEpochMilliseconds(ms);
const optionalInstant = (ms: number | null): Temporal.Instant | null => (ms === null ? null : instant(ms));

export function leadRowToLead(row: LeadRow): Lead {
  return {
    id: row.id,
    clientId: row.client_id,
    listId: row.list_id,
    firstName: row.first_name,
    lastName: row.last_name,
    company: row.company,
    email: row.email,
    phone: row.phone,
    phones: parseJson(row.phones, [{ e164: row.phone, type: 'unknown' }]),
    address: row.address,
    city: row.city,
    state: row.state,
    postalCode: row.postal_code,
    country: row.country,
    timeZone: row.time_zone,
    timeZoneSource: row.time_zone_source as TimeZoneSource | null,
    timeZoneCandidates: parseJson<TimeZoneCandidate[]>(row.time_zones, []),
    source: row.source,
    customFields: parseJson(row.custom_fields, {}),
    status: row.status as LeadStatus,
    attemptCount: row.attempt_count,
    lastAttemptAt: optionalInstant(row.last_attempt_at),
    createdAt: instant(row.created_at),
    hot: row.hot === 1,
    leaseUserId: row.lease_user_id,
    leaseExpiresAt: optionalInstant(row.lease_expires_at),
    nextCallAt: instant(row.next_call_at),
  };
}
