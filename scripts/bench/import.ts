/**
 * `npm run bench:import`: a deterministic 1,000,000-row CSV (12 columns, ~5% duplicate phones,
 * ~2% invalid phones, mixed phone formats) imported into SQLite end to end, against a baseline
 * measured in the same run: the same parser reading the same file and inserting every row with
 * one prepared statement, no normalization. Then the same file into PostgreSQL (COPY path), and
 * a 100,000-row XLSX. BENCH_IMPORT_ROWS changes the size.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Temporal } from 'temporal-polyfill';
import { seedDemo } from '../../src/cli/demo/demo-seed.ts';
import { createDatabase } from '../../src/db/create-database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createTimeZoneLookup } from '../../src/integrations/geo/time-zone-lookup.ts';
import { writeLeadsCsv } from './import-data.ts';
import { writeLeadsXlsx } from './import-xlsx.ts';

const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const dir = path.join(tmpdir(), 'setterdesk-bench-import');
execFileSync('mkdir', ['-p', dir]);

async function freshDatabase(url: string): Promise<void> {
  const database = createDatabase(url);
  await migrateToLatest(database.db);
  await seedDemo(database, await createTimeZoneLookup(), Temporal.Now.instant(), { leadsPerClient: 100 });
  await database.destroy();
}

function run(mode: 'baseline' | 'full', url: string, file: string) {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/import-run.ts', mode, url, file],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as {
    seconds: number;
    rows: number;
    imported: number;
    peakRssMb: number;
  };
}

const csv = path.join(dir, `leads-${rows}.csv`);
if (!existsSync(csv)) await writeLeadsCsv(csv, rows);
const mb = (statSync(csv).size / 1024 / 1024).toFixed(0);
console.log(`File: ${rows.toLocaleString('en')} rows, ${mb} MB (${csv})\n`);

const sqliteUrl = (name: string) => {
  const file = path.join(dir, `${name}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  return `file:${file}`;
};

const baselineUrl = sqliteUrl('baseline');
await freshDatabase(baselineUrl);
const baseline = run('baseline', baselineUrl, csv);
const fullUrl = sqliteUrl('full');
await freshDatabase(fullUrl);
const full = run('full', fullUrl, csv);

const line = (label: string, r: { seconds: number; rows: number; imported: number; peakRssMb: number }) =>
  console.log(
    `${label.padEnd(34)} ${r.seconds.toFixed(1).padStart(6)} s ${Math.round(r.rows / r.seconds)
      .toLocaleString('en')
      .padStart(9)} rows/s` +
      `  imported ${r.imported.toLocaleString('en').padStart(9)}  peak RSS ${r.peakRssMb} MB`,
  );
line('SQLite baseline (parse + insert)', baseline);
line('SQLite import (normalized)', full);
console.log(
  `ratio baseline/import: ${(baseline.seconds / full.seconds).toFixed(2)} (target ≥ 0.35; ≤ 30 s, ≤ 400 MB)\n`,
);

if (process.env.BENCH_SKIP_POSTGRES !== '1') {
  const { startPostgres } = await import('../../tests/support/postgres.ts');
  const server = await startPostgres();
  try {
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query('create database setterdesk_bench_import');
    await admin.end();
    const target = new URL(server.adminUrl);
    target.pathname = '/setterdesk_bench_import';
    const url = target.toString();
    await freshDatabase(url);
    line('PostgreSQL import (COPY + merge)', run('full', url, csv));
  } finally {
    await server.stop();
  }
}

const xlsxRows = Math.min(rows, 100_000);
const xlsx = path.join(dir, `leads-${xlsxRows}.xlsx`);
if (!existsSync(xlsx)) await writeLeadsXlsx(xlsx, xlsxRows);
const xlsxUrl = sqliteUrl('xlsx');
await freshDatabase(xlsxUrl);
line(`SQLite import of ${xlsxRows.toLocaleString('en')}-row XLSX`, run('full', xlsxUrl, xlsx));
