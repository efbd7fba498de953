import type { Temporal } from 'temporal-polyfill';
import {
  type ClaimedJob,
  type JobHandler,
  type JobsPort,
  jobLockSeconds,
  maxJobAttempts,
  retryDelaySeconds,
} from './job.ts';

export interface RunDueJobsOptions {
  /** Names this worker in job locks: unique per process. */
  nodeId: string;
  clock: () => Temporal.Instant;
  /** Jobs claimed per call. */
  batch?: number;
  maxAttempts?: number;
}

export interface RunReport {
  done: number;
  retried: number;
  failed: number;
  /** Jobs another node took over before this one finished (its lock expired). */
  lost: number;
}

/**
 * One pass of a worker: claims the due jobs, runs each through the handler of its kind, and marks
 * it done, or pending again after a growing pause, or failed after the last attempt. Safe with
 * any number of nodes on one database: a job is claimed by one node at a time, and a node that
 * crashed loses its claim when the lock expires.
 */
export async function runDueJobs<W>(
  port: JobsPort<W>,
  handlers: Readonly<Record<string, JobHandler<W>>>,
  options: RunDueJobsOptions,
): Promise<RunReport> {
  const report: RunReport = { done: 0, retried: 0, failed: 0, lost: 0 };
  const now = options.clock();
  const jobs = await port.claimDue(
    options.nodeId,
    now,
    options.batch ?? 20,
    now.add({ seconds: jobLockSeconds }),
  );
  for (const job of jobs) {
    const outcome = await runOne(port, handlers[job.kind], job, options);
    report[outcome] += 1;
  }
  return report;
}

async function runOne<W>(
  port: JobsPort<W>,
  handler: JobHandler<W> | undefined,
  job: ClaimedJob,
  options: RunDueJobsOptions,
): Promise<keyof RunReport> {
  const now = options.clock();
  if (!handler) {
    await port.fail(job, now, `No handler for jobs of kind "${job.kind}"`, null);
    return 'failed';
  }
  let completed: boolean | undefined;
  try {
    await handler({
      job,
      now,
      complete: async (work) => {
        completed = await port.complete(job, options.clock(), work);
      },
    });
    if (completed === undefined) completed = await port.complete(job, options.clock());
    return completed ? 'done' : 'lost';
  } catch (error) {
    const failedAt = options.clock();
    const final = job.attempts >= (options.maxAttempts ?? maxJobAttempts);
    const retryAt = final ? null : failedAt.add({ seconds: retryDelaySeconds(job.attempts) });
    await port.fail(job, failedAt, error instanceof Error ? error.message : String(error), retryAt);
    return final ? 'failed' : 'retried';
  }
}
