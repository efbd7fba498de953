import type { Kysely } from 'kysely';
import { dialectOf, withId } from './migration-helpers.ts';

// Skip moves on: each skip is remembered (who, when, why, until when) so the queue does not serve
// the lead to that setter again before `until_at`; the timeline tells it from the event log.
// A campaign's queue settings (how long a skip lasts, when an overdue personal callback passes to
// anyone) as JSON, missing keys taking the defaults.
export async function up(db: Kysely<unknown>): Promise<void> {
  const d = dialectOf(db);
  await withId(d, db.schema.createTable('lead_skips'))
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id'))
    .addColumn('campaign_id', 'integer', (c) => c.references('campaigns.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('reason', 'text')
    .addColumn('note', 'text')
    .addColumn('skipped_at', 'bigint', (c) => c.notNull())
    .addColumn('until_at', 'bigint', (c) => c.notNull())
    .execute();
  // The lease re-checks "not skipped by this setter" per lead; the empty queue lists a setter's skips.
  await db.schema
    .createIndex('lead_skips_lead_user_idx')
    .on('lead_skips')
    .columns(['lead_id', 'user_id', 'until_at'])
    .execute();
  await db.schema
    .createIndex('lead_skips_user_until_idx')
    .on('lead_skips')
    .columns(['user_id', 'until_at'])
    .execute();

  await db.schema
    .alterTable('campaigns')
    .addColumn('queue_settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('campaigns').dropColumn('queue_settings').execute();
  await db.schema.dropTable('lead_skips').execute();
}
