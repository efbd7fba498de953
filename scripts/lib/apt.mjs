// Debian packages through apt-get, for machines that start with nothing but Node.js and npm.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { run } from './run.mjs';

const aptEnv = { DEBIAN_FRONTEND: 'noninteractive' };
let listsUpdated = false;

export function isOnPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((directory) => existsSync(join(directory, command)));
}

/** Why apt-get cannot be used here, or undefined when it can. */
export function aptUnavailableReason() {
  if (!existsSync('/usr/bin/apt-get')) return 'apt-get is not available (not a Debian-based system)';
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'installing packages needs root';
  return undefined;
}

/** The command a person would run by hand to install the packages. */
export function aptCommand(packages) {
  return `sudo sh -c 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${packages.join(' ')}'`;
}

/** Installs the packages (refreshing the package lists once per run); resolves with apt-get's exit code. */
export async function aptInstall(packages) {
  const unavailable = aptUnavailableReason();
  if (unavailable) {
    console.error(`Cannot install ${packages.join(', ')}: ${unavailable}. Run:\n  ${aptCommand(packages)}`);
    return 1;
  }
  console.log(`Installing Debian packages: ${packages.join(', ')}…`);
  if (!listsUpdated) {
    const updated = await run('apt-get', ['update'], { env: aptEnv });
    if (updated !== 0) return updated;
    listsUpdated = true;
  }
  return run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env: aptEnv });
}
