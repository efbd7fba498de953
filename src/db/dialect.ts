import type { SelectQueryBuilder } from 'kysely';
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
