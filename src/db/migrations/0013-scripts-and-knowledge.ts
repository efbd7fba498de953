import type { Kysely } from 'kysely';

// A new company version rebases every approved personal variant: the sections both sides changed
// are kept here (JSON: { sectionId, title, mine }[]) with the setter's wording, waiting for review,
// while the variant (status 'needs_rebase') reads the company wording there.
// The objection library also holds the product knowledge a setter answers questions with: each
// entry has a kind, 'objection' (every entry so far), 'question' or 'fact'.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('script_variants')
    .addColumn('conflicts', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('objections')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('objection'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('objections').dropColumn('kind').execute();
  await db.schema.alterTable('script_variants').dropColumn('conflicts').execute();
}
