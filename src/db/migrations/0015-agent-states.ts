import type { Kysely } from 'kysely';
import { dialectOf, withId } from './migration-helpers.ts';

// A setter's time (docs/decisions/0013-agent-states-and-time-attribution.md): every stretch of one
// state with its start and end (instants in ms, whole seconds) and the lead, campaign and client
// worked; the current state beside the last heartbeat and a pending "stop after this lead"; an
// organization's pause reasons (no rows: the product's defaults, named in the reader's language)
// and its agent settings (missing keys: the defaults).
export async function up(db: Kysely<unknown>): Promise<void> {
  const d = dialectOf(db);
  await withId(d, db.schema.createTable('agent_state_intervals'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('reason_key', 'text')
    .addColumn('client_id', 'integer', (c) => c.references('clients.id'))
    .addColumn('campaign_id', 'integer', (c) => c.references('campaigns.id'))
    .addColumn('lead_id', 'integer', (c) => c.references('leads.id'))
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('ended_at', 'bigint')
    .execute();
  // A setter's day (GET /api/agent/today) and every report over a period read by user and start.
  await db.schema
    .createIndex('agent_state_intervals_user_started_idx')
    .on('agent_state_intervals')
    .columns(['user_id', 'started_at'])
    .execute();
  await db.schema
    .createIndex('agent_state_intervals_org_started_idx')
    .on('agent_state_intervals')
    .columns(['organization_id', 'started_at'])
    .execute();

  await db.schema
    .createTable('agent_presence')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('reason_key', 'text')
    .addColumn('client_id', 'integer')
    .addColumn('campaign_id', 'integer')
    .addColumn('lead_id', 'integer')
    .addColumn('since', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint')
    .addColumn('stop_after', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('agent_presence_org_idx')
    .on('agent_presence')
    .columns(['organization_id', 'state'])
    .execute();

  await withId(d, db.schema.createTable('agent_pause_reasons'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addUniqueConstraint('agent_pause_reasons_org_key_unique', ['organization_id', 'key'])
    .execute();

  await db.schema
    .createTable('agent_settings')
    .addColumn('organization_id', 'integer', (c) => c.primaryKey().references('organizations.id'))
    .addColumn('wrap_up_seconds', 'integer', (c) => c.notNull())
    .addColumn('idle_timeout_seconds', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('agent_settings').execute();
  await db.schema.dropTable('agent_pause_reasons').execute();
  await db.schema.dropTable('agent_presence').execute();
  await db.schema.dropTable('agent_state_intervals').execute();
}
