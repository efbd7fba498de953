import { type CompiledQuery, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { searchLeads } from '../../../src/core/lead-search/search-leads.ts';
import { readLeadTimeline } from '../../../src/core/timeline/lead-timeline.ts';
import { createLeadSearchRepository } from '../../../src/db/repositories/lead-search.repository.ts';
import { createTimelineRepository } from '../../../src/db/repositories/timeline.repository.ts';
import type { Database } from '../../../src/db/schema.ts';
import { userIdOf } from './demo-data.ts';
import type { TestApp } from './test-app.ts';

/** The tables read by a lead's id or a client's prefix: none may be read whole. */
const watched =
  /^(leads|call_attempts|attempt_objections|lead_events|lead_notes|qualification_answers|callbacks|appointments)$/;

/** The aliases the timeline repository gives the watched tables. */
const watchedAliases = new Set(['a', 'ao', 'e', 'n', 'q', 'l']);

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

export interface QueryPlan {
  lines: string[];
  fullScans: string[];
}

const literal = (value: unknown): string =>
  Array.isArray(value)
    ? `'{${value.map((v) => String(v).replaceAll("'", "''")).join(',')}}'`
    : typeof value === 'number' || typeof value === 'bigint'
      ? String(value)
      : value === null || value === undefined
        ? 'null'
        : `'${String(value).replaceAll("'", "''")}'`;

/**
 * The plan of a query as lines naming each table access, and the accesses that read a watched
 * table whole. PostgreSQL is told to avoid sequential scans and sorts, so that on test-sized tables
 * it shows whether an index can serve the query (and its order) at all.
 */
async function planOf(t: TestApp, query: CompiledQuery): Promise<QueryPlan> {
  const { raw } = t.deps.database;
  if (raw.dialect === 'sqlite') {
    const rows = raw.sqlite.prepare(`explain query plan ${query.sql}`).all(...query.parameters) as {
      detail: string;
    }[];
    const lines = rows.map((r) => r.detail);
    // "SCAN leads", or with the repository's alias "SCAN e" / "SCAN lead_events AS e".
    const fullScans = lines.filter((l) => {
      const [, table = '', alias = ''] = /^SCAN (?:TABLE )?(\w+)(?: AS (\w+))?/.exec(l) ?? [];
      return watched.test(table) || watchedAliases.has(alias || table);
    });
    return { lines, fullScans };
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
      const whole =
        node['Node Type'] === 'Seq Scan' || (/Index/.test(node['Node Type']) && !node['Index Cond']);
      if (watched.test(node['Relation Name'] ?? '') && whole) fullScans.push(line);
      for (const child of node.Plans ?? []) walk(child);
    };
    for (const entry of result.rows[0]?.['QUERY PLAN'] ?? []) walk(entry.Plan);
    return { lines, fullScans };
  } finally {
    client.release();
  }
}

/**
 * Runs the searches and reads the lead's timeline as setter1 over a Kysely that records every
 * query (on the app's own connections), then explains each query.
 */
export async function searchPlans(
  t: TestApp,
  searches: readonly { text: string; clientId: number | null }[],
  leadId: number,
): Promise<{ sql: string; plan: QueryPlan }[]> {
  const queries: CompiledQuery[] = [];
  const { raw, dialect } = t.deps.database;
  const db = new Kysely<Database>({
    dialect:
      raw.dialect === 'sqlite'
        ? new SqliteDialect({ database: raw.sqlite })
        : new PostgresDialect({ pool: raw.pool }),
    log: (event) => void queries.push(event.query),
  });
  const actor = await t.deps.users.loadActor(await userIdOf(t, 'setter1@demo.test'));
  if (!actor) throw new Error('setter1 missing');
  const search = createLeadSearchRepository(db, dialect);
  for (const input of searches) await searchLeads(search, actor, input);
  await readLeadTimeline(createTimelineRepository(db), actor, leadId);
  const reading = queries.filter((q) => /^select/i.test(q.sql) && !/from "clients" where/i.test(q.sql));
  return Promise.all(reading.map(async (query) => ({ sql: query.sql, plan: await planOf(t, query) })));
}
