import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Temporal } from 'temporal-polyfill';
import type { ImportJob, ImportSource } from '../../core/lead-import/import-job.ts';
import { type ImportRunResult, runImportJob } from '../../core/lead-import/run-import-job.ts';
import { suggestColumnMapping } from '../../core/lead-intake/column-mapping.ts';
import { createPhoneNormalizer } from '../../core/lead-intake/phone.ts';
import { createBatchWriter } from '../../db/bulk/create-batch-writer.ts';
import type { AppDatabase } from '../../db/create-database.ts';
import type { ClientsRepository } from '../../db/repositories/clients.repository.ts';
import { createCustomFieldKeysRepository } from '../../db/repositories/custom-field-keys.repository.ts';
import {
  createImportJobsRepository,
  type ImportJobsRepository,
} from '../../db/repositories/import-jobs.repository.ts';
import { openSpreadsheet } from '../../integrations/files/spreadsheet.ts';
import type { TimeZoneLookup } from '../../integrations/geo/time-zone-lookup.ts';

export interface ImportRunnerDeps {
  database: AppDatabase;
  clients: Pick<ClientsRepository, 'findById'>;
  timeZones: TimeZoneLookup;
  clock(): Temporal.Instant;
  lockSeconds: number;
  nodeId?: string;
  onError?(error: unknown): void;
  onProgress?(job: ImportJob, progress: { rows: number; bytesRead: number }): void;
}

export interface ImportRunner {
  readonly jobs: ImportJobsRepository;
  readonly nodeId: string;
  /** Runs claimable jobs one after another until none is left; concurrent calls share one pass. */
  drain(): Promise<ImportRunResult[]>;
  /** Starts a pass in the background (after an upload), unless one is running. */
  kick(): void;
  /** Polls for jobs left by a crashed node or queued by another one. */
  start(pollMs: number): void;
  stop(): Promise<void>;
}

/**
 * Rows per transaction. SQLite pays for every commit in pages of the phone and email indexes
 * written to its log, so it takes larger batches (a batch holds the write lock ~0.2 s);
 * PostgreSQL's COPY is cheap per batch and other nodes keep writing meanwhile.
 */
const rowsPerBatch = { sqlite: 10_000, postgres: 5_000 } as const;

/** Opens a job's file with the reading options it was started with. */
export async function openJobSource(job: ImportJob): Promise<ImportSource> {
  const { encoding, delimiter, sheet } = job.settings;
  const file = await openSpreadsheet(job.filePath, {
    ...(encoding ? { encoding } : {}),
    ...(delimiter ? { delimiter } : {}),
    ...(sheet ? { sheet } : {}),
  });
  return {
    format: file.format,
    headers: file.headers,
    rows: file.rows,
    bytesRead: () => file.bytesRead(),
    close: () => file.close(),
  };
}

/**
 * The import worker of one app node. Jobs live in the database, so any node may run any job;
 * one node runs one import at a time (an import keeps a core busy), and a job whose node died
 * is resumed by the next claim after its lock expires.
 */
export function createImportRunner(deps: ImportRunnerDeps): ImportRunner {
  const nodeId = deps.nodeId ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const lockMs = deps.lockSeconds * 1000;
  const jobs = createImportJobsRepository(
    deps.database.db,
    deps.database.dialect,
    createBatchWriter(deps.database),
    lockMs,
  );
  const normalizePhone = createPhoneNormalizer();
  const customKeys = createCustomFieldKeysRepository(deps.database.db);
  let pass: Promise<ImportRunResult[]> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let stopped = true;

  const runOne = async (): Promise<ImportRunResult | null> => {
    const claimed = await jobs.claimNext(nodeId, deps.clock());
    if (!claimed) return null;
    const { job } = claimed;
    if (claimed.cancelled) {
      await jobs.port.abandon(job, { status: 'cancelled', message: null, field: null }, deps.clock());
      return { status: 'cancelled', counts: job.counts };
    }
    const client = await deps.clients.findById(job.clientId);
    if (!client) {
      await jobs.port.abandon(
        job,
        { status: 'failed', message: 'The client no longer exists', field: 'clientId' },
        deps.clock(),
      );
      return null;
    }
    // A job started without a mapping joins the client's existing custom-field keys.
    const existingKeys = job.settings.mapping ? [] : await customKeys.keysOf(job.clientId);
    return runImportJob(job, client, {
      port: jobs.port,
      timeZones: deps.timeZones,
      openSource: openJobSource,
      suggestMapping: (headers) => suggestColumnMapping(headers, existingKeys),
      normalizePhone,
      clock: deps.clock,
      batchSize: rowsPerBatch[deps.database.dialect],
      onProgress: (p) => deps.onProgress?.(job, { rows: p.counts.rows, bytesRead: p.bytesRead }),
    });
  };

  const drain = (): Promise<ImportRunResult[]> => {
    pass ??= (async () => {
      const results: ImportRunResult[] = [];
      try {
        for (;;) {
          const result = await runOne();
          if (!result) return results;
          results.push(result);
        }
      } finally {
        pass = null;
      }
    })();
    return pass;
  };

  const tick = (pollMs: number) => {
    drain()
      .catch((error: unknown) => deps.onError?.(error))
      .finally(() => {
        if (!stopped) timer = setTimeout(() => tick(pollMs), pollMs);
      });
  };

  return {
    jobs,
    nodeId,
    drain,
    kick() {
      drain().catch((error: unknown) => deps.onError?.(error));
    },
    start(pollMs) {
      if (!stopped) return;
      stopped = false;
      tick(pollMs);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await pass?.catch(() => undefined);
    },
  };
}
