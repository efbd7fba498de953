import type { Kysely } from 'kysely';

// Row problems keep a stable code and its params beside the English reason, so that a screen
// shows them in the reader's language. An appointment keeps the rep's own notes with who wrote
// them last and when; every saved version is also in the lead's event log.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('import_rejects').addColumn('code', 'text').execute();
  await db.schema.alterTable('import_rejects').addColumn('params', 'text').execute();
  await db.schema.alterTable('appointments').addColumn('rep_notes', 'text').execute();
  await db.schema
    .alterTable('appointments')
    .addColumn('rep_notes_by_user_id', 'integer', (c) => c.references('users.id'))
    .execute();
  await db.schema.alterTable('appointments').addColumn('rep_notes_at', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('appointments').dropColumn('rep_notes_at').execute();
  await db.schema.alterTable('appointments').dropColumn('rep_notes_by_user_id').execute();
  await db.schema.alterTable('appointments').dropColumn('rep_notes').execute();
  await db.schema.alterTable('import_rejects').dropColumn('params').execute();
  await db.schema.alterTable('import_rejects').dropColumn('code').execute();
}
