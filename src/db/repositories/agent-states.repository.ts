import type { Kysely, Selectable } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import {
  type AgentStateKind,
  agentStateDefaults,
  type StateInterval,
  type StopAfter,
} from '../../core/agent-states/agent-state.ts';
import type { StoredPresence } from '../../core/agent-states/change-agent-state.ts';
import { defaultPauseReasons, type PauseReason } from '../../core/agent-states/pause-reasons.ts';
import type { PresenceChange, PresenceLimits } from '../../core/agent-states/presence-changes.ts';
import type { AgentPresenceTable, AgentStateIntervalsTable, Database } from '../schema.ts';

export interface FloorRow {
  userId: number;
  name: string;
  presence: StoredPresence;
  campaignName: string | null;
}

const instant = (ms: number) => Temporal.Instant.fromEpochMilliseconds(Number(ms));
const ms = (at: Temporal.Instant) => at.epochMilliseconds;

function presenceRowToPresence(row: Selectable<AgentPresenceTable> | undefined): StoredPresence {
  if (!row) return { presence: { current: null, lastSeenAt: null, stopAfter: null }, version: null };
  return {
    presence: {
      current: {
        state: row.state as AgentStateKind,
        reasonKey: row.reason_key,
        clientId: row.client_id,
        campaignId: row.campaign_id,
        leadId: row.lead_id,
        startedAt: instant(row.since),
        endedAt: null,
      },
      lastSeenAt: row.last_seen_at === null ? null : instant(row.last_seen_at),
      stopAfter: row.stop_after ? (JSON.parse(row.stop_after) as StopAfter) : null,
    },
    version: Number(row.version),
  };
}

function intervalRowToInterval(row: Selectable<AgentStateIntervalsTable>): StateInterval {
  return {
    state: row.state as AgentStateKind,
    reasonKey: row.reason_key,
    clientId: row.client_id,
    campaignId: row.campaign_id,
    leadId: row.lead_id,
    startedAt: instant(row.started_at),
    endedAt: row.ended_at === null ? null : instant(row.ended_at),
  };
}

const sameInterval = (a: StateInterval | null, b: StateInterval | null) =>
  a !== null &&
  b !== null &&
  a.state === b.state &&
  a.reasonKey === b.reasonKey &&
  a.clientId === b.clientId &&
  a.campaignId === b.campaignId &&
  a.leadId === b.leadId &&
  a.startedAt.epochMilliseconds === b.startedAt.epochMilliseconds;

export function createAgentStatesRepository(db: Kysely<Database>) {
  const limitsOf = (
    row: { wrap_up_seconds: number | null; idle_timeout_seconds: number | null } | undefined,
  ) => ({
    wrapUpSeconds:
      row?.wrap_up_seconds === null || row?.wrap_up_seconds === undefined
        ? agentStateDefaults.wrapUpSeconds
        : Number(row.wrap_up_seconds),
    idleTimeoutSeconds:
      row?.idle_timeout_seconds === null || row?.idle_timeout_seconds === undefined
        ? agentStateDefaults.idleTimeoutSeconds
        : Number(row.idle_timeout_seconds),
  });
  return {
    /** A setter's presence and their organization's limits in one statement (every claim and call reads both). */
    async findPresenceWithLimits(
      userId: number,
      organizationId: number,
    ): Promise<{ stored: StoredPresence; limits: PresenceLimits }> {
      const row = await db
        .selectFrom('organizations')
        .leftJoin('agent_settings', 'agent_settings.organization_id', 'organizations.id')
        .leftJoin('agent_presence', (join) =>
          join
            .on('agent_presence.user_id', '=', userId)
            .onRef('agent_presence.organization_id', '=', 'organizations.id'),
        )
        .select([
          'agent_settings.wrap_up_seconds',
          'agent_settings.idle_timeout_seconds',
          'agent_presence.user_id',
          'agent_presence.organization_id',
          'agent_presence.state',
          'agent_presence.reason_key',
          'agent_presence.client_id',
          'agent_presence.campaign_id',
          'agent_presence.lead_id',
          'agent_presence.since',
          'agent_presence.last_seen_at',
          'agent_presence.stop_after',
          'agent_presence.version',
        ])
        .where('organizations.id', '=', organizationId)
        .executeTakeFirst();
      const presence =
        row && row.user_id !== null ? (row as unknown as Selectable<AgentPresenceTable>) : undefined;
      return { stored: presenceRowToPresence(presence), limits: limitsOf(row) };
    },

    async findPresence(userId: number): Promise<StoredPresence> {
      const row = await db
        .selectFrom('agent_presence')
        .selectAll()
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return presenceRowToPresence(row);
    },

    /**
     * Writes a change of one setter's presence: closes the open interval (a zero-length one is
     * dropped), records intervals opened and closed within the change, opens the new current one.
     * False when another change came first (the version moved): the caller reads again.
     */
    async savePresence(
      organizationId: number,
      userId: number,
      before: StoredPresence,
      change: PresenceChange,
    ): Promise<boolean> {
      const previous = before.presence.current?.state === 'logged_out' ? null : before.presence.current;
      const next = change.presence.current;
      return db.transaction().execute(async (trx) => {
        const values = {
          state: next?.state ?? 'logged_out',
          reason_key: next?.reasonKey ?? null,
          client_id: next?.clientId ?? null,
          campaign_id: next?.campaignId ?? null,
          lead_id: next?.leadId ?? null,
          since: ms(next?.startedAt ?? change.presence.lastSeenAt ?? Temporal.Now.instant()),
          last_seen_at: change.presence.lastSeenAt ? ms(change.presence.lastSeenAt) : null,
          stop_after: change.presence.stopAfter ? JSON.stringify(change.presence.stopAfter) : null,
        };
        if (before.version === null) {
          const inserted = await trx
            .insertInto('agent_presence')
            .values({ user_id: userId, organization_id: organizationId, ...values, version: 1 })
            .onConflict((oc) => oc.column('user_id').doNothing())
            .executeTakeFirst();
          if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
        } else {
          const updated = await trx
            .updateTable('agent_presence')
            .set({ ...values, version: before.version + 1 })
            .where('user_id', '=', userId)
            .where('version', '=', before.version)
            .executeTakeFirst();
          if (Number(updated.numUpdatedRows) === 0) return false;
        }
        for (const closed of change.closed) {
          const endedAt = closed.endedAt ?? closed.startedAt;
          const empty = endedAt.epochMilliseconds <= closed.startedAt.epochMilliseconds;
          if (sameInterval(closed, previous)) {
            // The open row is the previous state: closed where it ended, dropped when it lasted 0 s.
            if (empty)
              await trx
                .deleteFrom('agent_state_intervals')
                .where('user_id', '=', userId)
                .where('ended_at', 'is', null)
                .execute();
            else
              await trx
                .updateTable('agent_state_intervals')
                .set({ ended_at: ms(endedAt) })
                .where('user_id', '=', userId)
                .where('ended_at', 'is', null)
                .execute();
          } else if (!empty && closed.state !== 'logged_out') {
            await trx
              .insertInto('agent_state_intervals')
              .values(intervalValues(organizationId, userId, closed, ms(endedAt)))
              .execute();
          }
        }
        if (next && next.state !== 'logged_out' && !sameInterval(next, previous)) {
          await trx
            .insertInto('agent_state_intervals')
            .values(intervalValues(organizationId, userId, next, null))
            .execute();
        }
        return true;
      });
    },

    /** The setter's intervals that overlap [from, to), oldest first. */
    async intervals(userId: number, from: Temporal.Instant, to: Temporal.Instant): Promise<StateInterval[]> {
      const rows = await db
        .selectFrom('agent_state_intervals')
        .selectAll()
        .where('user_id', '=', userId)
        .where('started_at', '<', ms(to))
        .where((eb) => eb.or([eb('ended_at', 'is', null), eb('ended_at', '>', ms(from))]))
        .orderBy('started_at')
        .orderBy('id')
        .execute();
      return rows.map(intervalRowToInterval);
    },

    /** Every interval of the organization's users that overlaps [from, to), by user. */
    async organizationIntervals(
      organizationId: number,
      from: Temporal.Instant,
      to: Temporal.Instant,
    ): Promise<Map<number, StateInterval[]>> {
      const rows = await db
        .selectFrom('agent_state_intervals')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('started_at', '<', ms(to))
        .where((eb) => eb.or([eb('ended_at', 'is', null), eb('ended_at', '>', ms(from))]))
        .orderBy('started_at')
        .orderBy('id')
        .execute();
      const byUser = new Map<number, StateInterval[]>();
      for (const row of rows) {
        const list = byUser.get(row.user_id) ?? [];
        list.push(intervalRowToInterval(row));
        byUser.set(row.user_id, list);
      }
      return byUser;
    },

    /** Every active setter of the organization with their stored presence, by name. */
    async floor(organizationId: number): Promise<FloorRow[]> {
      const rows = await db
        .selectFrom('users as u')
        .leftJoin('agent_presence as p', 'p.user_id', 'u.id')
        .leftJoin('campaigns as c', 'c.id', 'p.campaign_id')
        .select([
          'u.id as userId',
          'u.name as name',
          'c.name as campaignName',
          'p.user_id',
          'p.organization_id',
          'p.state',
          'p.reason_key',
          'p.client_id',
          'p.campaign_id',
          'p.lead_id',
          'p.since',
          'p.last_seen_at',
          'p.stop_after',
          'p.version',
        ])
        .where('u.organization_id', '=', organizationId)
        .where('u.active', '=', 1)
        .where((eb) => eb.or([eb('u.role', '=', 'setter'), eb('p.user_id', 'is not', null)]))
        .orderBy('u.name')
        .execute();
      return rows.map((r) => ({
        userId: r.userId,
        name: r.name,
        campaignName: r.campaignName ?? null,
        presence: presenceRowToPresence(
          r.user_id === null ? undefined : (r as unknown as Selectable<AgentPresenceTable>),
        ),
      }));
    },

    async limits(organizationId: number): Promise<PresenceLimits> {
      const row = await db
        .selectFrom('agent_settings')
        .select(['wrap_up_seconds', 'idle_timeout_seconds'])
        .where('organization_id', '=', organizationId)
        .executeTakeFirst();
      return {
        wrapUpSeconds: row ? Number(row.wrap_up_seconds) : agentStateDefaults.wrapUpSeconds,
        idleTimeoutSeconds: row ? Number(row.idle_timeout_seconds) : agentStateDefaults.idleTimeoutSeconds,
      };
    },

    async saveLimits(organizationId: number, limits: PresenceLimits, now: Temporal.Instant): Promise<void> {
      const values = {
        wrap_up_seconds: limits.wrapUpSeconds,
        idle_timeout_seconds: limits.idleTimeoutSeconds,
        updated_at: ms(now),
      };
      await db
        .insertInto('agent_settings')
        .values({ organization_id: organizationId, ...values })
        .onConflict((oc) => oc.column('organization_id').doUpdateSet(values))
        .execute();
    },

    /** The organization's reasons in order; none saved yet: the product's defaults. */
    async pauseReasons(organizationId: number): Promise<PauseReason[]> {
      const rows = await db
        .selectFrom('agent_pause_reasons')
        .select(['key', 'label', 'active'])
        .where('organization_id', '=', organizationId)
        .orderBy('position')
        .execute();
      if (rows.length === 0) return defaultPauseReasons.map((r) => ({ ...r }));
      return rows.map((r) => ({ key: r.key, label: r.label, active: Number(r.active) === 1 }));
    },

    async savePauseReasons(organizationId: number, reasons: readonly PauseReason[]): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('agent_pause_reasons').where('organization_id', '=', organizationId).execute();
        await trx
          .insertInto('agent_pause_reasons')
          .values(
            reasons.map((r, position) => ({
              organization_id: organizationId,
              key: r.key,
              label: r.label?.trim() || null,
              active: r.active ? 1 : 0,
              position,
            })),
          )
          .execute();
      });
    },
  };
}

function intervalValues(
  organizationId: number,
  userId: number,
  interval: StateInterval,
  endedAt: number | null,
) {
  return {
    organization_id: organizationId,
    user_id: userId,
    state: interval.state,
    reason_key: interval.reasonKey,
    client_id: interval.clientId,
    campaign_id: interval.campaignId,
    lead_id: interval.leadId,
    started_at: ms(interval.startedAt),
    ended_at: endedAt,
  };
}

export type AgentStatesRepository = ReturnType<typeof createAgentStatesRepository>;
