import { type Kysely, sql } from 'kysely';

// Idempotency keys belong to the setter who sends them: unique per (setter, key), no longer across
// the whole table, so one setter's key can never collide with another's. SQLite cannot drop a
// UNIQUE column or constraint without rebuilding the table, so on both dialects the old column is
// renamed aside (keeping its constraint, emptied so it never refuses a row again) and a fresh
// `idempotency_key` column takes over its values under the new index.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('appointments')
    .renameColumn('idempotency_key', 'retired_idempotency_key')
    .execute();
  await db.schema.alterTable('appointments').addColumn('idempotency_key', 'text').execute();
  await sql`update appointments set idempotency_key = retired_idempotency_key, retired_idempotency_key = null`.execute(
    db,
  );
  await db.schema
    .createIndex('appointments_setter_idempotency_unique')
    .on('appointments')
    .columns(['setter_id', 'idempotency_key'])
    .unique()
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('This migration cannot be undone: restore a backup instead.');
}
