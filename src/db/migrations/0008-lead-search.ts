import { type Kysely, sql } from 'kysely';
import { dialectOf } from './migration-helpers.ts';

// The incoming-call search finds a lead as the setter types: by the start of a first name, last
// name, company or email, case-insensitively, within a client. Each is an index on
// (client_id, lower(column)) read as a range, so a search stays a few short index reads with a
// million leads. The name indexes carry the other name too: "john smi" reads the Johns of the
// first-name index and filters them on the last name inside the index, without visiting rows.
// PostgreSQL orders these indexes byte-wise ("C"): a prefix range is then exact whatever the
// database's collation, and the search compares with the same collation so the index serves it.
// Phones need no new index: leads(client_id, phone) already serves an E.164 prefix range.

const searchIndexes = [
  ['leads_client_first_name_search_idx', ['first_name', 'last_name']],
  ['leads_client_last_name_search_idx', ['last_name', 'first_name']],
  ['leads_client_company_search_idx', ['company']],
  ['leads_client_email_search_idx', ['email']],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const collate = dialectOf(db) === 'postgres' ? sql.raw(' collate "C"') : sql.raw('');
  for (const [name, columns] of searchIndexes) {
    const keys = columns.map((column) => sql`lower(${sql.id(column)})${collate}`);
    await sql`create index ${sql.id(name)} on leads (client_id, ${sql.join(keys)})`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [name] of searchIndexes) await sql`drop index ${sql.id(name)}`.execute(db);
}
