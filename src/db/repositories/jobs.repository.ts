import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { ClaimedJob, JobsPort, NewJob } from '../../core/jobs/job.ts';
import { parseJson, toJson } from '../json.ts';
import type { Database } from '../schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** Plans a job; a job with the same dedupe key planned before is kept and this one ignored. */
export async function insertJob(executor: Executor, job: NewJob): Promise<void> {
  await executor
    .insertInto('jobs')
    .values({
      kind: job.kind,
      run_at: job.runAt.epochMilliseconds,
      payload: toJson(job.payload),
      status: 'pending',
      dedupe_key: job.dedupeKey,
      created_at: job.now.epochMilliseconds,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

/** Due now: pending and its time has come, or running on a node whose lock expired (a crash). */
const isDue = (nowMs: number) => (eb: ExpressionBuilder<Database, 'jobs'>) =>
  eb.or([
    eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', nowMs)]),
    eb.and([eb('status', '=', 'running'), eb('locked_until', '<=', nowMs)]),
  ]);

/** Thrown inside a completion to roll back its work when another node holds the job now. */
class JobLockLost extends Error {}

/**
 * The durable job table (docs/decisions/0006-appointment-mail-and-jobs.md). Each claim is one
 * conditional UPDATE that re-checks the job is still due, so of several nodes racing for a job
 * exactly one matches: PostgreSQL re-evaluates the condition on the row a concurrent claim just
 * changed, SQLite serializes writers. Completion and failure match the claim (node and attempt).
 */
export function createJobsRepository<W>(
  db: Kysely<Database>,
  writerFor: (trx: Transaction<Database>) => W,
): JobsPort<W> {
  const held = (job: ClaimedJob) => (eb: ExpressionBuilder<Database, 'jobs'>) =>
    eb.and([
      eb('id', '=', job.id),
      eb('status', '=', 'running'),
      eb('locked_by', '=', job.lockedBy),
      eb('attempts', '=', job.attempts),
    ]);

  return {
    async claimDue(nodeId, now, limit, lockedUntil) {
      const nowMs = now.epochMilliseconds;
      const candidates = await db
        .selectFrom('jobs')
        .select('id')
        .where(isDue(nowMs))
        .orderBy('run_at')
        .orderBy('id')
        .limit(limit)
        .execute();
      const claimed: ClaimedJob[] = [];
      for (const { id } of candidates) {
        const row = await db
          .updateTable('jobs')
          .set((eb) => ({
            status: 'running',
            locked_by: nodeId,
            locked_until: lockedUntil.epochMilliseconds,
            attempts: eb('attempts', '+', 1),
          }))
          .where('id', '=', id)
          .where(isDue(nowMs))
          .returning(['id', 'kind', 'payload', 'run_at', 'attempts'])
          .executeTakeFirst();
        if (!row) continue;
        claimed.push({
          id: row.id,
          kind: row.kind,
          payload: parseJson<unknown>(row.payload, null),
          runAt: Temporal.Instant.fromEpochMilliseconds(row.run_at),
          attempts: row.attempts,
          lockedBy: nodeId,
          lockedUntil,
        });
      }
      return claimed;
    },

    async complete(job, now, work) {
      try {
        return await db.transaction().execute(async (trx) => {
          const result = await trx
            .updateTable('jobs')
            .set({ status: 'done', finished_at: now.epochMilliseconds, locked_by: null, locked_until: null })
            .where(held(job))
            .executeTakeFirst();
          if (Number(result.numUpdatedRows) !== 1) throw new JobLockLost();
          if (work) await work(writerFor(trx));
          return true;
        });
      } catch (error) {
        if (error instanceof JobLockLost) return false;
        throw error;
      }
    },

    async fail(job, now, error, retryAt) {
      await db
        .updateTable('jobs')
        .set({
          status: retryAt ? 'pending' : 'failed',
          run_at: retryAt ? retryAt.epochMilliseconds : job.runAt.epochMilliseconds,
          last_error: error.slice(0, 2000),
          locked_by: null,
          locked_until: null,
          finished_at: retryAt ? null : now.epochMilliseconds,
        })
        .where(held(job))
        .execute();
    },
  };
}
