// Installs npm dependencies when the tree is missing or older than the lockfile.
import { existsSync, statSync, utimesSync } from 'node:fs';
import { aptCommand, aptInstall, aptUnavailableReason, isOnPath } from './apt.mjs';
import { repoPath } from './paths.mjs';
import { run } from './run.mjs';

// npm writes this hidden lockfile after every install: it records what node_modules holds.
const installedMarker = repoPath('node_modules', '.package-lock.json');
const lockfile = repoPath('package-lock.json');
// better-sqlite3 compiles its addon with node-gyp when it cannot download a prebuilt one.
const buildTools = [
  { command: 'python3', debianPackage: 'python3' },
  { command: 'make', debianPackage: 'make' },
  { command: 'g++', debianPackage: 'g++' },
];
const sqliteAddon = repoPath('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

export function npmInstallReason() {
  if (!existsSync(repoPath('node_modules'))) return 'node_modules is missing';
  if (!existsSync(installedMarker)) return 'node_modules was not installed by npm';
  if (existsSync(lockfile) && statSync(lockfile).mtimeMs > statSync(installedMarker).mtimeMs) {
    return 'package-lock.json changed since the last install';
  }
  return undefined;
}

function missingBuildTools() {
  return buildTools.filter((tool) => !isOnPath(tool.command)).map((tool) => tool.debianPackage);
}

/** On a bare machine, installs the compiler toolchain first when apt-get is usable (root on Debian). */
async function ensureBuildTools() {
  const missing = missingBuildTools();
  if (missing.length === 0 || existsSync(sqliteAddon) || aptUnavailableReason()) return 0;
  console.log(`Native addons may need compiling and ${missing.join(', ')} are missing.`);
  return aptInstall(missing);
}

/** Resolves with 0 when dependencies are ready, else npm's exit code. */
export async function ensureNpmDependencies() {
  const reason = npmInstallReason();
  if (!reason) {
    console.log('npm dependencies are up to date.');
    return 0;
  }
  const tools = await ensureBuildTools();
  if (tools !== 0) return tools;
  console.log(`Installing npm dependencies (${reason})…`);
  const code = await run('npm', ['install', '--no-audit', '--no-fund'], { stdin: 'inherit' });
  if (code !== 0) {
    const missing = missingBuildTools();
    if (missing.length > 0)
      console.error(`If a native addon failed to compile, install: ${aptCommand(missing)}`);
    return code;
  }
  // npm leaves the marker untouched when nothing changed; touch it so the next run skips the install.
  if (existsSync(installedMarker)) {
    const now = new Date();
    utimesSync(installedMarker, now, now);
  }
  return 0;
}
