import type { Temporal } from 'temporal-polyfill';

/** Durable background work, run by a worker at `runAt`; a `dedupeKey` seen before is ignored. */
export interface NewJob {
  kind: string;
  runAt: Temporal.Instant;
  payload: Record<string, unknown>;
  dedupeKey: string | null;
  now: Temporal.Instant;
}

/** A job one worker node holds until `lockedUntil`; after that another node may take it over. */
export interface ClaimedJob {
  id: number;
  kind: string;
  payload: unknown;
  runAt: Temporal.Instant;
  /** Runs started so far, this one included. */
  attempts: number;
  lockedBy: string;
  lockedUntil: Temporal.Instant;
}

export interface JobContext<W> {
  job: ClaimedJob;
  now: Temporal.Instant;
  /**
   * Marks the job done together with `work`, in one transaction, only while this node still
   * holds it: a job taken over after an expired lock never commits twice. Without a call the
   * runner completes the job when the handler returns.
   */
  complete(work?: (writer: W) => Promise<void>): Promise<void>;
}

export type JobHandler<W> = (context: JobContext<W>) => Promise<void>;

export interface JobsPort<W> {
  /**
   * Takes up to `limit` due jobs — pending ones whose time has come, and running ones whose lock
   * expired (their node crashed) — each by a conditional update only one node can win.
   */
  claimDue(
    nodeId: string,
    now: Temporal.Instant,
    limit: number,
    lockedUntil: Temporal.Instant,
  ): Promise<ClaimedJob[]>;
  /** False (and `work` rolled back) when the node no longer holds the job. */
  complete(job: ClaimedJob, now: Temporal.Instant, work?: (writer: W) => Promise<void>): Promise<boolean>;
  /** Back to pending at `retryAt`, or failed for good when it is null; only while the node holds it. */
  fail(
    job: ClaimedJob,
    now: Temporal.Instant,
    error: string,
    retryAt: Temporal.Instant | null,
  ): Promise<void>;
}

/** How long a claimed job stays with its node before another may take it over. */
export const jobLockSeconds = 60;
/** Runs before a job is given up as failed. */
export const maxJobAttempts = 5;

/**
 * The pause before the next run of a job that failed: doubling from one minute, at most an hour.
 *
 * @example
 * retryDelaySeconds(1) // 60
 * retryDelaySeconds(3) // 240
 */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(60 * 2 ** Math.max(0, attempts - 1), 3600);
}
