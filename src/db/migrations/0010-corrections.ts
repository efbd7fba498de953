import type { Kysely } from 'kysely';
import { dialectOf, withId } from './migration-helpers.ts';

// Corrections with an audit trail. An undone call stays in call_attempts, marked undone (who and
// when), and counts nowhere; every correction of a call, an appointment or a do-not-call entry keeps
// its before and after, who, when and why in `corrections`.
export async function up(db: Kysely<unknown>): Promise<void> {
  const d = dialectOf(db);
  await db.schema.alterTable('call_attempts').addColumn('undone_at', 'bigint').execute();
  await db.schema
    .alterTable('call_attempts')
    .addColumn('undone_by_user_id', 'integer', (c) => c.references('users.id'))
    .execute();
  await withId(d, db.schema.createTable('corrections'))
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id'))
    .addColumn('actor_user_id', 'integer', (c) => c.notNull().references('users.id'))
    // 'attempt' | 'appointment' | 'dnc'
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'integer')
    // 'undo' | 'edit' | 'status' | 'outcome' | 'lift'
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('before', 'text', (c) => c.notNull())
    .addColumn('after', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('corrections_lead_idx')
    .on('corrections')
    .columns(['lead_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('corrections').execute();
  await db.schema.alterTable('call_attempts').dropColumn('undone_by_user_id').execute();
  await db.schema.alterTable('call_attempts').dropColumn('undone_at').execute();
}
