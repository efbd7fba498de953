import type { Temporal } from 'temporal-polyfill';
import type { DedupePolicy, ImportCounts, ReadOptions } from '../../contracts/imports.ts';
import type { ColumnTarget } from '../lead-intake/column-mapping.ts';
import type { ForeignPhonePolicy } from '../lead-intake/phone-country.ts';
import type { RowError } from '../lead-intake/prepare-lead-row.ts';
import type { ExistingLead, LeadToInsert, SourceRow } from './classify-rows.ts';
import type { LeadChanges } from './merge-lead.ts';
import type { ResolvedPlace } from './resolve-time-zones.ts';

export type { ImportCounts } from '../../contracts/imports.ts';

/** What the manager chose for one import; stored with the job so a resumed job reads the same way. */
export interface ImportSettings extends ReadOptions {
  /** Header → target; absent: suggested from the headers once the file is opened. */
  mapping?: Record<string, ColumnTarget>;
  dedupe: DedupePolicy;
  listName: string;
  /** The source recorded on leads without a source column ('import', 'api', …). */
  source: string;
  /** Phones of another country than the lead's: kept with a warning (default) or refused. */
  foreignPhones?: ForeignPhonePolicy;
}

export interface ImportJob {
  id: number;
  organizationId: number;
  clientId: number;
  listId: number | null;
  createdByUserId: number | null;
  dryRun: boolean;
  filePath: string;
  fileName: string;
  settings: ImportSettings;
  /** Rows up to this one are committed; a resumed job skips them. */
  checkpointRow: number;
  counts: ImportCounts;
  /** The claim this node holds (node id and attempt), checked on every commit. */
  lockedBy: string;
  attempts: number;
}

export const emptyCounts = (): ImportCounts => ({
  rows: 0,
  imported: 0,
  updated: 0,
  duplicates: 0,
  invalid: 0,
  dnc: 0,
  warnings: 0,
  conflicts: 0,
});

export interface ImportReject {
  kind: 'invalid' | 'duplicate' | 'warning';
  rowNumber: number;
  field: string;
  reason: string;
  leadId: number | null;
  cells: Record<string, string>;
  code?: RowError['code'];
  params?: RowError['params'];
}

export interface LeadUpdate {
  rowNumber: number;
  leadId: number;
  changes: LeadChanges;
  place: ResolvedPlace | null;
  /** The row's notes column, added to the lead's notes when the update is applied. */
  note?: string | null;
}

/** One batch's outcome, committed in one transaction together with the job's checkpoint. */
export interface ImportBatch {
  job: ImportJob;
  inserts: LeadToInsert[];
  updates: LeadUpdate[];
  rejects: ImportReject[];
  checkpointRow: number;
  bytesRead: number;
  counts: ImportCounts;
  now: Temporal.Instant;
}

/** 'running': keep going; 'cancelled': a person cancelled it; 'lost': another node holds the job now. */
export type CommitResult = 'running' | 'cancelled' | 'lost';

/** A file opened for reading. */
export interface ImportSource {
  format: string;
  headers: string[];
  rows: AsyncIterable<SourceRow>;
  bytesRead(): number;
  close(): Promise<void>;
}

export interface ImportJobsPort {
  findExisting(clientId: number, phones: string[], emails: string[]): Promise<ExistingLead[]>;
  dncPhones(organizationId: number, clientId: number, phones: string[]): Promise<Set<string>>;
  /** Existing leads this job already staged an update for (a resumed job must not update them twice). */
  touchedLeadIds(jobId: number): Promise<Set<number>>;
  /** Creates the hidden list the job fills and records it on the job (idempotent). */
  ensureList(job: ImportJob, now: Temporal.Instant): Promise<number>;
  recordHeaders(
    job: ImportJob,
    format: string,
    headers: string[],
    mapping: Record<string, ColumnTarget>,
  ): Promise<void>;
  /** Stores the batch; counts come back corrected for leads another writer stored meanwhile. */
  commitBatch(batch: ImportBatch): Promise<{ status: CommitResult; counts: ImportCounts }>;
  /** Applies the staged updates, shows the list, marks the job done: one transaction. */
  finish(
    job: ImportJob,
    counts: ImportCounts,
    bytesRead: number,
    now: Temporal.Instant,
  ): Promise<CommitResult>;
  /** Removes every lead and staged update of the job and its list; the job keeps its report. */
  abandon(
    job: ImportJob,
    outcome: { status: 'failed' | 'cancelled'; message: string | null; field: string | null },
    now: Temporal.Instant,
  ): Promise<void>;
}
