// Builds the web app into web/dist, or tells whether the existing build is older than its sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { localBin, repoPath } from './paths.mjs';
import { run } from './run.mjs';

const viteConfig = repoPath('web', 'vite.config.ts');
const builtIndex = repoPath('web', 'dist', 'index.html');
const sources = [
  repoPath('web', 'src'),
  repoPath('web', 'index.html'),
  repoPath('web', 'public'),
  viteConfig,
  repoPath('src', 'contracts'),
];

function newestModification(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs; // a deleted file only shows in its directory's time
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

export function hasWebApp() {
  return existsSync(viteConfig);
}

export function isWebBuildStale() {
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  return sources.some((source) => newestModification(source) > builtAt);
}

/** Resolves with vite's exit code, or 0 with a note while the web app has no vite config yet. */
export async function buildWebApp() {
  if (!hasWebApp()) {
    console.log('Note: web/vite.config.ts does not exist yet, skipping the web build.');
    return 0;
  }
  return run(localBin('vite'), ['build', '--config', 'web/vite.config.ts']);
}

/** Builds only when web/dist is missing or older than its sources. */
export async function ensureWebBuild() {
  if (hasWebApp() && !isWebBuildStale()) {
    console.log('web/dist is up to date.');
    return 0;
  }
  return buildWebApp();
}
