/**
 * One measured run of `npm run bench:import`, in its own process so that its peak memory is its
 * own: `baseline` (the same CSV parser, one prepared INSERT per row, no normalization) or `full`
 * (the product's import job: normalization, time zones, dedupe, do-not-call, rejects).
 * Prints one JSON line: { seconds, rows, imported, peakRssMb }.
 */
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';
import { importCommand } from '../../src/cli/import-command.ts';
import { createDatabase } from '../../src/db/create-database.ts';

const [mode, url, file] = process.argv.slice(2);
if (!mode || !url || !file) throw new Error('usage: import-run.ts baseline|full <DATABASE_URL> <file>');

let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);

const database = createDatabase(url);
const started = performance.now();
let result: { rows: number; imported: number };
if (mode === 'baseline') {
  if (database.raw.dialect !== 'sqlite') throw new Error('the baseline runs on SQLite');
  const sqlite = database.raw.sqlite;
  const insert = sqlite.prepare(
    'insert into leads (client_id, first_name, last_name, email, phone, phones, company, address, city, state, postal_code, ' +
      "country, time_zones, source, custom_fields, status, next_call_at, created_at, updated_at) values (1, ?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, 'US', '[]', ?, ?, 'new', 0, 0, 0)",
  );
  let rows = 0;
  let batch: string[][] = [];
  const flush = sqlite.transaction((cells: string[][]) => {
    for (const c of cells)
      insert.run(c[0], c[1], c[2], c[3], c[5], c[6], c[7], c[8], c[9], c[10], c[11] ?? '');
  });
  await new Promise<void>((resolve, reject) => {
    Papa.parse(createReadStream(file, 'utf8'), {
      skipEmptyLines: true,
      step: (row: { data: string[] }) => {
        if (rows++ === 0) return;
        batch.push(row.data);
        if (batch.length >= 2000) {
          flush(batch);
          batch = [];
        }
      },
      complete: () => resolve(),
      error: reject,
    });
  });
  flush(batch);
  result = { rows: rows - 1, imported: rows - 1 };
} else {
  const lines: string[] = [];
  const log = console.log;
  console.log = (line: string) => lines.push(line);
  await importCommand(database, file, { client: ['sunpeak-solar'], json: true, list: `bench ${Date.now()}` });
  console.log = log;
  const summary = JSON.parse(lines.at(-1) ?? '{}') as {
    status: string;
    rows: number;
    imported: number;
    error?: string;
  };
  if (summary.status !== 'done') throw new Error(`import ${summary.status}: ${summary.error ?? ''}`);
  result = summary;
}
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
await database.destroy();
console.log(JSON.stringify({ seconds, ...result, peakRssMb: Math.round(peak / 1024 / 1024) }));
