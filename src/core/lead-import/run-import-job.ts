import type { Temporal } from 'temporal-polyfill';
import type { Client } from '../clients/client.ts';
import type { ColumnTarget } from '../lead-intake/column-mapping.ts';
import type { PrepareOptions, RowError } from '../lead-intake/prepare-lead-row.ts';
import { AppError } from '../shared/app-error.ts';
import type { LeadToInsert } from './classify-rows.ts';
import { classifyRows, type ExistingLead, lookupKeys, prepareRows, type SourceRow } from './classify-rows.ts';
import type {
  CommitResult,
  ImportCounts,
  ImportJob,
  ImportJobsPort,
  ImportReject,
  ImportSource,
  LeadUpdate,
} from './import-job.ts';
import { requireUsableMapping } from './mapping-rules.ts';
import type { TimeZoneResolver } from './resolve-time-zones.ts';

export interface RunImportDeps {
  port: ImportJobsPort;
  timeZones: TimeZoneResolver;
  openSource(job: ImportJob): Promise<ImportSource>;
  suggestMapping(headers: string[]): Record<string, ColumnTarget>;
  /** A memoizing phone normalizer for bulk work; the plain one when absent. */
  normalizePhone?: PrepareOptions['normalizePhone'];
  clock(): Temporal.Instant;
  /** Rows per transaction. */
  batchSize?: number;
  onProgress?(progress: { counts: ImportCounts; bytesRead: number }): void;
}

export type ImportRunResult =
  | { status: 'done' | 'cancelled' | 'lost'; counts: ImportCounts }
  | { status: 'failed'; counts: ImportCounts; message: string; field: string | null };

/** Stored warnings per job; the count stays exact. */
const maxStoredWarnings = 10_000;

/**
 * Runs (or resumes) one import job: reads the file after the job's checkpoint, normalizes,
 * deduplicates and stores each batch in one transaction with the new checkpoint, then applies
 * the deferred updates and shows the list in one last transaction. A broken file or a
 * cancellation removes everything the job stored; a crash leaves a job that resumes where it
 * stopped. Leads only become callable when the list is shown.
 */
export async function runImportJob(
  job: ImportJob,
  client: Client,
  deps: RunImportDeps,
): Promise<ImportRunResult> {
  let counts = { ...job.counts };
  let bytesRead = 0;
  let source: ImportSource | undefined;
  try {
    source = await deps.openSource(job);
    const mapping = job.settings.mapping ?? deps.suggestMapping(source.headers);
    requireUsableMapping(mapping, source.headers);
    await deps.port.recordHeaders(job, source.format, source.headers, mapping);
    const listId = job.dryRun ? null : await deps.port.ensureList(job, deps.clock());
    const batches = new BatchProcessor(
      { ...job, listId },
      client,
      mapping,
      deps,
      await deps.port.touchedLeadIds(job.id),
    );
    let batch: SourceRow[] = [];
    const size = deps.batchSize ?? 2000;
    const flush = async (): Promise<CommitResult> => {
      bytesRead = source?.bytesRead() ?? bytesRead;
      const result = await batches.process(batch, counts, bytesRead);
      counts = result.counts;
      batch = [];
      deps.onProgress?.({ counts, bytesRead });
      return result.status;
    };
    for await (const row of source.rows) {
      if (row.rowNumber <= job.checkpointRow) continue;
      batch.push(row);
      if (batch.length < size) continue;
      const status = await flush();
      if (status !== 'running') return await stopped(job, deps, status, counts);
    }
    if (batch.length > 0) {
      const status = await flush();
      if (status !== 'running') return await stopped(job, deps, status, counts);
    }
    bytesRead = source.bytesRead();
    if (counts.rows === 0)
      throw new AppError('IMPORT_INVALID', {
        message: 'The file has a header but no data rows',
        field: 'file',
      });
    const status = await deps.port.finish({ ...job, listId }, counts, bytesRead, deps.clock());
    if (status !== 'running') return await stopped(job, deps, status, counts);
    return { status: 'done', counts };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const field = typeof error.field === 'string' ? error.field : null;
    await deps.port.abandon(job, { status: 'failed', message: error.message, field }, deps.clock());
    return { status: 'failed', counts, message: error.message, field };
  } finally {
    await source?.close();
  }
}

async function stopped(
  job: ImportJob,
  deps: RunImportDeps,
  status: Exclude<CommitResult, 'running'>,
  counts: ImportCounts,
): Promise<ImportRunResult> {
  if (status === 'cancelled') {
    await deps.port.abandon(job, { status: 'cancelled', message: null, field: null }, deps.clock());
  }
  return { status, counts };
}

/** Turns batches of rows into committed outcomes; keeps what must outlive one batch. */
class BatchProcessor {
  /** Keys of rows taken and not yet committed (every batch of a dry run, which commits no lead). */
  private readonly taken = new Map<string, number>();

  constructor(
    private readonly job: ImportJob,
    private readonly client: Client,
    private readonly mapping: Record<string, ColumnTarget>,
    private readonly deps: RunImportDeps,
    private readonly touched: Set<number>,
  ) {}

  async process(rows: SourceRow[], before: ImportCounts, bytesRead: number) {
    const { job, deps } = this;
    const prepared = prepareRows(rows, this.mapping, {
      defaultCountry: this.client.country,
      foreignPhones: job.settings.foreignPhones ?? 'warn',
      ...(deps.normalizePhone ? { normalizePhone: deps.normalizePhone } : {}),
    });
    const keys = lookupKeys(prepared);
    const [existing, dnc] = await Promise.all([
      deps.port.findExisting(job.clientId, keys.phones, keys.emails),
      deps.port.dncPhones(job.organizationId, job.clientId, keys.phones),
    ]);
    if (!job.dryRun) this.taken.clear();
    const outcomes = classifyRows(prepared, {
      dedupe: job.settings.dedupe,
      listId: job.listId,
      timeZones: deps.timeZones,
      existing: byKey(existing),
      dnc,
      taken: this.taken,
      touched: this.touched,
    });
    const counts = { ...before, rows: before.rows + rows.length };
    const inserts: LeadToInsert[] = [];
    const updates: LeadUpdate[] = [];
    const rejects: ImportReject[] = [];
    const cellsOf = new Map(rows.map((r) => [r.rowNumber, r.values]));
    const reject = (r: Omit<ImportReject, 'cells'>) =>
      rejects.push({ ...r, cells: cellsOf.get(r.rowNumber) ?? {} });
    for (const outcome of outcomes) {
      if (outcome.kind === 'insert') {
        inserts.push(outcome.lead);
        counts.imported++;
        if (outcome.lead.onDncList) counts.dnc++;
        if (outcome.lead.timeZoneConflict) counts.conflicts++;
      } else if (outcome.kind === 'update') {
        updates.push(outcome);
        counts.updated++;
      } else if (outcome.kind === 'duplicate') {
        counts.duplicates++;
        reject({
          kind: 'duplicate',
          rowNumber: outcome.rowNumber,
          field: outcome.field,
          reason: outcome.reason,
          leadId: outcome.leadId,
          code: outcome.code,
          params: outcome.params,
        });
      } else {
        counts.invalid++;
        for (const e of outcome.errors) reject({ ...problemOf(e), kind: 'invalid', leadId: null });
      }
    }
    for (const { warnings } of prepared) {
      for (const w of warnings) {
        if (counts.warnings++ < maxStoredWarnings) {
          reject({ ...problemOf(w), kind: 'warning', leadId: null });
        }
      }
    }
    const last = rows[rows.length - 1];
    return deps.port.commitBatch({
      job,
      inserts: job.dryRun ? [] : inserts,
      updates: job.dryRun ? [] : updates,
      rejects,
      checkpointRow: last?.rowNumber ?? job.checkpointRow,
      bytesRead,
      counts,
      now: deps.clock(),
    });
  }
}

/** A row problem as a reject stores it: its code and params only when it has them. */
function problemOf(
  problem: RowError,
): Pick<ImportReject, 'rowNumber' | 'field' | 'reason' | 'code' | 'params'> {
  return {
    rowNumber: problem.rowNumber,
    field: problem.field,
    reason: problem.reason,
    ...(problem.code ? { code: problem.code } : {}),
    ...(problem.params ? { params: problem.params } : {}),
  };
}

function byKey(leads: readonly ExistingLead[]): Map<string, ExistingLead> {
  const map = new Map<string, ExistingLead>();
  for (const lead of leads) {
    if (!map.has(`phone:${lead.phone}`)) map.set(`phone:${lead.phone}`, lead);
    if (lead.email && !map.has(`email:${lead.email}`)) map.set(`email:${lead.email}`, lead);
  }
  return map;
}
