import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';

/** Every persistence suite runs once per dialect the product supports. */
export const dialects = ['sqlite', 'postgres'] as const;
export type Dialect = (typeof dialects)[number];

const createdPostgresDatabases: string[] = [];
const createdSqliteDirectories: string[] = [];

function requirePostgresAdminUrl(): string {
  const adminUrl = inject('postgresAdminUrl');
  if (!adminUrl) {
    throw new Error(
      'No PostgreSQL server in this run: PostgreSQL test databases exist only in the integration project, ' +
        'whose globalSetup (tests/support/postgres-global-setup.ts) starts one.',
    );
  }
  return adminUrl;
}

async function withAdminClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function createSqliteUrl(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'setterdesk-sqlite-'));
  createdSqliteDirectories.push(directory);
  return `file:${join(directory, 'test.db')}`;
}

async function createPostgresUrl(): Promise<string> {
  const adminUrl = requirePostgresAdminUrl();
  // Generated from hex only, so safe to splice into the statement (identifiers cannot be bound).
  const name = `sd_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(adminUrl, (client) => client.query(`create database ${name}`));
  createdPostgresDatabases.push(name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A URL to a brand-new, empty database of the dialect, in the form the app reads from DATABASE_URL:
 * `file:/tmp/…/test.db` for SQLite, `postgres://…/sd_test_<random>` for PostgreSQL.
 */
export function createTestDatabaseUrl(dialect: Dialect): Promise<string> {
  switch (dialect) {
    case 'sqlite':
      return createSqliteUrl();
    case 'postgres':
      return createPostgresUrl();
    default: {
      const unknown: never = dialect;
      throw new Error(`Unknown dialect ${String(unknown)}`);
    }
  }
}

/**
 * Removes every database this test file created. Call it from `afterAll` after closing connections;
 * PostgreSQL databases still in use are dropped anyway (`with (force)`).
 */
export async function dropTestDatabases(): Promise<void> {
  const postgresNames = createdPostgresDatabases.splice(0);
  if (postgresNames.length > 0) {
    await withAdminClient(requirePostgresAdminUrl(), async (client) => {
      for (const name of postgresNames) await client.query(`drop database if exists ${name} with (force)`);
    });
  }
  const directories = createdSqliteDirectories.splice(0);
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
}
