import { type ExpressionBuilder, type Kysely, type Selectable, sql } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { ExistingLead } from '../../core/lead-import/classify-rows.ts';
import {
  emptyCounts,
  type ImportCounts,
  type ImportJob,
  type ImportJobsPort,
  type ImportSettings,
} from '../../core/lead-import/import-job.ts';
import type { BatchWriter } from '../bulk/batch-writer.ts';
import { updateAssignments, updateNote } from '../bulk/import-rows.ts';
import type { DialectName } from '../create-database.ts';
import { inTextList } from '../dialect.ts';
import { parseJson, toJson } from '../json.ts';
import type { Database, ImportJobStatus, ImportJobsTable, ImportRejectKind } from '../schema.ts';

export type ImportJobRow = Selectable<ImportJobsTable> & {
  list_name: string | null;
  list_status: 'importing' | 'ready' | null;
};

export function countsOf(row: Selectable<ImportJobsTable>): ImportCounts {
  return {
    rows: row.rows,
    imported: row.imported,
    updated: row.updated,
    duplicates: row.duplicates,
    invalid: row.invalid,
    dnc: row.dnc,
    warnings: row.warnings,
    conflicts: row.conflicts,
  };
}

/** Claimable: waiting, or held by a node whose lock expired (a crash), or a cancellation to clean up. */
const isClaimable = (nowMs: number) => (eb: ExpressionBuilder<Database, 'import_jobs'>) =>
  eb.or([
    eb('status', '=', 'queued'),
    eb.and([eb('status', '=', 'running'), eb('locked_until', '<=', nowMs)]),
    eb.and([
      eb('status', '=', 'cancelled'),
      eb('finished_at', 'is', null),
      eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', nowMs)]),
    ]),
  ]);

export interface NewImportJob {
  organizationId: number;
  clientId: number;
  createdByUserId: number | null;
  dryRun: boolean;
  filePath: string;
  fileName: string;
  fileSize: number;
  settings: ImportSettings;
  now: Temporal.Instant;
}

/**
 * Import jobs and their rejected rows. A job is claimed by one conditional UPDATE (as the mail
 * jobs are), holds a lock it renews with every batch, and only one job per client runs at a
 * time, so two imports of the same file cannot race each other's duplicate checks.
 */
export function createImportJobsRepository(
  db: Kysely<Database>,
  dialect: DialectName,
  writer: BatchWriter,
  lockMs: number,
) {
  const jobRows = () =>
    db
      .selectFrom('import_jobs')
      .leftJoin('lead_lists', 'lead_lists.id', 'import_jobs.list_id')
      .selectAll('import_jobs')
      .select(['lead_lists.name as list_name', 'lead_lists.status as list_status']);

  const heldBy = (job: ImportJob) => (eb: ExpressionBuilder<Database, 'import_jobs'>) =>
    eb.and([
      eb('id', '=', job.id),
      eb('status', '=', 'running'),
      eb('locked_by', '=', job.lockedBy),
      eb('attempts', '=', job.attempts),
    ]);

  const port: ImportJobsPort = {
    async findExisting(clientId, phones, emails) {
      const found = new Map<number, ExistingLead>();
      const read = async (column: 'phone' | 'email', values: string[]) => {
        if (values.length > 0) {
          const rows = await db
            .selectFrom('leads')
            .select([
              'id',
              'list_id',
              'phone',
              'phones',
              'email',
              'first_name',
              'last_name',
              'company',
              'address',
              'city',
              'state',
              'postal_code',
              'custom_fields',
            ])
            .where('client_id', '=', clientId)
            .where(inTextList(dialect, column, values))
            .execute();
          for (const r of rows) {
            found.set(r.id, {
              id: r.id,
              listId: r.list_id,
              phone: r.phone,
              phones: parseJson(r.phones, []),
              email: r.email,
              firstName: r.first_name,
              lastName: r.last_name,
              company: r.company,
              address: r.address,
              city: r.city,
              state: r.state,
              postalCode: r.postal_code,
              customFields: parseJson(r.custom_fields, {}),
            });
          }
        }
      };
      await read('phone', phones);
      await read('email', emails);
      return [...found.values()];
    },

    async dncPhones(organizationId, clientId, phones) {
      // Most organizations keep few do-not-call numbers: one cheap probe spares the lookup.
      const any = await db
        .selectFrom('dnc_entries')
        .select('id')
        .where('organization_id', '=', organizationId)
        .limit(1)
        .execute();
      if (any.length === 0 || phones.length === 0) return new Set();
      const rows = await db
        .selectFrom('dnc_entries')
        .select('phone')
        .where('organization_id', '=', organizationId)
        .where((eb) => eb.or([eb('client_id', 'is', null), eb('client_id', '=', clientId)]))
        .where(inTextList(dialect, 'phone', phones))
        .execute();
      return new Set(rows.map((r) => r.phone));
    },

    async touchedLeadIds(jobId) {
      const rows = await db
        .selectFrom('import_updates')
        .select('lead_id')
        .where('job_id', '=', jobId)
        .execute();
      return new Set(rows.map((r) => r.lead_id));
    },

    async ensureList(job, now) {
      return db.transaction().execute(async (trx) => {
        const current = await trx
          .selectFrom('import_jobs')
          .select('list_id')
          .where('id', '=', job.id)
          .executeTakeFirst();
        if (current?.list_id) return current.list_id;
        const list = await trx
          .insertInto('lead_lists')
          .values({
            client_id: job.clientId,
            name: job.settings.listName,
            source: job.settings.source,
            row_count: 0,
            created_by_user_id: job.createdByUserId,
            created_at: now.epochMilliseconds,
            status: 'importing',
            import_job_id: job.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx.updateTable('import_jobs').set({ list_id: list.id }).where('id', '=', job.id).execute();
        return list.id;
      });
    },

    async recordHeaders(job, format, headers, mapping) {
      await db
        .updateTable('import_jobs')
        .set({
          format,
          headers: toJson(headers),
          options: toJson({ ...job.settings, mapping }),
        })
        .where('id', '=', job.id)
        .execute();
    },

    async commitBatch(batch) {
      return writer.commit(batch, batch.now.epochMilliseconds + lockMs);
    },

    async finish(job, counts, bytesRead, now) {
      return db.transaction().execute(async (trx) => {
        const nowMs = now.epochMilliseconds;
        const done = await trx
          .updateTable('import_jobs')
          .set({
            status: 'done',
            bytes_read: bytesRead,
            ...counts,
            finished_at: nowMs,
            updated_at: nowMs,
            locked_by: null,
            locked_until: null,
          })
          .where(heldBy(job))
          .executeTakeFirst();
        if (Number(done.numUpdatedRows) === 0) {
          const row = await trx
            .selectFrom('import_jobs')
            .select('status')
            .where('id', '=', job.id)
            .executeTakeFirst();
          return row?.status === 'cancelled' ? 'cancelled' : 'lost';
        }
        let after = 0;
        for (;;) {
          const staged = await trx
            .selectFrom('import_updates')
            .select(['id', 'lead_id', 'fields'])
            .where('job_id', '=', job.id)
            .where('id', '>', after)
            .orderBy('id')
            .limit(500)
            .execute();
          if (staged.length === 0) break;
          for (const update of staged) {
            await trx
              .updateTable('leads')
              .set({ ...updateAssignments(update.fields), updated_at: nowMs })
              .where('id', '=', update.lead_id)
              .execute();
            const note = updateNote(update.fields);
            // The same file imported again adds its notes once.
            const known =
              note !== null &&
              (await trx
                .selectFrom('lead_notes')
                .select('id')
                .where('lead_id', '=', update.lead_id)
                .where('text', '=', note)
                .executeTakeFirst()) !== undefined;
            if (note !== null && !known && job.createdByUserId !== null) {
              await trx
                .insertInto('lead_notes')
                .values({
                  client_id: job.clientId,
                  lead_id: update.lead_id,
                  author_user_id: job.createdByUserId,
                  text: note,
                  created_at: nowMs,
                })
                .execute();
            }
            after = update.id;
          }
        }
        await trx.deleteFrom('import_updates').where('job_id', '=', job.id).execute();
        if (job.listId !== null) {
          await trx
            .updateTable('lead_lists')
            .set({ status: 'ready', row_count: counts.imported })
            .where('id', '=', job.listId)
            .execute();
        }
        return 'running';
      });
    },

    async abandon(job, outcome, now) {
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('import_jobs')
          .select('list_id')
          .where('id', '=', job.id)
          .executeTakeFirst();
        const nowMs = now.epochMilliseconds;
        await trx
          .updateTable('import_jobs')
          .set({
            status: outcome.status,
            error: outcome.message,
            error_field: outcome.field,
            list_id: null,
            finished_at: nowMs,
            updated_at: nowMs,
            locked_by: null,
            locked_until: null,
          })
          .where('id', '=', job.id)
          .execute();
        await trx.deleteFrom('import_updates').where('job_id', '=', job.id).execute();
        if (row?.list_id) {
          await trx.deleteFrom('leads').where('list_id', '=', row.list_id).execute();
          await trx.deleteFrom('lead_lists').where('id', '=', row.list_id).execute();
        }
      });
    },
  };

  return {
    port,

    async create(input: NewImportJob): Promise<number> {
      const at = input.now.epochMilliseconds;
      const row = await db
        .insertInto('import_jobs')
        .values({
          organization_id: input.organizationId,
          client_id: input.clientId,
          created_by_user_id: input.createdByUserId,
          status: 'queued',
          dry_run: input.dryRun ? 1 : 0,
          file_path: input.filePath,
          file_name: input.fileName,
          file_size: input.fileSize,
          options: toJson(input.settings),
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async find(id: number): Promise<ImportJobRow | undefined> {
      return jobRows().where('import_jobs.id', '=', id).executeTakeFirst();
    },

    async list(clientIds: readonly number[], limit: number): Promise<ImportJobRow[]> {
      if (clientIds.length === 0) return [];
      return jobRows()
        .where('import_jobs.client_id', 'in', clientIds)
        .orderBy('import_jobs.id', 'desc')
        .limit(limit)
        .execute();
    },

    /** Claims the oldest claimable job of a client with no other job running; null when none. */
    async claimNext(
      nodeId: string,
      now: Temporal.Instant,
    ): Promise<{ job: ImportJob; cancelled: boolean } | null> {
      const nowMs = now.epochMilliseconds;
      const candidates = await db
        .selectFrom('import_jobs')
        .select(['id', 'client_id'])
        .where(isClaimable(nowMs))
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('import_jobs as other')
                .select('other.id')
                .whereRef('other.client_id', '=', 'import_jobs.client_id')
                .whereRef('other.id', '!=', 'import_jobs.id')
                .where('other.status', '=', 'running')
                .where('other.locked_until', '>', nowMs),
            ),
          ),
        )
        .orderBy('id')
        .limit(5)
        .execute();
      for (const { id } of candidates) {
        const row = await db
          .updateTable('import_jobs')
          .set((eb) => ({
            status: sql<ImportJobStatus>`case when status = 'cancelled' then 'cancelled' else 'running' end`,
            locked_by: nodeId,
            locked_until: nowMs + lockMs,
            attempts: eb('attempts', '+', 1),
            started_at: eb.fn.coalesce('started_at', eb.val(nowMs)),
            updated_at: nowMs,
          }))
          .where('id', '=', id)
          .where(isClaimable(nowMs))
          .returningAll()
          .executeTakeFirst();
        if (row) return { job: toImportJob(row), cancelled: row.status === 'cancelled' };
      }
      return null;
    },

    /** A waiting job is cancelled at once; a running one stops at its next batch and cleans up. */
    async requestCancel(id: number, now: Temporal.Instant): Promise<void> {
      const nowMs = now.epochMilliseconds;
      await db
        .updateTable('import_jobs')
        .set({ status: 'cancelled', finished_at: nowMs, updated_at: nowMs })
        .where('id', '=', id)
        .where('status', '=', 'queued')
        .execute();
      await db
        .updateTable('import_jobs')
        .set({ status: 'cancelled', updated_at: nowMs })
        .where('id', '=', id)
        .where('status', '=', 'running')
        .execute();
    },

    async firstRejects(jobId: number, limit: number) {
      return db
        .selectFrom('import_rejects')
        .select(['row_number', 'field', 'reason', 'code', 'params'])
        .where('job_id', '=', jobId)
        .where('kind', '=', 'invalid')
        .orderBy('row_number')
        .orderBy('id')
        .limit(limit)
        .execute();
    },

    /** One page of a kind of rejects in row order, and how many of that kind the job stored. */
    async rejectPage(jobId: number, kind: ImportRejectKind, offset: number, limit: number) {
      const [rows, total] = await Promise.all([
        db
          .selectFrom('import_rejects')
          .select(['row_number', 'field', 'reason', 'code', 'params', 'lead_id'])
          .where('job_id', '=', jobId)
          .where('kind', '=', kind)
          .orderBy('row_number')
          .orderBy('id')
          .limit(limit)
          .offset(offset)
          .execute(),
        db
          .selectFrom('import_rejects')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('job_id', '=', jobId)
          .where('kind', '=', kind)
          .executeTakeFirst(),
      ]);
      return { rows, total: Number(total?.n ?? 0) };
    },

    /** Every reject of one kind, page by page, in row order. */
    async *rejects(jobId: number, kind: ImportRejectKind) {
      let after = 0;
      for (;;) {
        const page = await db
          .selectFrom('import_rejects')
          .select(['id', 'row_number', 'field', 'reason', 'lead_id', 'cells', 'code', 'params'])
          .where('job_id', '=', jobId)
          .where('kind', '=', kind)
          .where('id', '>', after)
          .orderBy('id')
          .limit(2000)
          .execute();
        if (page.length === 0) return;
        yield* page;
        after = page[page.length - 1]?.id ?? after;
      }
    },
  };
}

export function toImportJob(row: Selectable<ImportJobsTable>): ImportJob {
  return {
    id: row.id,
    organizationId: row.organization_id,
    clientId: row.client_id,
    listId: row.list_id,
    createdByUserId: row.created_by_user_id,
    dryRun: row.dry_run === 1,
    filePath: row.file_path,
    fileName: row.file_name,
    settings: parseJson<ImportSettings>(row.options, {
      dedupe: 'skip',
      listName: row.file_name,
      source: 'import',
    }),
    checkpointRow: row.checkpoint_row,
    counts: row.checkpoint_row === 0 ? emptyCounts() : countsOf(row),
    lockedBy: row.locked_by ?? '',
    attempts: row.attempts,
  };
}

export type ImportJobsRepository = ReturnType<typeof createImportJobsRepository>;
