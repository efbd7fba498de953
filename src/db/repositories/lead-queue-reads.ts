import { type Expression, type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Campaign } from '../../core/campaigns/campaign.ts';
import type { ZoneSet } from '../../core/lead-queue/lead-queue-port.ts';
import type { DialectName } from '../create-database.ts';
import { campaignFilterCondition } from '../queue-order.ts';
import type { Database } from '../schema.ts';
import { zoneKeyCandidates } from '../time-zone-key.ts';
import type { LeadRow } from './lead-mapping.ts';
import { createOrderIndexes, queueOrder } from './lead-queue-order.ts';

/** Statuses the ordered queue serves; callbacks come back through the callbacks table. */
export const queueStatuses = ['new', 'attempting'] as const;

/**
 * A node keeps the head of each busy queue in memory for a moment: a hundred setters claiming at
 * once read the order once per `bufferMs`, not once per claim. It is only a hint — the lease
 * re-checks in the database that a lead is still open, free and due, so a stale entry costs a
 * miss, never a double serve — and only a full head is kept (a short queue is cheap to read).
 */
const buffer = { rows: 250, ms: 500 };

interface QueueHead {
  rows: LeadRow[];
  filledAt: number;
  nowMs: number;
}

/**
 * The ordered part of the queue, read so that a claim costs the same for a hundred leads or a
 * million: zone sets are found by walking an index from one key to the next, and each callable
 * zone set's fresh leads are read already in the campaign's order from that order's index (a
 * page per zone set, merged). Leads retried after a gap are few at any moment and are read by
 * their due time, then sorted.
 */
export function createQueueReads(db: Kysely<Database>, dialect: DialectName) {
  const orderIndexes = createOrderIndexes(db, dialect);
  const inLists = (campaign: Campaign) => (campaign.listIds.length > 0 ? campaign.listIds : [-1]);
  const filtersOf = (campaign: Campaign): Expression<SqlBool> =>
    campaignFilterCondition(campaign.filters ?? [], dialect);
  const leaseFree = (nowMs: number) => sql`(lease_user_id is null or lease_expires_at <= ${nowMs})`;
  const heads = new Map<string, QueueHead>();

  const orderedLeads = async (
    campaign: Campaign,
    nowMs: number,
    limit: number,
    offset: number,
    zoneKeys: readonly string[],
  ): Promise<LeadRow[]> => {
    const order = queueOrder(campaign.sortKeys, dialect);
    await orderIndexes.ensure(order);
    const selected = sql.raw(['id', order.selectList].filter(Boolean).join(', '));
    const open = sql`${leaseFree(nowMs)} and ${filtersOf(campaign)}`;
    const parts = inLists(campaign)
      .flatMap((listId) => [
        ...zoneKeys.map((key) => freshLeads(listId, key, nowMs)),
        retriedLeads(listId, zoneKeys, nowMs),
      ])
      .map(
        (where, i) =>
          sql`select * from (select ${selected} from leads where ${where} and ${open} order by ${sql.raw(
            order.orderBy,
          )} limit ${limit + offset}) as ${sql.raw(`p${i}`)}`,
      );
    const { rows } = await sql<LeadRow>`select leads.* from (${sql.join(parts, sql` union all `)}
      order by ${sql.raw(order.outerOrderBy())} limit ${limit} offset ${offset}) as q
      inner join leads on leads.id = q.id order by ${sql.raw(order.outerOrderBy('q'))}`.execute(db);
    return rows;
  };

  return {
    /** Builds the index that serves this order, if it is not there yet (when a campaign is saved). */
    prepareOrder(sortKeys: Campaign['sortKeys']): Promise<void> {
      return orderIndexes.ensure(queueOrder(sortKeys, dialect));
    },

    /** A lead leased on this node leaves every queue head it is in. */
    forget(leadId: number): void {
      for (const head of heads.values()) {
        const at = head.rows.findIndex((row) => row.id === leadId);
        if (at >= 0) head.rows.splice(at, 1);
      }
    },

    /** Exact: the zone sets of the campaign's open, due and unleased leads, with their counts. */
    async countedZoneSets(campaign: Campaign, nowMs: number): Promise<ZoneSet[]> {
      const rows = await db
        .selectFrom('leads')
        .select((eb) => ['time_zone_key', eb.fn.countAll<number>().as('leads')])
        .where('list_id', 'in', inLists(campaign))
        .where('status', 'in', [...queueStatuses])
        .where('next_call_at', '<=', nowMs)
        .where(leaseFree(nowMs) as Expression<SqlBool>)
        .where(filtersOf(campaign))
        .groupBy('time_zone_key')
        .execute();
      return rows.map((r) => ({
        key: r.time_zone_key,
        candidates: zoneKeyCandidates(r.time_zone_key),
        leads: Number(r.leads),
      }));
    },

    /**
     * The zone sets of the campaign's open leads, without counts: one index seek per set (a loose
     * index scan). May name a set whose leads all wait for a retry gap or a lease.
     */
    async zoneKeys(campaign: Campaign): Promise<string[]> {
      const walks = inLists(campaign).flatMap((listId) =>
        queueStatuses.map((status, i) => {
          const name = sql.raw(`z_${listId}_${i}`);
          const next = (after: RawBuilder<unknown> | null) =>
            sql`select min(time_zone_key) from leads where list_id = ${listId} and status = ${status}${
              after ? sql` and time_zone_key > ${after}` : sql``
            }`;
          return {
            cte: sql`${name}(zone) as (${next(null)} union all select (${next(sql`${name}.zone`)}) from ${name} where ${name}.zone is not null)`,
            select: sql`select zone from ${name} where zone is not null`,
          };
        }),
      );
      const { rows } = await sql<{
        zone: string;
      }>`with recursive ${sql.join(walks.map((w) => w.cte))} ${sql.join(
        walks.map((w) => w.select),
        sql` union `,
      )}`.execute(db);
      return [...new Set(rows.map((r) => r.zone))].sort();
    },

    /**
     * Due, unleased open leads of the zone sets, in the campaign's order: one ordered part per
     * list and zone set for fresh leads (each read from the order's index), one per list for
     * retried leads, merged.
     */
    async queueCandidates(
      campaign: Campaign,
      nowMs: number,
      limit: number,
      offset: number,
      zoneKeys: readonly string[],
    ): Promise<LeadRow[]> {
      if (zoneKeys.length === 0) return [];
      const key = JSON.stringify([
        campaign.id,
        campaign.listIds,
        campaign.sortKeys,
        campaign.filters ?? [],
        zoneKeys,
      ]);
      const clock = performance.now();
      const head = heads.get(key);
      if (
        head &&
        clock - head.filledAt < buffer.ms &&
        Math.abs(nowMs - head.nowMs) < buffer.ms &&
        offset + limit <= head.rows.length
      )
        return head.rows.slice(offset, offset + limit);
      if (offset + limit > buffer.rows) return orderedLeads(campaign, nowMs, limit, offset, zoneKeys);
      const rows = await orderedLeads(campaign, nowMs, buffer.rows, 0, zoneKeys);
      if (rows.length === buffer.rows) heads.set(key, { rows, filledAt: clock, nowMs });
      else heads.delete(key);
      if (heads.size > 200) heads.delete(heads.keys().next().value as string);
      return rows.slice(offset, offset + limit);
    },
  };
}

/**
 * Fresh leads of one zone set. `+next_call_at` keeps the due time out of the choice of index:
 * fresh leads are due once they exist, and the order's index must lead.
 */
const freshLeads = (listId: number, key: string, nowMs: number) =>
  sql`list_id = ${listId} and status = 'new' and time_zone_key = ${key} and +next_call_at <= ${nowMs}`;

/** Leads retried after a gap, due now: found by their due time, few at any moment, then sorted. */
const retriedLeads = (listId: number, zoneKeys: readonly string[], nowMs: number) =>
  sql`list_id = ${listId} and status = 'attempting' and time_zone_key in (${sql.join([...zoneKeys])})
    and next_call_at <= ${nowMs}`;
