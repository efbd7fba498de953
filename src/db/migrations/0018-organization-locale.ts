import type { Kysely } from 'kysely';

// An organization's language (docs/decisions/0018-organization-locale.md): the words the product
// writes into its data for it — a new client's outcomes and their reasons. Existing ones: 'en'.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('organizations')
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('en'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('organizations').dropColumn('locale').execute();
}
