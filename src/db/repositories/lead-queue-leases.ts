import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import { closedLeadStatuses } from '../../core/leads/lead.ts';
import type { DialectName } from '../create-database.ts';
import { inNumberList, positionIn } from '../dialect.ts';
import type { Database } from '../schema.ts';
import type { LeadRow } from './lead-mapping.ts';

/**
 * When a lead may be leased to `userId` now, re-checked in the very statement that leases it:
 * open (a lead closed since it was read is not served); free, or already this setter's; and still
 * due — a lead another setter dispositioned since it was read (no answer, call back later) has
 * moved on and must not be served again at once, on any number of nodes. The setter's own lead
 * and a lead with a callback due now are due by definition. A lead this setter skipped is not
 * theirs again before the skip ends (`until_at`, from `skipUntil`); other setters may take it.
 */
function leasable(eb: ExpressionBuilder<Database, 'leads'>, userId: number, nowMs: number) {
  return eb.and([
    eb('leads.status', 'not in', [...closedLeadStatuses]),
    eb.or([
      eb('leads.lease_user_id', 'is', null),
      eb('leads.lease_user_id', '=', userId),
      eb('leads.lease_expires_at', '<=', nowMs),
    ]),
    eb.or([
      eb('leads.next_call_at', '<=', nowMs),
      eb('leads.lease_user_id', '=', userId),
      eb.exists(
        eb
          .selectFrom('callbacks')
          .select('callbacks.id')
          .whereRef('callbacks.lead_id', '=', 'leads.id')
          .where('callbacks.status', '=', 'pending')
          .where('callbacks.due_at', '<=', nowMs),
      ),
    ]),
    eb.not(
      eb.exists(
        eb
          .selectFrom('lead_skips')
          .select('lead_skips.id')
          .whereRef('lead_skips.lead_id', '=', 'leads.id')
          .where('lead_skips.user_id', '=', userId)
          .where('lead_skips.until_at', '>', nowMs),
      ),
    ),
  ]);
}

export function createQueueLeases(db: Kysely<Database>, dialect: DialectName) {
  return {
    /** Atomically leases the lead unless it is no longer leasable (see `leasable`). */
    async tryLease(leadId: number, userId: number, now: Temporal.Instant, until: Temporal.Instant) {
      const result = await db
        .updateTable('leads')
        .set({ lease_user_id: userId, lease_expires_at: until.epochMilliseconds })
        .where('id', '=', leadId)
        .where((eb) => leasable(eb, userId, now.epochMilliseconds))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /**
     * Leases the first of `leadIds` (in that order) that is still leasable, in one statement, and
     * returns its row as stored now (null: none was). Setters claiming at once do not queue on one another's
     * picks: PostgreSQL skips rows another transaction is leasing right now, SQLite serializes
     * writers anyway.
     */
    async leaseFirst(
      leadIds: readonly number[],
      userId: number,
      now: Temporal.Instant,
      until: Temporal.Instant,
    ): Promise<LeadRow | null> {
      if (leadIds.length === 0) return null;
      const nowMs = now.epochMilliseconds;
      const pick = db
        .selectFrom('leads')
        .select('leads.id')
        .where(inNumberList(dialect, 'leads.id', leadIds))
        .where((eb) => leasable(eb, userId, nowMs))
        .orderBy(positionIn(dialect, 'leads.id', leadIds))
        .limit(1);
      const row = await db
        .updateTable('leads')
        .set({ lease_user_id: userId, lease_expires_at: until.epochMilliseconds })
        .where('id', '=', dialect === 'postgres' ? pick.forUpdate().skipLocked() : pick)
        .where((eb) => leasable(eb, userId, nowMs))
        .returningAll()
        .executeTakeFirst();
      return row ?? null;
    },
  };
}

export type QueueLeases = ReturnType<typeof createQueueLeases>;
