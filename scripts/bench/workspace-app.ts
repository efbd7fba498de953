import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const webDist = join(repoRoot, 'web', 'dist');

/** What the built web app is made of: a change to any of them makes web/dist stale. */
const webSources = ['web/src', 'web/index.html', 'web/public', 'web/vite.config.ts', 'src/contracts'];

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  // A deleted file only shows in its directory's time.
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

function isWebBuildStale(): boolean {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return true;
  const builtAt = statSync(index).mtimeMs;
  return webSources.some((source) => newestModification(join(repoRoot, source)) > builtAt);
}

/** Builds web/dist with vite when it is missing or older than its sources; says which it did. */
export async function ensureWebBuild(): Promise<'built' | 'up to date'> {
  if (!isWebBuildStale()) return 'up to date';
  const vite = join(repoRoot, 'node_modules', '.bin', 'vite');
  const child = spawn(vite, ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`vite build exited with code ${code}`);
  return 'built';
}

export interface RunningServer {
  url: string;
  /** The server's clock minus the wall clock: the browser's clock is set the same way. */
  clockOffsetMs: number;
  stop(): Promise<void>;
}

/**
 * The app over the database at `databaseUrl`, serving the built web app at `web` (web/dist), in
 * its own process (as in production, the browser's work and the server's share no event loop).
 */
export async function startWorkspaceServer(
  databaseUrl: string,
  clockStart: string,
  web = webDist,
): Promise<RunningServer> {
  const wallStart = Date.now();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(repoRoot, 'scripts/bench/workspace-server.ts'),
      databaseUrl,
      clockStart,
      String(wallStart),
      web,
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = once(child, 'exit').then(() => {
    throw new Error(`The benchmark server exited (code ${child.exitCode}) before it listened`);
  });
  // Only the race below cares; a later, normal exit must not surface as an unhandled rejection.
  exited.catch(() => undefined);
  const lines = createInterface({ input: child.stdout });
  const [line] = (await Promise.race([once(lines, 'line'), exited])) as [string];
  const { port } = JSON.parse(line) as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    clockOffsetMs: Date.parse(clockStart) - wallStart,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const done = once(child, 'exit');
      child.kill('SIGTERM');
      await done;
    },
  };
}
