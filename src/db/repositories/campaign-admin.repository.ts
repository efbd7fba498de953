import { type Kysely, sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { Campaign } from '../../core/campaigns/campaign.ts';
import type { CampaignChange, CampaignChangeEntry } from '../../core/campaigns/campaign-changes.ts';
import type { CampaignZoneCount } from '../../core/campaigns/campaign-progress.ts';
import type { CampaignUpdate } from '../../core/campaigns/update-campaign.ts';
import type { DialectName } from '../create-database.ts';
import { parseJson, toJson } from '../json.ts';
import { campaignFilterCondition } from '../queue-order.ts';
import type { Database } from '../schema.ts';
import { zoneKeyCandidates } from '../time-zone-key.ts';
import { queueStatuses } from './lead-queue-reads.ts';

/** A setter a campaign may be assigned to. */
export interface ClientSetter {
  id: number;
  name: string;
  email: string;
}

/** A campaign's settings as a manager changes them, its change log, its setters and its progress. */
export function createCampaignAdminRepository(db: Kysely<Database>, dialect: DialectName) {
  const open = sql.join(queueStatuses.map((s) => sql.lit(s)));
  return {
    /** Applies a checked change, its pause stamp and its log entry in one transaction. */
    async updateCampaign(id: number, update: CampaignUpdate): Promise<void> {
      const { changes, paused, log } = update;
      await db.transaction().execute(async (trx) => {
        const set = {
          ...(changes.name !== undefined ? { name: changes.name } : {}),
          ...(changes.status !== undefined ? { status: changes.status } : {}),
          ...(changes.scriptId !== undefined ? { script_id: changes.scriptId } : {}),
          ...(changes.qualificationFormId !== undefined
            ? { qualification_form_id: changes.qualificationFormId }
            : {}),
          ...(changes.meetingTypeId !== undefined ? { meeting_type_id: changes.meetingTypeId } : {}),
          ...(changes.callingWindow !== undefined ? { calling_window: toJson(changes.callingWindow) } : {}),
          ...(changes.sortKeys !== undefined ? { sort_keys: toJson(changes.sortKeys) } : {}),
          ...(changes.filters !== undefined ? { filters: toJson(changes.filters) } : {}),
          ...(changes.retryPolicy !== undefined ? { retry_policy: toJson(changes.retryPolicy) } : {}),
          ...(paused !== undefined
            ? { paused_by_user_id: paused?.byUserId ?? null, paused_at: paused?.at.epochMilliseconds ?? null }
            : {}),
        };
        if (Object.keys(set).length > 0)
          await trx.updateTable('campaigns').set(set).where('id', '=', id).execute();
        if (changes.listIds !== undefined) {
          await trx.deleteFrom('campaign_lists').where('campaign_id', '=', id).execute();
          await trx
            .insertInto('campaign_lists')
            .values(
              changes.listIds.map((listId, position) => ({ campaign_id: id, list_id: listId, position })),
            )
            .execute();
        }
        if (changes.setterIds !== undefined) {
          await trx.deleteFrom('campaign_setters').where('campaign_id', '=', id).execute();
          if (changes.setterIds.length > 0)
            await trx
              .insertInto('campaign_setters')
              .values(changes.setterIds.map((userId) => ({ campaign_id: id, user_id: userId })))
              .execute();
        }
        await trx
          .insertInto('campaign_changes')
          .values({
            campaign_id: id,
            actor_user_id: log.actorUserId,
            changes: toJson(log.changes),
            created_at: log.at.epochMilliseconds,
          })
          .execute();
      });
    },

    /** The campaign's change log, newest first. */
    async listChanges(campaignId: number, limit = 100): Promise<CampaignChangeEntry[]> {
      const rows = await db
        .selectFrom('campaign_changes')
        .leftJoin('users', 'users.id', 'campaign_changes.actor_user_id')
        .select([
          'campaign_changes.id',
          'campaign_changes.campaign_id',
          'campaign_changes.actor_user_id',
          'campaign_changes.changes',
          'campaign_changes.created_at',
          'users.name as actor_name',
        ])
        .where('campaign_changes.campaign_id', '=', campaignId)
        .orderBy('campaign_changes.created_at', 'desc')
        .orderBy('campaign_changes.id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        campaignId: r.campaign_id,
        actorUserId: r.actor_user_id,
        actorName: r.actor_name,
        changes: parseJson<CampaignChange[]>(r.changes, []),
        createdAt: Temporal.Instant.fromEpochMilliseconds(Number(r.created_at)),
      }));
    },

    /** The active setters assigned to the client, by name. */
    async clientSetters(clientId: number): Promise<ClientSetter[]> {
      return (
        db
          .selectFrom('users')
          .innerJoin('user_clients', 'user_clients.user_id', 'users.id')
          .innerJoin('clients', 'clients.id', 'user_clients.client_id')
          .select(['users.id', 'users.name', 'users.email'])
          .where('user_clients.client_id', '=', clientId)
          .where('users.role', '=', 'setter')
          .where('users.active', '=', 1)
          // A user of another organization can never be linked to this client's campaigns.
          .whereRef('users.organization_id', '=', 'clients.organization_id')
          .orderBy('users.name')
          .execute()
      );
    },

    async clientSetterIds(clientId: number, userIds: readonly number[]): Promise<Set<number>> {
      if (userIds.length === 0) return new Set();
      const setters = await this.clientSetters(clientId);
      return new Set(setters.map((s) => s.id).filter((id) => userIds.includes(id)));
    },

    /**
     * Every campaign's leads by zone set in one statement (a grouped part per campaign, joined by
     * `union all`): without filters each part reads only the queue index.
     */
    async countCampaignLeads(
      campaigns: readonly Campaign[],
      now: Temporal.Instant,
    ): Promise<CampaignZoneCount[]> {
      const parts = campaigns
        .filter((c) => c.listIds.length > 0)
        .map(
          (c) => sql`select ${sql.lit(c.id)} as campaign_id, time_zone_key, count(*) as total,
            sum(case when status in (${open}) then 1 else 0 end) as open,
            sum(case when status = 'new' then 1 else 0 end) as fresh,
            sum(case when status in (${open}) and next_call_at <= ${now.epochMilliseconds} then 1 else 0 end) as due
            from leads where list_id in (${sql.join(c.listIds)}) and ${campaignFilterCondition(c.filters, dialect)}
            group by time_zone_key`,
        );
      if (parts.length === 0) return [];
      const { rows } = await sql<{
        campaign_id: number;
        time_zone_key: string;
        total: number | string;
        open: number | string | null;
        fresh: number | string | null;
        due: number | string | null;
      }>`${sql.join(parts, sql` union all `)}`.execute(db);
      return rows.map((r) => ({
        campaignId: Number(r.campaign_id),
        candidates: zoneKeyCandidates(r.time_zone_key),
        total: Number(r.total),
        open: Number(r.open ?? 0),
        fresh: Number(r.fresh ?? 0),
        due: Number(r.due ?? 0),
      }));
    },

    /** Distinct leads called in each campaign since the instant (one grouped statement). */
    async countWorkedSince(
      campaignIds: readonly number[],
      since: Temporal.Instant,
    ): Promise<Map<number, number>> {
      if (campaignIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('call_attempts')
        .select((eb) => ['campaign_id', eb.fn.count<number>('lead_id').distinct().as('leads')])
        .where('campaign_id', 'in', [...campaignIds])
        .where('started_at', '>=', since.epochMilliseconds)
        .where('undone_at', 'is', null)
        .groupBy('campaign_id')
        .execute();
      return new Map(rows.map((r) => [Number(r.campaign_id), Number(r.leads)]));
    },

    async clientTimeZones(clientIds: readonly number[]): Promise<Map<number, string>> {
      if (clientIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('clients')
        .select(['id', 'time_zone'])
        .where('id', 'in', [...clientIds])
        .execute();
      return new Map(rows.map((r) => [r.id, r.time_zone]));
    },
  };
}

export type CampaignAdminRepository = ReturnType<typeof createCampaignAdminRepository>;
