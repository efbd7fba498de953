import type { Kysely } from 'kysely';
import { dialectOf, withId } from './migration-helpers.ts';

// Reps' territories, overrides and time off; meeting types' reps; the appointment lifecycle
// (invites with sequence numbers, self-service links, outcomes); the mail outbox and the
// durable job table behind reminders.
export async function up(db: Kysely<unknown>): Promise<void> {
  const d = dialectOf(db);
  const table = (name: string) => withId(d, db.schema.createTable(name));
  // SQLite adds one column per ALTER TABLE statement.
  const addColumns = async (
    name: string,
    columns: [string, 'text' | 'integer' | 'bigint', string | number | null][],
  ) => {
    for (const [column, type, fallback] of columns) {
      await db.schema
        .alterTable(name)
        .addColumn(column, type, (c) => (fallback === null ? c : c.notNull().defaultTo(fallback)))
        .execute();
    }
  };

  await addColumns('reps', [
    ['territory', 'text', '{}'],
    ['skills', 'text', '[]'],
    ['feed_token_hash', 'text', null],
  ]);
  await table('rep_date_overrides')
    .addColumn('rep_id', 'integer', (c) => c.notNull().references('reps.id'))
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('intervals', 'text', (c) => c.notNull())
    .addUniqueConstraint('rep_date_overrides_unique', ['rep_id', 'local_date'])
    .execute();
  await table('rep_time_off')
    .addColumn('rep_id', 'integer', (c) => c.notNull().references('reps.id'))
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('ends_at', 'bigint', (c) => c.notNull())
    .addColumn('reason', 'text')
    .execute();
  await db.schema
    .createIndex('rep_time_off_rep_idx')
    .on('rep_time_off')
    .columns(['rep_id', 'ends_at'])
    .execute();

  await addColumns('meeting_types', [
    ['assignment', 'text', 'round_robin'],
    ['required_skills', 'text', '[]'],
    ['active', 'integer', 1],
  ]);
  await db.schema
    .createTable('meeting_type_reps')
    .addColumn('meeting_type_id', 'integer', (c) => c.notNull().references('meeting_types.id'))
    .addColumn('rep_id', 'integer', (c) => c.notNull().references('reps.id'))
    .addPrimaryKeyConstraint('meeting_type_reps_pk', ['meeting_type_id', 'rep_id'])
    .execute();

  await addColumns('leads', [['owner_rep_id', 'integer', null]]);

  await addColumns('appointments', [
    ['sequence', 'integer', 0],
    ['rescheduled_from_id', 'integer', null],
    ['status_reason', 'text', null],
    ['outcome_amount_minor', 'bigint', null],
    ['outcome_currency', 'text', null],
    ['outcome_reason', 'text', null],
    ['self_service_token_hash', 'text', null],
    ['self_service_expires_at', 'bigint', null],
    ['confirmed_at', 'bigint', null],
  ]);
  await db.schema
    .createIndex('appointments_self_service_idx')
    .on('appointments')
    .column('self_service_token_hash')
    .unique()
    .execute();

  await table('slot_holds')
    .addColumn('rep_id', 'integer', (c) => c.notNull().references('reps.id'))
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('blocked_from', 'bigint', (c) => c.notNull())
    .addColumn('blocked_until', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('slot_holds_rep_idx')
    .on('slot_holds')
    .columns(['rep_id', 'expires_at'])
    .execute();

  await table('mail_outbox')
    .addColumn('client_id', 'integer', (c) => c.references('clients.id'))
    .addColumn('appointment_id', 'integer', (c) => c.references('appointments.id'))
    .addColumn('to_addresses', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text')
    .addColumn('ics', 'text')
    .addColumn('ics_method', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('sent_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('mail_outbox_created_idx')
    .on('mail_outbox')
    .columns(['client_id', 'created_at'])
    .execute();

  await table('jobs')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('run_at', 'bigint', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'bigint')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('finished_at', 'bigint')
    .execute();
  await db.schema.createIndex('jobs_due_idx').on('jobs').columns(['status', 'run_at']).execute();
}

export async function down(): Promise<void> {
  throw new Error('This migration cannot be undone: restore a backup instead.');
}
