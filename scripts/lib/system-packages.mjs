// The Debian packages the test suites drive: Chromium (e2e) and a PostgreSQL server (integration).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { aptInstall } from './apt.mjs';

export const chromiumPath = '/usr/bin/chromium';
const postgresRoot = '/usr/lib/postgresql';

/** Directories like /usr/lib/postgresql/15/bin that hold a server (initdb and pg_ctl), not just a client. */
export function postgresBinDirectories() {
  if (!existsSync(postgresRoot)) return [];
  return readdirSync(postgresRoot)
    .map((version) => join(postgresRoot, version, 'bin'))
    .filter((bin) => existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl')));
}

export function missingDebianPackages() {
  const missing = [];
  if (!existsSync(chromiumPath)) missing.push('chromium');
  if (postgresBinDirectories().length === 0) missing.push('postgresql');
  return missing;
}

/** Resolves with 0 when Chromium and PostgreSQL are present (installing what is missing), else non-zero. */
export async function ensureDebianPackages() {
  const missing = missingDebianPackages();
  if (missing.length === 0) {
    console.log(`Chromium and PostgreSQL (${postgresBinDirectories().join(', ')}) are installed.`);
    return 0;
  }
  const installed = await aptInstall(missing);
  if (installed !== 0) return installed;
  const stillMissing = missingDebianPackages();
  if (stillMissing.length > 0) {
    console.error(`apt-get succeeded but these are still missing: ${stillMissing.join(', ')}`);
    return 1;
  }
  return 0;
}
