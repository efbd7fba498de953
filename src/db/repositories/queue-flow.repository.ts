import type { Kysely, Transaction } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { defaultQueueSettings, type QueueSettings } from '../../core/lead-queue/queue-settings.ts';
import type { SkipWriter } from '../../core/lead-queue/skip-lead.ts';
import { parseJson, toJson } from '../json.ts';
import type { Database } from '../schema.ts';

const instant = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms);

/** A setter's own pending callback, with what the "My callbacks" page shows about it. */
export interface OwnCallback {
  id: number;
  leadId: number;
  leadName: string;
  dueAt: Temporal.Instant;
  campaignId: number | null;
  campaignName: string | null;
  leadTimeZone: string | null;
  note: string | null;
  /** The campaign's settings (the defaults without a campaign): when the callback passes to anyone. */
  queueSettings: QueueSettings;
}

/** What a skip writes, inside the caller's transaction. */
export function createSkipWriter(trx: Transaction<Database>): SkipWriter {
  return {
    async releaseLease(leadId, userId) {
      await trx
        .updateTable('leads')
        .set({ lease_user_id: null, lease_expires_at: null })
        .where('id', '=', leadId)
        .where('lease_user_id', '=', userId)
        .execute();
    },
    async insertSkip(skip) {
      await trx
        .insertInto('lead_skips')
        .values({
          client_id: skip.clientId,
          lead_id: skip.leadId,
          campaign_id: skip.campaignId,
          user_id: skip.userId,
          reason: skip.reason,
          note: skip.note,
          skipped_at: skip.skippedAt.epochMilliseconds,
          until_at: skip.until.epochMilliseconds,
        })
        .execute();
    },
    async insertEvent(event) {
      await trx
        .insertInto('lead_events')
        .values({
          client_id: event.clientId,
          lead_id: event.leadId,
          actor_user_id: event.actorUserId,
          type: event.type,
          from_status: null,
          to_status: null,
          reason: event.reason,
          data: toJson(event.data),
          created_at: event.now.epochMilliseconds,
        })
        .execute();
    },
  };
}

export function createQueueFlowRepository(db: Kysely<Database>) {
  return {
    /** The setter's pending callbacks of these clients, soonest first (overdue ones first of all). */
    async ownCallbacks(userId: number, clientIds: readonly number[], limit = 200): Promise<OwnCallback[]> {
      if (clientIds.length === 0) return [];
      const rows = await db
        .selectFrom('callbacks')
        .innerJoin('leads', 'leads.id', 'callbacks.lead_id')
        .innerJoin('clients', 'clients.id', 'leads.client_id')
        .leftJoin('campaigns', 'campaigns.id', 'callbacks.campaign_id')
        .select([
          'callbacks.id',
          'callbacks.lead_id',
          'callbacks.due_at',
          'callbacks.campaign_id',
          'callbacks.note',
          'campaigns.name as campaign_name',
          'campaigns.queue_settings',
          'leads.first_name',
          'leads.last_name',
          'leads.time_zone',
          'clients.time_zone as client_time_zone',
        ])
        .where('callbacks.owner_user_id', '=', userId)
        .where('callbacks.status', '=', 'pending')
        .where('callbacks.client_id', 'in', [...clientIds])
        .orderBy('callbacks.due_at')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        leadId: r.lead_id,
        leadName: `${r.first_name} ${r.last_name}`.trim(),
        dueAt: instant(r.due_at),
        campaignId: r.campaign_id,
        campaignName: r.campaign_name,
        leadTimeZone: r.time_zone ?? r.client_time_zone,
        note: r.note,
        queueSettings: {
          ...defaultQueueSettings,
          ...parseJson<Partial<QueueSettings>>(r.queue_settings, {}),
        },
      }));
    },

    /** Replaces a campaign's queue settings. */
    async saveQueueSettings(campaignId: number, settings: QueueSettings): Promise<void> {
      await db
        .updateTable('campaigns')
        .set({ queue_settings: toJson(settings) })
        .where('id', '=', campaignId)
        .execute();
    },
  };
}
