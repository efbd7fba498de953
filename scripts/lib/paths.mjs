// Locations every developer script agrees on, resolved from this file so the scripts work from any cwd.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a file inside the repository. */
export function repoPath(...segments) {
  return join(repoRoot, ...segments);
}

/** Absolute path of an executable installed by npm (node_modules/.bin). */
export function localBin(name) {
  return repoPath('node_modules', '.bin', name);
}
