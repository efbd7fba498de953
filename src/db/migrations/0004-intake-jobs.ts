import type { Kysely } from 'kysely';
import { dialectOf, withId } from './migration-helpers.ts';

// Lead intake at scale: imports as resumable jobs with their rejected rows and deferred updates,
// lists that stay hidden until their import finishes, mapping templates per client, do-not-call
// lists with source and date, web-form intake keys per client, idempotent lead batches.
export async function up(db: Kysely<unknown>): Promise<void> {
  const d = dialectOf(db);
  const table = (name: string) => withId(d, db.schema.createTable(name));
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

  await table('import_jobs')
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('list_id', 'integer', (c) => c.references('lead_lists.id'))
    .addColumn('created_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('dry_run', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('file_path', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_size', 'bigint', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('format', 'text')
    .addColumn('headers', 'text')
    .addColumn('checkpoint_row', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('bytes_read', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('imported', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('duplicates', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('invalid', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('dnc', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('warnings', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('conflicts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('error_field', 'text')
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'bigint')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('started_at', 'bigint')
    .addColumn('finished_at', 'bigint')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('import_jobs_client_idx')
    .on('import_jobs')
    .columns(['client_id', 'created_at'])
    .execute();
  await db.schema.createIndex('import_jobs_status_idx').on('import_jobs').columns(['status']).execute();

  await table('import_rejects')
    .addColumn('job_id', 'integer', (c) => c.notNull().references('import_jobs.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('lead_id', 'integer')
    .addColumn('cells', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('import_rejects_job_idx')
    .on('import_rejects')
    .columns(['job_id', 'kind', 'row_number'])
    .execute();

  await table('import_updates')
    .addColumn('job_id', 'integer', (c) => c.notNull().references('import_jobs.id'))
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id'))
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('import_updates_job_idx').on('import_updates').columns(['job_id']).execute();

  await addColumns('lead_lists', [
    ['status', 'text', 'ready'],
    ['import_job_id', 'integer', null],
  ]);

  await table('mapping_templates')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('created_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mapping_templates_client_name_unique')
    .on('mapping_templates')
    .columns(['client_id', 'name'])
    .unique()
    .execute();

  await table('dnc_lists')
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('client_id', 'integer', (c) => c.references('clients.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('list_date', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('entry_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await addColumns('dnc_entries', [['dnc_list_id', 'integer', null]]);
  await db.schema
    .createIndex('dnc_entries_client_phone_idx')
    .on('dnc_entries')
    .columns(['client_id', 'phone'])
    .execute();

  await addColumns('clients', [['intake_key_hash', 'text', null]]);

  await table('lead_batches')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('lead_batches_user_key_unique')
    .on('lead_batches')
    .columns(['user_id', 'idempotency_key'])
    .unique()
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('This migration cannot be undone: restore a backup instead.');
}
