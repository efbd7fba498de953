import type { LeadToInsert } from '../../core/lead-import/classify-rows.ts';
import type {
  CommitResult,
  ImportBatch,
  ImportCounts,
  ImportReject,
} from '../../core/lead-import/import-job.ts';

/** Stores one import batch and the job's checkpoint in one transaction (per dialect). */
export interface BatchWriter {
  commit(batch: ImportBatch, lockedUntil: number): Promise<{ status: CommitResult; counts: ImportCounts }>;
}

/** A job the commit could not update: cancelled by a person, or claimed by another node. */
export const settle = (status: string | undefined): Exclude<CommitResult, 'running'> =>
  status === 'cancelled' ? 'cancelled' : 'lost';

/** A lead another writer stored between classification and commit: reported as a duplicate. */
export function raceReject(lead: LeadToInsert, counts: ImportCounts): ImportReject {
  counts.imported--;
  counts.duplicates++;
  if (lead.onDncList) counts.dnc--;
  if (lead.timeZoneConflict) counts.conflicts--;
  return {
    kind: 'duplicate',
    rowNumber: lead.rowNumber,
    field: 'phone',
    reason: `Phone ${lead.phone} was added to the client's leads while this file was importing`,
    leadId: null,
    cells: {},
  };
}

/**
 * The job row's new checkpoint and counts, in the order both dialects' UPDATE names them
 * (checkpoint, bytes, the eight counts, lock, updated_at), then the claim it must still match.
 */
export function jobProgressValues(
  batch: ImportBatch,
  counts: ImportCounts,
  lockedUntil: number,
): (number | string)[] {
  const c = counts;
  const { job } = batch;
  return [
    batch.checkpointRow,
    batch.bytesRead,
    c.rows,
    c.imported,
    c.updated,
    c.duplicates,
    c.invalid,
    c.dnc,
    c.warnings,
    c.conflicts,
    lockedUntil,
    batch.now.epochMilliseconds,
    job.id,
    job.lockedBy,
    job.attempts,
  ];
}
