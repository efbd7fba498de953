import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  type DedupePolicy,
  dedupePolicies,
  type ForeignPhonePolicy,
  foreignPhonePolicies,
  type ImportPreview,
} from '../contracts/imports.ts';
import type { ImportSettings } from '../core/lead-import/import-job.ts';
import type { ColumnTarget } from '../core/lead-intake/column-mapping.ts';
import { AppError } from '../core/shared/app-error.ts';
import type { AppDatabase } from '../db/create-database.ts';
import { createClientsRepository } from '../db/repositories/clients.repository.ts';
import { createTimeZoneLookup } from '../integrations/geo/time-zone-lookup.ts';
import { systemClock } from '../server/deps.ts';
import { createImportRunner } from '../server/imports/import-runner.ts';
import { previewUpload } from '../server/imports/preview.ts';
import { rejectsCsv } from '../server/imports/rejects-csv.ts';

export interface ImportCommandOptions {
  client?: string[];
  list?: string;
  map?: string[];
  dedupe?: string;
  'foreign-phones'?: string;
  'dry-run'?: boolean;
  json?: boolean;
  encoding?: string;
  delimiter?: string;
  sheet?: string;
}

const delimiters: Record<string, ImportSettings['delimiter']> = {
  ',': ',',
  ';': ';',
  tab: '\t',
  '\t': '\t',
  '|': '|',
};

/**
 * `setterdesk import <file> --client <slug>`: the same job as an upload in the app, run in this
 * process with a progress bar on stderr; rejected rows go to `<file>.rejected.csv`. With
 * `--dry-run` no lead is stored, the first rows are shown as they would be stored, and the job
 * leaves no trace in the database.
 */
export async function importCommand(
  database: AppDatabase,
  file: string | undefined,
  options: ImportCommandOptions,
) {
  if (!file)
    throw new AppError('VALIDATION', {
      message: 'Name the file to import: setterdesk import <file> --client <slug>',
      field: 'file',
    });
  const filePath = path.resolve(file);
  const size = (await stat(filePath).catch(() => null))?.size;
  if (size === undefined) throw new AppError('NOT_FOUND', { message: `No file ${filePath}`, field: 'file' });
  const slug = options.client?.[0];
  if (!slug) throw new AppError('VALIDATION', { message: '--client <slug> is required', field: 'client' });
  const client = await database.db
    .selectFrom('clients')
    .select(['id', 'organization_id'])
    .where('slug', '=', slug)
    .execute();
  if (client.length !== 1 || !client[0]) {
    throw new AppError('NOT_FOUND', { message: `No single client with slug "${slug}"`, field: 'client' });
  }
  const dedupe = (options.dedupe ?? 'skip') as DedupePolicy;
  if (!dedupePolicies.includes(dedupe)) {
    throw new AppError('VALIDATION', { message: '--dedupe takes skip, fill or overwrite', field: 'dedupe' });
  }
  const foreignPhones = (options['foreign-phones'] ?? 'warn') as ForeignPhonePolicy;
  if (!foreignPhonePolicies.includes(foreignPhones)) {
    throw new AppError('VALIDATION', {
      message: '--foreign-phones takes warn or refuse',
      field: 'foreign-phones',
    });
  }
  const delimiter = options.delimiter === undefined ? undefined : delimiters[options.delimiter];
  if (options.delimiter !== undefined && !delimiter) {
    throw new AppError('VALIDATION', { message: '--delimiter takes , ; tab or |', field: 'delimiter' });
  }
  const dryRun = options['dry-run'] === true;
  const clients = createClientsRepository(database.db);
  const timeZones = await createTimeZoneLookup();
  const progress = options.json ? null : progressBar(size);
  const runner = createImportRunner({
    database,
    clients,
    timeZones,
    clock: systemClock,
    lockSeconds: 60,
    nodeId: `cli:${process.pid}`,
    onProgress: (_job, p) => progress?.update(p.rows, p.bytesRead),
  });
  const mapping = parseMap(options.map);
  const settings: ImportSettings = {
    dedupe,
    listName: options.list ?? path.basename(file).replace(/\.[^.]+$/, ''),
    source: 'import',
    foreignPhones,
    ...(mapping ? { mapping } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(delimiter ? { delimiter } : {}),
    ...(options.sheet ? { sheet: options.sheet } : {}),
  };
  const started = performance.now();
  const jobId = await runner.jobs.create({
    organizationId: client[0].organization_id,
    clientId: client[0].id,
    createdByUserId: null,
    dryRun,
    filePath,
    fileName: path.basename(file),
    fileSize: size,
    settings,
    now: systemClock(),
  });
  await runner.drain();
  progress?.done();
  const job = await runner.jobs.find(jobId);
  if (!job) throw new AppError('INTERNAL', { message: 'The import job disappeared' });
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  const rejectedFile = job.invalid > 0 ? `${filePath}.rejected.csv` : null;
  if (rejectedFile) {
    await pipeline(
      Readable.from(rejectsCsv(JSON.parse(job.headers ?? '[]'), runner.jobs.rejects(jobId, 'invalid'))),
      createWriteStream(rejectedFile),
    );
  }
  let sample: ImportPreview['rows'] | undefined;
  if (dryRun) {
    const clientRow = await clients.findById(client[0].id);
    if (clientRow && job.status === 'done') {
      const upload = {
        id: '',
        organizationId: clientRow.organizationId,
        clientId: clientRow.id,
        userId: null,
        fileName: file,
        size,
        createdAt: '',
        path: filePath,
      };
      sample = (
        await previewUpload(
          upload,
          clientRow,
          { ...settings, ...(mapping ? { mapping } : {}) },
          { templates: [], customKeys: [] },
          timeZones,
        )
      ).rows;
    }
    await database.db.deleteFrom('import_rejects').where('job_id', '=', jobId).execute();
    await database.db.deleteFrom('import_jobs').where('id', '=', jobId).execute();
  }
  const summary = {
    status: job.status,
    dryRun,
    list: dryRun ? null : (job.list_name ?? null),
    rows: job.rows,
    imported: job.imported,
    updated: job.updated,
    duplicates: job.duplicates,
    invalid: job.invalid,
    dnc: job.dnc,
    warnings: job.warnings,
    timeZoneConflicts: job.conflicts,
    seconds,
    rejectedFile,
    ...(job.error ? { error: job.error, errorField: job.error_field } : {}),
    ...(sample ? { sample } : {}),
  };
  if (options.json) console.log(JSON.stringify(summary));
  else printSummary(summary);
  if (job.status !== 'done') process.exitCode = 1;
}

function parseMap(pairs: string[] | undefined): Record<string, ColumnTarget> | undefined {
  if (!pairs || pairs.length === 0) return undefined;
  const mapping: Record<string, ColumnTarget> = {};
  for (const pair of pairs) {
    const at = pair.lastIndexOf('=');
    if (at <= 0)
      throw new AppError('VALIDATION', {
        message: `--map takes <column>=<field>, got "${pair}"`,
        field: 'map',
      });
    mapping[pair.slice(0, at)] = pair.slice(at + 1) as ColumnTarget;
  }
  return mapping;
}

function printSummary(s: Record<string, unknown>) {
  const line = (label: string, value: unknown) => console.log(`${label.padEnd(22)}${String(value)}`);
  line('Status', s.status);
  if (s.error) line('Error', `${s.error}${s.errorField ? ` (${s.errorField})` : ''}`);
  if (s.list) line('List', s.list);
  for (const key of [
    'rows',
    'imported',
    'updated',
    'duplicates',
    'invalid',
    'dnc',
    'warnings',
    'timeZoneConflicts',
    'seconds',
  ]) {
    line(key, s[key]);
  }
  if (s.rejectedFile) line('Rejected rows', s.rejectedFile);
  if (Array.isArray(s.sample)) console.log(JSON.stringify(s.sample, null, 2));
}

/** One line on stderr, rewritten in place: percent, rows, rows/s, time left. */
function progressBar(totalBytes: number) {
  const started = performance.now();
  const tty = process.stderr.isTTY;
  let last = 0;
  return {
    update(rows: number, bytes: number) {
      const now = performance.now();
      if (now - last < 200) return;
      last = now;
      const fraction = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 0;
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? Math.round(rows / seconds) : 0;
      const eta = fraction > 0.01 ? Math.round((seconds * (1 - fraction)) / fraction) : null;
      const width = 30;
      const bar = '█'.repeat(Math.round(fraction * width)).padEnd(width, '░');
      const text = `${bar} ${(fraction * 100).toFixed(0).padStart(3)}%  ${rows.toLocaleString('en')} rows  ${rate.toLocaleString('en')} rows/s${eta === null ? '' : `  ${eta}s left`}`;
      process.stderr.write(tty ? `\r${text}` : `${text}\n`);
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}
