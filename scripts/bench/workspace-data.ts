import { hash } from '@node-rs/argon2';
import type { Temporal } from 'temporal-polyfill';
import { createDatabase } from '../../src/db/create-database.ts';
import { timeClaims } from './queue-claims.ts';
import { buildQueueBench } from './queue-data.ts';

export const setterPassword = 'workspace-bench';

export interface WorkspaceBenchData {
  databaseUrl: string;
  campaignId: number;
  /** The setter who works the campaign in the browser. */
  setter: { userId: number; email: string };
  buildSeconds: number;
  /** The first claim of the campaign (it may build the order's index), taken before any timing. */
  warmupSeconds: number;
}

/**
 * A SQLite database at `databaseUrl` with a campaign of `leads` leads (see `buildQueueBench`), a
 * setter who signs in with `setterPassword`, and the campaign's first claim already taken by a
 * second setter: a campaign in use, not one opened for the first time.
 */
export async function buildWorkspaceBench(
  databaseUrl: string,
  leads: number,
  now: Temporal.Instant,
): Promise<WorkspaceBenchData> {
  const started = performance.now();
  const data = await buildQueueBench(databaseUrl, leads, 2, now);
  try {
    const [setter, other] = data.setters;
    if (!setter || !other) throw new Error('The bench database has no setters');
    const user = await data.database.db
      .updateTable('users')
      .set({ password_hash: await hash(setterPassword) })
      .where('id', '=', setter.userId)
      .returning('email')
      .executeTakeFirstOrThrow();
    const buildSeconds = (performance.now() - started) / 1000;
    const warmup = performance.now();
    const claims = await timeClaims({ ...data, setters: [other] }, now, 1, 0);
    if (claims.empty > 0)
      throw new Error('The bench campaign served no lead: is the clock inside its window?');
    return {
      databaseUrl,
      campaignId: data.campaignId,
      setter: { userId: setter.userId, email: user.email },
      buildSeconds,
      warmupSeconds: (performance.now() - warmup) / 1000,
    };
  } finally {
    await data.database.destroy();
  }
}

export interface ServedTwice {
  /** Leads with more than one call attempt in the campaign (a "no answer" lead waits hours). */
  leads: number;
  attempts: number;
}

/** Counts the campaign's attempts and the leads called more than once, read from the database. */
export async function findServedTwice(databaseUrl: string, campaignId: number): Promise<ServedTwice> {
  const database = createDatabase(databaseUrl);
  try {
    const rows = await database.db
      .selectFrom('call_attempts')
      .select(['lead_id', (eb) => eb.fn.countAll<number>().as('calls')])
      .where('campaign_id', '=', campaignId)
      .groupBy('lead_id')
      .execute();
    return {
      leads: rows.filter((row) => Number(row.calls) > 1).length,
      attempts: rows.reduce((sum, row) => sum + Number(row.calls), 0),
    };
  } finally {
    await database.destroy();
  }
}
