import {
  type CompiledQuery,
  Kysely,
  type Migration,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  sql,
} from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimNextLead } from '../../src/core/lead-queue/claim-next-lead.ts';
import { createDatabase } from '../../src/db/create-database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import * as initial from '../../src/db/migrations/0001-initial.ts';
import * as appointmentsLifecycle from '../../src/db/migrations/0002-appointments-lifecycle.ts';
import * as idempotencyPerSetter from '../../src/db/migrations/0003-idempotency-per-setter.ts';
import * as intakeJobs from '../../src/db/migrations/0004-intake-jobs.ts';
import { createQueueReads } from '../../src/db/repositories/lead-queue-reads.ts';
import type { Database } from '../../src/db/schema.ts';
import { createDeps } from '../../src/server/deps.ts';
import {
  createTestDatabaseUrl,
  type Dialect,
  dialects,
  dropTestDatabases,
} from '../support/test-databases.ts';
import { type DemoClient, demoClient, userIdOf } from './support/demo-data.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

/** The app's repositories over a second Kysely on the same connection(s) that records every query. */
function recordingDeps(t: TestApp) {
  const queries: CompiledQuery[] = [];
  const { raw } = t.deps.database;
  const log = (event: { query: CompiledQuery }) => void queries.push(event.query);
  const db = new Kysely<Database>({
    dialect:
      raw.dialect === 'sqlite'
        ? new SqliteDialect({ database: raw.sqlite })
        : new PostgresDialect({ pool: raw.pool }),
    log,
  });
  const deps = createDeps({ ...t.deps.database, db }, t.config, t.deps.timeZones, t.clock);
  return { deps, db, queries };
}

const literal = (value: unknown): string =>
  Array.isArray(value)
    ? `'{${value.map((v) => String(v).replaceAll("'", "''")).join(',')}}'`
    : typeof value === 'number' || typeof value === 'bigint'
      ? String(value)
      : value === null || value === undefined
        ? 'null'
        : `'${String(value).replaceAll("'", "''")}'`;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

/**
 * The plan of a recorded query as lines naming each table access, and the accesses that read a
 * whole table or a whole index of leads or callbacks. PostgreSQL is told to avoid sequential scans
 * and sorts, so that on test-sized tables (where reading everything is cheapest) it shows whether an
 * index can serve the query, and its order, at all.
 */
async function planOf(t: TestApp, query: CompiledQuery): Promise<{ lines: string[]; fullScans: string[] }> {
  const watched = /^(leads|callbacks)$/;
  const { raw } = t.deps.database;
  if (raw.dialect === 'sqlite') {
    const rows = raw.sqlite.prepare(`explain query plan ${query.sql}`).all(...query.parameters) as {
      detail: string;
    }[];
    const lines = rows.map((r) => r.detail);
    return { lines, fullScans: lines.filter((l) => /^SCAN (leads|callbacks)\b/.test(l)) };
  }
  const inlined = query.sql.replace(/\$(\d+)/g, (_, n: string) => literal(query.parameters[Number(n) - 1]));
  const client = await raw.pool.connect();
  try {
    await client.query('set enable_seqscan = off');
    await client.query('set enable_sort = off');
    const result = await client.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
      `explain (format json) ${inlined}`,
    );
    await client.query('reset enable_seqscan');
    await client.query('reset enable_sort');
    const lines: string[] = [];
    const fullScans: string[] = [];
    const walk = (node: PlanNode) => {
      const line = `${node['Node Type']} ${node['Relation Name'] ?? ''} ${node['Index Name'] ?? ''}`.trim();
      lines.push(line);
      const table = node['Relation Name'] ?? '';
      if (
        watched.test(table) &&
        (node['Node Type'] === 'Seq Scan' || (/Index/.test(node['Node Type']) && !node['Index Cond']))
      )
        fullScans.push(line);
      for (const child of node.Plans ?? []) walk(child);
    };
    for (const entry of result.rows[0]?.['QUERY PLAN'] ?? []) walk(entry.Plan);
    return { lines, fullScans };
  } finally {
    client.release();
  }
}

const readsLeadsOrCallbacks = (query: CompiledQuery) =>
  /\b(from|join|update)\s+"?(leads|callbacks)\b/i.test(query.sql);

for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let ledgerly: DemoClient;
    beforeAll(async () => {
      t = await createTestApp(dialect, { leadsPerClient: 400 });
      ledgerly = await demoClient(t, 'ledgerly');
    });
    afterAll(() => t?.close());

    it('serving a lead reads leads and callbacks only through indexes, the order through its own index', async () => {
      t.clock.set('2026-06-10T19:00:00Z'); // 15:00 New York, 09:00 Honolulu: every zone callable
      const actor = await t.deps.users.loadActor(await userIdOf(t, 'setter1@demo.test'));
      if (!actor) throw new Error('setter1 missing');
      const recording = recordingDeps(t);
      const claimed = await claimNextLead(recording.deps.queue, actor, ledgerly.campaignId, t.clock(), {
        leaseMinutes: 10,
      });
      expect('claimed' in claimed).toBe(true);
      const campaign = await t.deps.catalog.findCampaign(ledgerly.campaignId);
      if (!campaign) throw new Error('campaign missing');
      // The empty-queue and preview reads, and the zone sets without counts.
      await recording.deps.queue.countOpenLeads(campaign, t.clock());
      await createQueueReads(recording.db, dialect).zoneKeys(campaign);

      const plans = await Promise.all(
        recording.queries.filter(readsLeadsOrCallbacks).map(async (query) => ({
          sql: query.sql,
          plan: await planOf(t, query),
        })),
      );
      expect(plans.length).toBeGreaterThanOrEqual(7);
      for (const { sql: text, plan } of plans) {
        expect(plan.fullScans, `${text}\n${plan.lines.join('\n')}`).toEqual([]);
      }
      const ordered = plans.filter((p) => p.sql.includes('leads.id = q.id'));
      expect(ordered).toHaveLength(1);
      expect(
        ordered[0]?.plan.lines.some((l) => l.includes('leads_queue_order_')),
        ordered[0]?.plan.lines.join('\n'),
      ).toBe(true);
      const hot = plans.find((p) => p.sql.includes('"hot" = '));
      expect(hot?.plan.lines.some((l) => l.includes('leads_client_hot_idx'))).toBe(true);
      const callbacks = plans.find((p) => /from "callbacks"/.test(p.sql));
      expect(callbacks?.plan.lines.some((l) => l.includes('callbacks_status_due_idx'))).toBe(true);
    });

    it('leasing the first free lead of a page skips one held by another setter and one dispositioned since it was read', async () => {
      t.clock.set('2026-06-10T19:30:00Z');
      const now = t.clock();
      const until = now.add({ minutes: 10 });
      const setter1 = await userIdOf(t, 'setter1@demo.test');
      const setter2 = await userIdOf(t, 'setter2@demo.test');
      const page = await t.deps.database.db
        .selectFrom('leads')
        .select('id')
        .where('list_id', '=', ledgerly.listId)
        .where('status', '=', 'new')
        .where('lease_user_id', 'is', null)
        .orderBy('id')
        .limit(3)
        .execute();
      const [held, dispositioned, free] = page.map((r) => r.id);
      if (held === undefined || dispositioned === undefined || free === undefined)
        throw new Error('too few leads');
      expect(await t.deps.queue.tryLease(held, setter2, now, until)).toBe(true);
      // Another setter's "no answer" moved it to its retry time after this page was read.
      await t.deps.database.db
        .updateTable('leads')
        .set({ status: 'attempting', next_call_at: now.add({ hours: 2 }).epochMilliseconds })
        .where('id', '=', dispositioned)
        .execute();
      const recording = recordingDeps(t);
      const leased = await recording.deps.queue.leaseFirst([held, dispositioned, free], setter1, now, until);
      expect(leased?.id).toBe(free);
      expect(await t.deps.queue.leaseFirst([held, dispositioned], setter1, now, until)).toBeNull();
      const [update] = recording.queries;
      if (!update) throw new Error('no statement recorded');
      expect((await planOf(t, update)).fullScans).toEqual([]);
    });
  });
}

describe.each(dialects)('%s: migration 0005', (dialect: Dialect) => {
  it('a lead stored before the zone key existed gets it from the migration, its zones sorted', async () => {
    const database = createDatabase(await createTestDatabaseUrl(dialect));
    const { db } = database;
    try {
      const before: Record<string, Migration> = {
        '0001-initial': initial,
        '0002-appointments-lifecycle': appointmentsLifecycle,
        '0003-idempotency-per-setter': idempotencyPerSetter,
        '0004-intake-jobs': intakeJobs,
      };
      await new Migrator({ db, provider: { getMigrations: async () => before } }).migrateToLatest();
      await sql`insert into organizations (name, created_at) values ('Org', 0)`.execute(db);
      await sql`insert into clients (organization_id, name, slug, country, time_zone, created_at)
        values (1, 'Client', 'client', 'US', 'America/New_York', 0)`.execute(db);
      const zones = [
        [
          { timeZone: 'America/New_York', source: 'postal_code' },
          { timeZone: 'America/Chicago', source: 'phone' },
        ],
        [],
        [{ timeZone: 'Europe/Berlin', source: 'client_default' }],
      ];
      for (const [i, candidates] of zones.entries()) {
        await sql`insert into leads (client_id, first_name, last_name, phone, phones, country, time_zones, source,
            custom_fields, status, next_call_at, created_at, updated_at)
          values (1, 'Lead', ${String(i)}, ${`+1212555010${i}`}, '[]', 'US', ${JSON.stringify(candidates)}, 'test',
            '{}', 'new', 0, 0, 0)`.execute(db);
      }
      await migrateToLatest(db);
      const rows = await db.selectFrom('leads').select('time_zone_key').orderBy('id').execute();
      expect(rows.map((r) => r.time_zone_key)).toEqual([
        'America/Chicago America/New_York',
        '',
        '~Europe/Berlin',
      ]);
    } finally {
      await database.destroy();
    }
  });
});
