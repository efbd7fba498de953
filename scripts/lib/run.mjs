// Child processes and step banners shared by `npm start` and `npm test`.
import { spawn } from 'node:child_process';
import { repoRoot } from './paths.mjs';

/**
 * Runs a command to completion and resolves with its exit code (never rejects on a non-zero code).
 * stdin is not inherited by default: CI runs without one and nothing here is interactive.
 */
export function run(command, args, options = {}) {
  const { env, stdin = 'ignore' } = options;
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      env: env ? { ...process.env, ...env } : process.env,
      stdio: [stdin, 'inherit', 'inherit'],
    });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Human duration: `850ms`, `12.3s`, `2m 05s`. */
export function formatDuration(milliseconds) {
  if (milliseconds < 1000) return `${Math.round(milliseconds)}ms`;
  const seconds = milliseconds / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m ${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
}

export function banner(text) {
  const line = '='.repeat(Math.max(60, text.length + 4));
  console.log(`\n${line}\n  ${text}\n${line}`);
}

/** Runs `action` (resolving to an exit code) under a banner and reports its duration. */
export async function step(name, action) {
  banner(`▶ ${name}`);
  const startedAt = performance.now();
  const code = await action();
  const elapsed = formatDuration(performance.now() - startedAt);
  console.log(code === 0 ? `✔ ${name} (${elapsed})` : `✘ ${name} failed with exit code ${code} (${elapsed})`);
  return { name, code, elapsed };
}
