import { type Kysely, sql } from 'kysely';
import { dialectOf, withId } from './migration-helpers.ts';

// Inbound attribution: each client keeps a list of the marketing sources its callers come from
// (a mailer, a coupon, an ad code), matched by a code whose case and spacing do not matter
// (`code_key`). A call records the source the caller named; the lead keeps the first one named.
export async function up(db: Kysely<unknown>): Promise<void> {
  const dialect = dialectOf(db);
  await withId(dialect, db.schema.createTable('marketing_sources'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('code_key', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await sql`create unique index marketing_sources_client_code_idx on marketing_sources (client_id, code_key)`.execute(
    db,
  );
  await db.schema
    .alterTable('leads')
    .addColumn('marketing_source_id', 'integer', (c) => c.references('marketing_sources.id'))
    .execute();
  await db.schema
    .alterTable('call_attempts')
    .addColumn('marketing_source_id', 'integer', (c) => c.references('marketing_sources.id'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('call_attempts').dropColumn('marketing_source_id').execute();
  await db.schema.alterTable('leads').dropColumn('marketing_source_id').execute();
  await db.schema.dropTable('marketing_sources').execute();
}
