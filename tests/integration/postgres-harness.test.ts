import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createTestDatabaseUrl,
  type Dialect,
  dialects,
  dropTestDatabases,
} from '../support/test-databases.ts';

/** Runs one statement on the database behind a test URL and returns the first row. */
const queryFirstRow: Record<Dialect, (url: string, sql: string) => Promise<Record<string, unknown>>> = {
  async sqlite(url, sql) {
    const database = new Database(url.slice('file:'.length));
    try {
      const statement = database.prepare<[], Record<string, unknown>>(sql);
      if (statement.reader) return statement.get() ?? {};
      statement.run();
      return {};
    } finally {
      database.close();
    }
  },
  async postgres(url, sql) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const result = await client.query<Record<string, unknown>>(sql);
      return result.rows[0] ?? {};
    } finally {
      await client.end();
    }
  },
};

afterAll(dropTestDatabases);

describe('test databases', () => {
  it('sqlite: a fresh file database answers select 1', async () => {
    const url = await createTestDatabaseUrl('sqlite');
    expect(url).toMatch(/^file:\/.+\.db$/);
    expect(await queryFirstRow.sqlite(url, 'select 1 as one')).toEqual({ one: 1 });
  });

  it('postgres: a fresh sd_test_ database on the run server answers select version()', async () => {
    const url = await createTestDatabaseUrl('postgres');
    expect(new URL(url).pathname).toMatch(/^\/sd_test_[0-9a-f]{12}$/);
    const row = await queryFirstRow.postgres(url, 'select version() as version, current_database() as name');
    expect(row.version).toMatch(/^PostgreSQL \d+/);
    expect(`/${String(row.name)}`).toBe(new URL(url).pathname);
  });

  it.each(dialects)(
    '%s: a table created in one test database is absent from the next one',
    async (dialect) => {
      const query = queryFirstRow[dialect];
      const first = await createTestDatabaseUrl(dialect);
      const second = await createTestDatabaseUrl(dialect);
      expect(second).not.toBe(first);
      await query(first, 'create table probe (id integer primary key)');
      const tableCount = (url: string): Promise<Record<string, unknown>> =>
        query(
          url,
          dialect === 'sqlite'
            ? "select count(*) as count from sqlite_master where name = 'probe'"
            : "select count(*)::int as count from information_schema.tables where table_name = 'probe'",
        );
      expect(await tableCount(first)).toEqual({ count: 1 });
      expect(await tableCount(second)).toEqual({ count: 0 });
    },
  );
});
