import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';

/**
 * The only place migrations branch on the dialect. Migrations are frozen once released and
 * import nothing of the application (docs/decisions/0003-two-sql-dialects.md).
 */
export type MigrationDialect = 'sqlite' | 'postgres';

export function dialectOf(db: Kysely<unknown>): MigrationDialect {
  const adapterName = db.getExecutor().adapter.constructor.name;
  return adapterName.toLowerCase().includes('postgres') ? 'postgres' : 'sqlite';
}

/** An auto-incrementing integer primary key on either dialect. */
export function withId<T extends string>(
  dialect: MigrationDialect,
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, 'id'> {
  return table.addColumn('id', 'integer', (col: ColumnDefinitionBuilder) =>
    dialect === 'postgres'
      ? col.primaryKey().generatedByDefaultAsIdentity()
      : col.primaryKey().autoIncrement(),
  );
}
