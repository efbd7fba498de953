import { type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { DialectName } from './create-database.ts';

/**
 * The small set of run-time differences between SQLite and PostgreSQL that queries need.
 * Everything else is one query for both (docs/decisions/0003-two-sql-dialects.md).
 */

/** Row lock on PostgreSQL; SQLite serializes writers with its database lock, so it needs none. */
export function lockForUpdate<DB, TB extends keyof DB, O>(
  dialect: DialectName,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return dialect === 'postgres' ? query.forUpdate() : query;
}

/** True for a unique-constraint violation on either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * `column IN (values)` with the whole list as ONE bound parameter (a JSON array on SQLite, a
 * text array on PostgreSQL): one prepared statement for any number of keys, no parameter limit.
 */
export function inTextList(
  dialect: DialectName,
  column: string,
  values: readonly string[],
): RawBuilder<boolean> {
  return dialect === 'postgres'
    ? sql<boolean>`${sql.ref(column)} = any(${[...values]}::text[])`
    : sql<boolean>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(values)}))`;
}
