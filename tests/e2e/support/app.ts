import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '../../support/free-port.ts';

export type RunningApp = {
  /** e.g. `http://127.0.0.1:41234`, no trailing slash. */
  baseUrl: string;
  databaseUrl: string;
  stop(): Promise<void>;
};

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const healthTimeoutMs = 120_000;
const stopTimeoutMs = 10_000;
// Enough of the server's output to explain a failed start without flooding the report.
const keptOutputChars = 20_000;

function captureOutput(child: ChildProcess): () => string {
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-keptOutputChars);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => output;
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function isHealthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
    return response.status === 200 && ((await response.json()) as { status?: unknown }).status === 'ok';
  } catch {
    return false;
  }
}

async function waitUntilHealthy(child: ChildProcess, baseUrl: string, output: () => string): Promise<void> {
  const deadline = performance.now() + healthTimeoutMs;
  while (!(await isHealthy(baseUrl))) {
    if (hasExited(child)) {
      throw new Error(`The app exited (code ${child.exitCode}) before it was ready:\n${output()}`);
    }
    if (performance.now() > deadline) {
      throw new Error(
        `GET ${baseUrl}/api/health did not answer ok within ${healthTimeoutMs / 1000}s:\n${output()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts the real server (`setterdesk start`) on a free port with its own fresh SQLite file, and
 * resolves once `/api/health` answers. Extra `env` overrides the defaults (e.g. a PostgreSQL URL).
 */
export async function startApp(options: { env?: Record<string, string> } = {}): Promise<RunningApp> {
  const directory = await mkdtemp(join(tmpdir(), 'setterdesk-e2e-'));
  const port = await findFreePort();
  const env = {
    ...process.env,
    DATABASE_URL: `file:${join(directory, 'e2e.db')}`,
    PORT: String(port),
    HOST: '127.0.0.1',
    ...options.env,
  };
  const baseUrl = `http://127.0.0.1:${env.PORT}`;
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'setterdesk.mjs'), 'start'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captureOutput(child);
  const stop = async (): Promise<void> => {
    await stopProcess(child);
    await rm(directory, { recursive: true, force: true });
  };
  try {
    await waitUntilHealthy(child, baseUrl, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, databaseUrl: env.DATABASE_URL, stop };
}
