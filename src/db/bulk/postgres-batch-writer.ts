import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { ImportBatch } from '../../core/lead-import/import-job.ts';
import type { BatchWriter } from './batch-writer.ts';
import { jobProgressValues, raceReject, settle } from './batch-writer.ts';
import {
  type CellValue,
  leadColumns,
  leadValues,
  noteColumns,
  rejectColumns,
  rejectValues,
  updateColumns,
  updateValues,
} from './import-rows.ts';

/** One CSV line for COPY: NULL is an unquoted empty field, every value is quoted. */
function csvLine(values: readonly CellValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) line += ',';
    if (value === null || value === undefined) continue;
    const text = String(value);
    line += `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;
  }
  return `${line}\n`;
}

async function copyRows(
  client: pg.PoolClient,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CellValue[]>,
): Promise<void> {
  const target = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin with (format csv)`));
  await pipeline(
    Readable.from(
      (function* () {
        let chunk = '';
        for (const row of rows) {
          chunk += csvLine(row);
          if (chunk.length > 1 << 16) {
            yield chunk;
            chunk = '';
          }
        }
        if (chunk) yield chunk;
      })(),
    ),
    target,
  );
}

/**
 * PostgreSQL's bulk path: COPY the batch's leads into a session-local staging table, merge them
 * into `leads` with one INSERT … SELECT that skips any phone another node stored after the batch
 * was classified (reported as a duplicate), and COPY the rejected rows and deferred updates, all
 * in one transaction with the job's checkpoint, which is only written while this node holds the job.
 */
export function createPostgresBatchWriter(pool: pg.Pool): BatchWriter {
  const columns = leadColumns.join(', ');
  return {
    async commit(batch: ImportBatch, lockedUntil: number) {
      const { job } = batch;
      const now = batch.now.epochMilliseconds;
      const counts = { ...batch.counts };
      const rejects = [...batch.rejects];
      const client = await pool.connect();
      try {
        await client.query('begin');
        const claim = async () =>
          client.query(
            'update import_jobs set checkpoint_row = $1, bytes_read = $2, rows = $3, imported = $4, updated = $5, ' +
              'duplicates = $6, invalid = $7, dnc = $8, warnings = $9, conflicts = $10, locked_until = $11, updated_at = $12 ' +
              "where id = $13 and status = 'running' and locked_by = $14 and attempts = $15",
            jobProgressValues(batch, counts, lockedUntil),
          );
        if (job.listId !== null && batch.inserts.length > 0) {
          await client.query(
            `create temp table if not exists import_staging as select ${columns} from leads with no data`,
          );
          await client.query('truncate import_staging');
          const target = { clientId: job.clientId, listId: job.listId, source: job.settings.source };
          await copyRows(
            client,
            'import_staging',
            leadColumns,
            batch.inserts.map((l) => leadValues(l, target, now)),
          );
          const merged = await client.query<{ id: number; phone: string }>(
            `insert into leads (${columns}) select ${columns} from import_staging s ` +
              'where not exists (select 1 from leads l where l.client_id = s.client_id and l.phone = s.phone) returning id, phone',
          );
          const stored = new Map(merged.rows.map((r) => [r.phone, r.id]));
          const notes: CellValue[][] = [];
          for (const lead of batch.inserts) {
            const id = stored.get(lead.phone);
            if (id === undefined) rejects.push(raceReject(lead, counts));
            else if (lead.note && job.createdByUserId !== null)
              notes.push([job.clientId, id, job.createdByUserId, lead.note, now]);
          }
          if (notes.length > 0) await copyRows(client, 'lead_notes', noteColumns, notes);
        }
        if (rejects.length > 0)
          await copyRows(
            client,
            'import_rejects',
            rejectColumns,
            rejects.map((r) => rejectValues(job.id, r)),
          );
        if (batch.updates.length > 0) {
          await copyRows(
            client,
            'import_updates',
            updateColumns,
            batch.updates.map((u) => updateValues(job.id, u)),
          );
        }
        const updated = await claim();
        if (updated.rowCount === 0) {
          await client.query('rollback');
          const row = await client.query<{ status: string }>('select status from import_jobs where id = $1', [
            job.id,
          ]);
          return { status: settle(row.rows[0]?.status), counts: batch.counts };
        }
        await client.query('commit');
        return { status: 'running' as const, counts };
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
