import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, type KyselyPlugin, PostgresDialect, type RootOperationNode, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface AppDatabase {
  db: Kysely<Database>;
  dialect: DialectName;
  /** A human description without secrets, for logs. */
  description: string;
  /** The driver underneath, for bulk paths only (imports): SQLite's handle or PostgreSQL's pool. */
  raw: { dialect: 'sqlite'; sqlite: SqliteDatabase.Database } | { dialect: 'postgres'; pool: pg.Pool };
  /**
   * Called with every statement the app runs through Kysely, in transactions too (not their
   * begin and commit): how tests count a request's statements. Null: nobody listens.
   */
  statements: { listener: ((query: RootOperationNode) => void) | null };
  destroy(): Promise<void>;
}

/**
 * A plugin telling `statements.listener` of each statement run. A query's node is seen when it
 * is compiled (also for subqueries built inside it); only those whose result comes back ran.
 */
function statementObserver(statements: AppDatabase['statements']): KyselyPlugin {
  const compiled = new WeakMap<object, RootOperationNode>();
  return {
    transformQuery(args) {
      if (statements.listener) compiled.set(args.queryId, args.node);
      return args.node;
    },
    async transformResult(args) {
      const node = compiled.get(args.queryId);
      if (node) statements.listener?.(node);
      return args.result;
    },
  };
}

const INT8_OID = 20;

/**
 * Opens the database a `DATABASE_URL` names: `file:<path>` (SQLite, the default) or
 * `postgres://…`. The only place the two drivers are told apart at run time.
 *
 * @example
 * const { db } = createDatabase('file:./data/setterdesk.db');
 */
export function createDatabase(url: string): AppDatabase {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return createPostgres(url);
  if (url.startsWith('file:')) return createSqlite(url.slice('file:'.length));
  throw new Error(`DATABASE_URL must start with file: or postgres:// (got "${url.split(':')[0]}:")`);
}

function createSqlite(path: string): AppDatabase {
  const inMemory = path === ':memory:' || path === '';
  const file = inMemory ? ':memory:' : resolve(path);
  if (!inMemory) mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 10000');
  // 64 MB of page cache (default 2 MB) and a checkpoint every 40 MB of log (default 4 MB): a bulk
  // import dirties pages all over the phone and email indexes, and every checkpoint syncs the file.
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('wal_autocheckpoint = 10000');
  const statements: AppDatabase['statements'] = { listener: null };
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    plugins: [statementObserver(statements)],
  });
  return {
    db,
    statements,
    dialect: 'sqlite',
    description: `SQLite ${file}`,
    raw: { dialect: 'sqlite', sqlite },
    destroy: () => db.destroy(),
  };
}

function createPostgres(url: string): AppDatabase {
  const parsed = new URL(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(parsed.searchParams.get('pool') ?? 10),
    // Counts and epoch-millisecond instants are bigint: read them as numbers (safe below 2^53).
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection the server drops (a restart, a failover, an administrator's terminate) is
  // discarded by the pool and replaced on the next query; without a listener its 'error' event
  // would crash the process instead.
  pool.on('error', () => undefined);
  const statements: AppDatabase['statements'] = { listener: null };
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [statementObserver(statements)],
  });
  return {
    db,
    statements,
    dialect: 'postgres',
    description: `PostgreSQL ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`,
    raw: { dialect: 'postgres', pool },
    destroy: () => db.destroy(),
  };
}

/**
 * SQLite plans each statement text once: Kysely prepares on every query, and planning a query
 * costs more than running it on an index. A statement still being iterated is not shared.
 */
function withStatementCache(sqlite: SqliteDatabase.Database) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      const cached = cache.get(text);
      if (cached && !cached.busy) return cached;
      const statement = sqlite.prepare(text);
      if (cache.size >= 1000) cache.clear();
      cache.set(text, statement);
      return statement;
    },
  };
}
