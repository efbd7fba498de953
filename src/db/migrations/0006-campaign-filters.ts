import type { Kysely } from 'kysely';

// A campaign's lead filters (state, postal prefix, area code, status, source, custom fields),
// applied by the queue together with its sort keys; its retry policy (gaps, attempt caps, rotation); calls per phone over a rolling 24 hours
// (state call caps count every campaign and client) read through an index.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('campaigns')
    .addColumn('filters', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('campaigns')
    .addColumn('retry_policy', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema
    .createIndex('call_attempts_phone_started_idx')
    .on('call_attempts')
    .columns(['phone', 'started_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('This migration cannot be undone: restore a backup instead.');
}
