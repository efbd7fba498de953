import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, chown, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { findFreePort } from './free-port.ts';

/** A throw-away PostgreSQL server: data lives in a temp dir, durability is off, nothing survives stop(). */
export type PostgresServer = {
  /** Superuser URL, e.g. `postgres://postgres@127.0.0.1:54321/postgres` (trust auth, loopback only). */
  adminUrl: string;
  stop(): Promise<void>;
};

const postgresRoot = '/usr/lib/postgresql';
const isRoot = process.getuid?.() === 0;

/** The newest installed server's bin directory (Debian puts each major version side by side). */
async function findPostgresBin(): Promise<string> {
  const versions = existsSync(postgresRoot) ? await readdir(postgresRoot) : [];
  const bins = versions
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(postgresRoot, version, 'bin'))
    .filter((bin) => existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl')));
  const bin = bins[0];
  if (!bin) {
    throw new Error(
      `No PostgreSQL server under ${postgresRoot}/<version>/bin. Install the Debian package "postgresql" ` +
        '(npm test does it when run as root) or set SETTERDESK_TEST_POSTGRES_URL to an existing server.',
    );
  }
  return bin;
}

const shellQuote = (value: string): string => `'${value.replaceAll("'", `'\\''`)}'`;

/** PostgreSQL refuses to run as root, so as root every server command runs as the `postgres` user. */
function asServerUser(command: string, args: string[]): [string, string[]] {
  if (!isRoot) return [command, args];
  const runuser = ['/usr/sbin/runuser', '/sbin/runuser'].find((path) => existsSync(path));
  if (runuser) return [runuser, ['-u', 'postgres', '--', command, ...args]];
  return ['su', ['postgres', '-s', '/bin/sh', '-c', [command, ...args].map(shellQuote).join(' ')]];
}

function runAsServerUser(command: string, args: string[], cwd: string): Promise<void> {
  const [file, fileArgs] = asServerUser(command, args);
  return new Promise((resolve, reject) => {
    const child = spawn(file, fileArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    // 'exit', not 'close': the daemonized server may inherit the pipes and keep them open.
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output}`)),
    );
  });
}

function postgresUserIds(): { uid: number; gid: number } {
  const id = (flag: string): number =>
    Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout);
  const uid = id('-u');
  const gid = id('-g');
  if (!uid || !gid)
    throw new Error('Running as root needs the `postgres` user (the Debian package creates it)');
  return { uid, gid };
}

/** Settings for speed, not safety: the data is thrown away after the run. */
function serverSettings(port: number, socketDir: string): string {
  const settings: Record<string, string> = {
    port: String(port),
    listen_addresses: "'127.0.0.1'",
    unix_socket_directories: `'${socketDir}'`,
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    max_connections: '200',
  };
  return `\n${Object.entries(settings)
    .map(([key, value]) => `${key} = ${value}`)
    .join('\n')}\n`;
}

async function waitUntilAcceptingConnections(adminUrl: string, timeoutMs = 30_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: adminUrl });
    try {
      await client.connect();
      await client.query('select 1');
      return;
    } catch (error) {
      if (performance.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

/** Starts a fresh server on a free loopback port and resolves once it accepts connections. */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = await findPostgresBin();
  const dir = await mkdtemp(join(tmpdir(), 'setterdesk-pg-'));
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'postgres.log');
  const pgCtl = join(bin, 'pg_ctl');
  const stopSync = (): void => {
    const [file, args] = asServerUser(pgCtl, ['-D', dataDir, 'stop', '-m', 'immediate']);
    spawnSync(file, args, { cwd: dir, stdio: 'ignore' });
    spawnSync('rm', ['-rf', dir], { stdio: 'ignore' });
  };
  // Last resort when the run is interrupted before teardown: never leave a server behind.
  process.once('exit', stopSync);
  try {
    if (isRoot) {
      const { uid, gid } = postgresUserIds();
      await chown(dir, uid, gid);
    }
    const initdbArgs = [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ];
    await runAsServerUser(join(bin, 'initdb'), initdbArgs, dir);
    const port = await findFreePort();
    await appendFile(join(dataDir, 'postgresql.conf'), serverSettings(port, dir));
    await runAsServerUser(pgCtl, ['-D', dataDir, '-l', logFile, '-w', '-t', '60', 'start'], dir);
    const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
    await waitUntilAcceptingConnections(adminUrl);
    return {
      adminUrl,
      async stop() {
        process.removeListener('exit', stopSync);
        await runAsServerUser(pgCtl, ['-D', dataDir, 'stop', '-m', 'immediate'], dir).catch(() => undefined);
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    const log = await readFile(logFile, 'utf8').catch(() => '(no server log)');
    process.removeListener('exit', stopSync);
    stopSync();
    throw new Error(
      `Could not start a test PostgreSQL server: ${String(error)}\n--- server log ---\n${log}`,
      {
        cause: error,
      },
    );
  }
}
