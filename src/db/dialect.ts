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

/**
 * The values of one column of a subquery as one JSON array, in the subquery's order: a record's
 * child keys (a campaign's lists, a user's clients) read in the same statement as the record.
 * Read the result with `numbersOf`.
 *
 * @example
 * db.selectFrom('campaigns').select((eb) =>
 *   numberArrayFrom(dialect, eb.selectFrom('campaign_lists').select('list_id').whereRef(…).orderBy('position'), 'list_id').as('list_ids'))
 */
export function numberArrayFrom(
  dialect: DialectName,
  // biome-ignore lint/suspicious/noExplicitAny: any subquery of any tables, selecting `column`.
  query: SelectQueryBuilder<any, any, any>,
  column: string,
): RawBuilder<unknown> {
  return dialect === 'postgres'
    ? sql`(select coalesce(json_agg(agg.${sql.ref(column)}), '[]'::json) from (${query}) as agg)`
    : sql`(select coalesce(json_group_array(agg.${sql.ref(column)}), '[]') from (${query}) as agg)`;
}

/** A JSON array of numbers as either driver gives it back: text (SQLite) or parsed (PostgreSQL). */
export function numbersOf(value: unknown): number[] {
  const array = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(array) ? array.map(Number) : [];
}

/** The dialect behind a Kysely instance, for code handed only the instance (CLI, seeds, benches). */
export function dialectOfDb(db: { getExecutor(): { adapter: object } }): DialectName {
  return db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres') ? 'postgres' : 'sqlite';
}

/**
 * `column IN (ids)` with the ids as ONE bound parameter (a JSON array on SQLite, an integer array
 * on PostgreSQL): the statement text is the same for any number of ids, so it is prepared once.
 */
export function inNumberList(
  dialect: DialectName,
  column: string,
  ids: readonly number[],
): RawBuilder<boolean> {
  return dialect === 'postgres'
    ? sql<boolean>`${sql.ref(column)} = any(${[...ids]}::bigint[])`
    : sql<boolean>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(ids)}))`;
}

/** The place of `column`'s value in `ids` (first: 1), one bound parameter; to order by a given list. */
export function positionIn(dialect: DialectName, column: string, ids: readonly number[]): RawBuilder<number> {
  return dialect === 'postgres'
    ? sql<number>`array_position(${[...ids]}::bigint[], ${sql.ref(column)}::bigint)`
    : sql<number>`(select key from json_each(${JSON.stringify(ids)}) where value = ${sql.ref(column)})`;
}
