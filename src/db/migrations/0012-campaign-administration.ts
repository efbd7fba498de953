import type { Kysely } from 'kysely';
import { dialectOf, withId } from './migration-helpers.ts';

// Campaign administration: who paused a campaign and when; the setters a campaign is assigned to
// (none: every setter of its client); a change log of its settings; small per-user preferences
// (the client last chosen); calls of a campaign per day read through an index (its progress).
export async function up(db: Kysely<unknown>): Promise<void> {
  const d = dialectOf(db);
  await db.schema
    .alterTable('campaigns')
    .addColumn('paused_by_user_id', 'integer', (c) => c.references('users.id'))
    .execute();
  await db.schema.alterTable('campaigns').addColumn('paused_at', 'bigint').execute();

  await db.schema
    .createTable('campaign_setters')
    .addColumn('campaign_id', 'integer', (c) => c.notNull().references('campaigns.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('campaign_setters_pk', ['campaign_id', 'user_id'])
    .execute();

  await withId(d, db.schema.createTable('campaign_changes'))
    .addColumn('campaign_id', 'integer', (c) => c.notNull().references('campaigns.id'))
    .addColumn('actor_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('campaign_changes_campaign_idx')
    .on('campaign_changes')
    .columns(['campaign_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('user_preferences')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_preferences_pk', ['user_id', 'key'])
    .execute();

  await db.schema
    .createIndex('call_attempts_campaign_started_idx')
    .on('call_attempts')
    .columns(['campaign_id', 'started_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('This migration cannot be undone: restore a backup instead.');
}
