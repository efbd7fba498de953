import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { ClaimedJob, JobHandler, JobsPort } from './job.ts';
import { runDueJobs } from './run-due-jobs.ts';

const now = Temporal.Instant.from('2026-06-12T14:00:00Z');

interface FakeJob extends ClaimedJob {
  status: 'pending' | 'running' | 'done' | 'failed';
  lastError: string | null;
}

/** An in-memory job table with the claim semantics of the real one, and a way to steal a claim. */
function fakeJobs(kinds: string[], attempts = 0) {
  const jobs: FakeJob[] = kinds.map((kind, i) => ({
    id: i + 1,
    kind,
    payload: { n: i },
    runAt: now,
    attempts,
    lockedBy: '',
    lockedUntil: now,
    status: 'pending',
    lastError: null,
  }));
  const writes: string[] = [];
  const port: JobsPort<string[]> = {
    async claimDue(nodeId, at, limit, lockedUntil) {
      const due = jobs.filter((j) => j.status === 'pending' && Temporal.Instant.compare(j.runAt, at) <= 0);
      return due.slice(0, limit).map((job) => {
        Object.assign(job, { status: 'running', lockedBy: nodeId, lockedUntil, attempts: job.attempts + 1 });
        return { ...job };
      });
    },
    async complete(claimed, _at, work) {
      const job = jobs.find((j) => j.id === claimed.id);
      if (job?.status !== 'running' || job.lockedBy !== claimed.lockedBy) return false;
      job.status = 'done';
      await work?.(writes);
      return true;
    },
    async fail(claimed, _at, error, retryAt) {
      const job = jobs.find((j) => j.id === claimed.id);
      if (!job) return;
      Object.assign(job, {
        status: retryAt ? 'pending' : 'failed',
        runAt: retryAt ?? job.runAt,
        lastError: error,
      });
    },
  };
  return { jobs, writes, port };
}

const options = { nodeId: 'node-1', clock: () => now };

describe('runDueJobs', () => {
  it('runs each due job through the handler of its kind and writes its work with the completion', async () => {
    const { jobs, writes, port } = fakeJobs(['mail', 'reminder', 'mail']);
    const handlers: Record<string, JobHandler<string[]>> = {
      mail: ({ job, complete }) => complete(async (w) => void w.push(`mail ${job.id}`)),
      reminder: async () => undefined,
    };
    expect(await runDueJobs(port, handlers, options)).toEqual({ done: 3, retried: 0, failed: 0, lost: 0 });
    expect(jobs.map((j) => j.status)).toEqual(['done', 'done', 'done']);
    expect(writes).toEqual(['mail 1', 'mail 3']);
  });

  it('a failing job comes back after a pause; on its fifth failure it is given up', async () => {
    const { jobs, port } = fakeJobs(['mail'], 0);
    const handlers: Record<string, JobHandler<string[]>> = {
      mail: async () => {
        throw new Error('550 mailbox unavailable');
      },
    };
    expect((await runDueJobs(port, handlers, options)).retried).toBe(1);
    expect(jobs[0]).toMatchObject({ status: 'pending', lastError: '550 mailbox unavailable' });
    expect(jobs[0]?.runAt.toString()).toBe('2026-06-12T14:01:00Z');
    Object.assign(jobs[0] ?? {}, { runAt: now, attempts: 4 });
    expect(await runDueJobs(port, handlers, options)).toEqual({ done: 0, retried: 0, failed: 1, lost: 0 });
    expect(jobs[0]?.status).toBe('failed');
  });

  it('a job of an unknown kind fails at once instead of looping', async () => {
    const { jobs, port } = fakeJobs(['mystery']);
    expect((await runDueJobs(port, {}, options)).failed).toBe(1);
    expect(jobs[0]?.lastError).toMatch(/No handler/);
  });

  it('work whose claim another node took over is not committed: the job counts as lost', async () => {
    const { jobs, writes, port } = fakeJobs(['mail']);
    const handlers: Record<string, JobHandler<string[]>> = {
      mail: async ({ complete }) => {
        // This node stalled past its lock; another claimed the job meanwhile.
        Object.assign(jobs[0] ?? {}, { lockedBy: 'node-2' });
        await complete(async (w) => void w.push('late write'));
      },
    };
    expect(await runDueJobs(port, handlers, options)).toEqual({ done: 0, retried: 0, failed: 0, lost: 1 });
    expect(writes).toEqual([]);
  });
});
