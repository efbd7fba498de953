import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import { Temporal as T } from 'temporal-polyfill';
import type { Campaign } from '../../core/campaigns/campaign.ts';
import type { Client } from '../../core/clients/client.ts';
import type { DueCallback, LeadQueuePort } from '../../core/lead-queue/lead-queue-port.ts';
import { callbackHandoverCutoff } from '../../core/lead-queue/queue-settings.ts';
import type { DialectName } from '../create-database.ts';
import { inTextList } from '../dialect.ts';
import { campaignFilterCondition } from '../queue-order.ts';
import type { Database } from '../schema.ts';
import { zoneKeyCandidates } from '../time-zone-key.ts';
import { leadRowToLead } from './lead-mapping.ts';
import { createQueueLeases } from './lead-queue-leases.ts';
import { createQueueReads, queueStatuses } from './lead-queue-reads.ts';

export function createLeadQueueRepository(
  db: Kysely<Database>,
  lookups: {
    findCampaign(id: number): Promise<Campaign | undefined>;
    findClient(id: number): Promise<Client | undefined>;
  },
  dialect: DialectName = 'sqlite',
): LeadQueuePort & {
  /** Builds the index for a campaign's order now, so its first claim does not wait for it. */
  prepareOrder(sortKeys: Campaign['sortKeys']): Promise<void>;
} {
  const leaseFree = (now: number) =>
    sql<SqlBool>`(leads.lease_user_id is null or leads.lease_expires_at <= ${now})` as Expression<SqlBool>;
  const inLists = (campaign: Campaign) => (campaign.listIds.length > 0 ? campaign.listIds : [-1]);
  const reads = createQueueReads(db, dialect);
  const leases = createQueueLeases(db, dialect);

  return {
    findCampaign: lookups.findCampaign,
    findClient: lookups.findClient,
    prepareOrder: reads.prepareOrder,

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
            // Another setter's callback has passed to anyone after the campaign's hand-over time.
            eb(
              'callbacks.due_at',
              '<=',
              callbackHandoverCutoff(now, campaign.queueSettings).epochMilliseconds,
            ),
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

    // `counts: false` (for serving): the sets found by walking an index, `leads` 0, possibly a set
    // whose leads all wait; counting reads every open lead of the campaign (for reports, an empty queue).
    async zoneSets(campaign, now, options?: { counts?: boolean }) {
      if (options?.counts !== false) return reads.countedZoneSets(campaign, now.epochMilliseconds);
      const keys = await reads.zoneKeys(campaign);
      return keys.map((key) => ({ key, candidates: zoneKeyCandidates(key), leads: 0 }));
    },

    async queueCandidates(campaign, now, limit, offset, zoneKeys) {
      const rows = await reads.queueCandidates(campaign, now.epochMilliseconds, limit, offset, zoneKeys);
      return rows.map(leadRowToLead);
    },

    async findLeads(ids) {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom('leads').selectAll().where('id', 'in', ids).execute();
      return rows.map(leadRowToLead);
    },

    async releaseLease(leadId, userId) {
      await db
        .updateTable('leads')
        .set({ lease_user_id: null, lease_expires_at: null })
        .where('id', '=', leadId)
        .where('lease_user_id', '=', userId)
        .execute();
    },

    async dncPhones(organizationId, clientId, phones) {
      if (phones.length === 0) return new Set();
      const rows = await db
        .selectFrom('dnc_entries')
        .select('phone')
        .where('organization_id', '=', organizationId)
        .where((eb) => eb.or([eb('client_id', 'is', null), eb('client_id', '=', clientId)]))
        .where(inTextList(dialect, 'phone', [...new Set(phones)]))
        .execute();
      return new Set(rows.map((r) => r.phone));
    },

    async tryLease(leadId, userId, now, until) {
      const leased = await leases.tryLease(leadId, userId, now, until);
      if (leased) reads.forget(leadId);
      return leased;
    },
    async leaseFirst(leadIds, userId, now, until) {
      const row = await leases.leaseFirst(leadIds, userId, now, until);
      // Leased here, or (all of them) by someone else since the queue head was read.
      for (const id of row === null ? leadIds : [row.id]) reads.forget(id);
      return row && leadRowToLead(row);
    },

    async skipsOf(campaign, userId, now) {
      const rows = await db
        .selectFrom('lead_skips')
        .innerJoin('leads', 'leads.id', 'lead_skips.lead_id')
        .select(['lead_skips.lead_id', 'lead_skips.skipped_at', 'lead_skips.until_at'])
        .where('lead_skips.user_id', '=', userId)
        .where('lead_skips.until_at', '>', now.epochMilliseconds)
        .where('leads.list_id', 'in', inLists(campaign))
        .where('leads.status', 'in', [...queueStatuses, 'callback'])
        .execute();
      return rows.map((r) => ({
        leadId: r.lead_id,
        userId,
        skippedAt: T.Instant.fromEpochMilliseconds(r.skipped_at),
        until: T.Instant.fromEpochMilliseconds(r.until_at),
      }));
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
        .where(campaignFilterCondition(campaign.filters, dialect))
        .where('status', 'in', queueStatuses)
        .executeTakeFirstOrThrow();
      return { open: Number(row.open), waitingForRetry: Number(row.waiting ?? 0) };
    },
  };
}
