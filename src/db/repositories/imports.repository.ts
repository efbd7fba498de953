import type { Insertable, Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { LeadToInsert } from '../../core/lead-import/classify-rows.ts';
import { storedPhone } from '../../core/lead-import/merge-lead.ts';
import { toJson } from '../json.ts';
import type { Database, LeadsTable } from '../schema.ts';
import { timeZoneKey } from '../time-zone-key.ts';

/** Rows per INSERT: well under SQLite's 32,766 bound parameters with 27 columns. */
const batchSize = 500;

export function leadToRow(
  lead: LeadToInsert,
  list: { clientId: number; listId: number; source: string },
  now: number,
): Insertable<LeadsTable> {
  return {
    client_id: list.clientId,
    list_id: list.listId,
    first_name: lead.firstName,
    last_name: lead.lastName,
    company: lead.company,
    email: lead.email,
    phone: lead.phone,
    phones: toJson(lead.phones.map(storedPhone)),
    address: lead.address,
    city: lead.city,
    state: lead.state,
    postal_code: lead.postalCode,
    country: lead.country,
    time_zone: lead.primaryTimeZone,
    time_zone_source: lead.primarySource,
    time_zones: toJson(lead.timeZoneCandidates),
    time_zone_key: timeZoneKey(lead.timeZoneCandidates),
    source: lead.source ?? list.source,
    custom_fields: toJson(lead.customFields),
    status: lead.onDncList ? 'dnc' : 'new',
    score: null,
    hot: 0,
    owner_user_id: null,
    attempt_count: 0,
    last_attempt_at: null,
    next_call_at: now,
    lease_user_id: null,
    lease_expires_at: null,
    created_at: now,
    updated_at: now,
  };
}

export function createImportsRepository(db: Kysely<Database>) {
  return {
    async insertList(
      list: { clientId: number; name: string; source: string; createdByUserId: number | null },
      leads: LeadToInsert[],
      now: Temporal.Instant,
    ): Promise<number> {
      const at = now.epochMilliseconds;
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('lead_lists')
          .values({
            client_id: list.clientId,
            name: list.name,
            source: list.source,
            row_count: leads.length,
            created_by_user_id: list.createdByUserId,
            created_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        for (let i = 0; i < leads.length; i += batchSize) {
          await trx
            .insertInto('leads')
            .values(
              leads.slice(i, i + batchSize).map((lead) => leadToRow(lead, { ...list, listId: row.id }, at)),
            )
            .execute();
        }
        return row.id;
      });
    },
  };
}
