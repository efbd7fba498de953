import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import { Temporal as T } from 'temporal-polyfill';
import type { TimeZoneCandidate } from '../../core/calling-hours/time-zone-candidates.ts';
import type { Campaign, SortKey } from '../../core/campaigns/campaign.ts';
import type { Client } from '../../core/clients/client.ts';
import type { DueCallback, LeadQueuePort } from '../../core/lead-queue/claim-next-lead.ts';
import { closedLeadStatuses } from '../../core/leads/lead.ts';
import { parseJson } from '../json.ts';
import type { Database } from '../schema.ts';
import { leadRowToLead } from './lead-mapping.ts';

/** Statuses the ordered queue serves; callbacks come back through the callbacks table. */
const queueStatuses = ['new', 'attempting'];
/** An owned callback not taken within this grace after its time becomes open to anyone. */
const ownedCallbackGraceMs = 15 * 60_000;

const sortExpression = (key: SortKey) => {
  switch (key.field) {
    case 'area_code':
      return sql`substr(leads.phone, 1, 5)`;
    case 'postal_code':
      return sql`leads.postal_code`;
    case 'state':
      return sql`leads.state`;
    case 'score':
      return sql`leads.score`;
    case 'source':
      return sql`leads.source`;
    case 'created_at':
      return sql`leads.created_at`;
    case 'random':
      // Stable per lead, so paging through the queue does not repeat or skip leads.
      return sql`(cast(leads.id as bigint) * 7919) % 10007`;
    default: {
      const unreachable: never = key.field;
      throw new Error(`unknown sort field ${String(unreachable)}`);
    }
  }
};

export function createLeadQueueRepository(
  db: Kysely<Database>,
  lookups: {
    findCampaign(id: number): Promise<Campaign | undefined>;
    findClient(id: number): Promise<Client | undefined>;
  },
): LeadQueuePort {
  const leaseFree = (now: number) =>
    sql<SqlBool>`(leads.lease_user_id is null or leads.lease_expires_at <= ${now})` as Expression<SqlBool>;
  const inLists = (campaign: Campaign) => (campaign.listIds.length > 0 ? campaign.listIds : [-1]);

  return {
    findCampaign: lookups.findCampaign,
    findClient: lookups.findClient,

    async findHeldLead(campaign, userId, now) {
      const row = await db
        .selectFrom('leads')
        .selectAll()
        .where('list_id', 'in', inLists(campaign))
        .where('lease_user_id', '=', userId)
        .where('lease_expires_at', '>', now.epochMilliseconds)
        .orderBy('lease_expires_at', 'desc')
        .executeTakeFirst();
      return row && leadRowToLead(row);
    },

    async dueCallbacks(campaign, userId, now, limit): Promise<DueCallback[]> {
      const nowMs = now.epochMilliseconds;
      const rows = await db
        .selectFrom('callbacks')
        .innerJoin('leads', 'leads.id', 'callbacks.lead_id')
        .select([
          'callbacks.id',
          'callbacks.lead_id',
          'callbacks.owner_user_id',
          'callbacks.due_at',
          'callbacks.note',
        ])
        .where('leads.list_id', 'in', inLists(campaign))
        .where('callbacks.status', '=', 'pending')
        .where('callbacks.due_at', '<=', nowMs)
        .where((eb) =>
          eb.or([
            eb('callbacks.owner_user_id', '=', userId),
            eb('callbacks.owner_user_id', 'is', null),
            eb('callbacks.due_at', '<=', nowMs - ownedCallbackGraceMs),
          ]),
        )
        .where(leaseFree(nowMs))
        .orderBy(sql`case when callbacks.owner_user_id = ${userId} then 0 else 1 end`)
        .orderBy('callbacks.due_at')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        leadId: r.lead_id,
        ownerUserId: r.owner_user_id,
        dueAt: T.Instant.fromEpochMilliseconds(r.due_at),
        note: r.note,
      }));
    },

    async hotLeads(campaign, now, limit) {
      // Speed-to-lead: a fresh web-form or inbound lead is served by every campaign of its
      // client, whatever list it landed in.
      const rows = await db
        .selectFrom('leads')
        .selectAll()
        .where('client_id', '=', campaign.clientId)
        .where('hot', '=', 1)
        .where('status', '=', 'new')
        .where(leaseFree(now.epochMilliseconds))
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map(leadRowToLead);
    },

    async zoneSets(campaign, now) {
      const nowMs = now.epochMilliseconds;
      const rows = await db
        .selectFrom('leads')
        .select((eb) => ['time_zones', eb.fn.countAll<number>().as('leads')])
        .where('list_id', 'in', inLists(campaign))
        .where('status', 'in', queueStatuses)
        .where('next_call_at', '<=', nowMs)
        .where(leaseFree(nowMs))
        .groupBy('time_zones')
        .execute();
      return rows.map((r) => ({
        key: r.time_zones,
        candidates: parseJson<TimeZoneCandidate[]>(r.time_zones, []),
        leads: Number(r.leads),
      }));
    },

    async queueCandidates(campaign, now, limit, offset, zoneKeys) {
      const nowMs = now.epochMilliseconds;
      let query = db
        .selectFrom('leads')
        .selectAll()
        .where('list_id', 'in', inLists(campaign))
        .where('status', 'in', queueStatuses)
        .where('next_call_at', '<=', nowMs)
        .where('time_zones', 'in', zoneKeys.length > 0 ? [...zoneKeys] : [''])
        .where(leaseFree(nowMs));
      // Empty values last in both directions and on both dialects (they disagree on NULL order).
      for (const key of campaign.sortKeys) {
        const expression = sortExpression(key);
        query = query
          .orderBy(sql`case when ${expression} is null then 1 else 0 end`)
          .orderBy(expression, key.direction);
      }
      const rows = await query.orderBy('leads.id').limit(limit).offset(offset).execute();
      return rows.map(leadRowToLead);
    },

    async findLeads(ids) {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom('leads').selectAll().where('id', 'in', ids).execute();
      return rows.map(leadRowToLead);
    },

    async dncPhones(organizationId, clientId, phones) {
      if (phones.length === 0) return new Set();
      const rows = await db
        .selectFrom('dnc_entries')
        .select('phone')
        .where('organization_id', '=', organizationId)
        .where((eb) => eb.or([eb('client_id', 'is', null), eb('client_id', '=', clientId)]))
        .where('phone', 'in', [...new Set(phones)])
        .execute();
      return new Set(rows.map((r) => r.phone));
    },

    async tryLease(leadId, userId, now, until) {
      const nowMs = now.epochMilliseconds;
      const result = await db
        .updateTable('leads')
        .set({ lease_user_id: userId, lease_expires_at: until.epochMilliseconds })
        .where('id', '=', leadId)
        // Re-checked here, in the same statement as the lease: a lead closed since it was read is not served.
        .where('status', 'not in', [...closedLeadStatuses])
        .where((eb) =>
          eb.or([
            eb('lease_user_id', 'is', null),
            eb('lease_user_id', '=', userId),
            eb('lease_expires_at', '<=', nowMs),
          ]),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async countOpenLeads(campaign, now) {
      const row = await db
        .selectFrom('leads')
        .select((eb) => [
          eb.fn.countAll<number>().as('open'),
          eb.fn
            .sum<number>(sql`case when leads.next_call_at > ${now.epochMilliseconds} then 1 else 0 end`)
            .as('waiting'),
        ])
        .where('list_id', 'in', inLists(campaign))
        .where('status', 'in', queueStatuses)
        .executeTakeFirstOrThrow();
      return { open: Number(row.open), waitingForRetry: Number(row.waiting ?? 0) };
    },
  };
}
