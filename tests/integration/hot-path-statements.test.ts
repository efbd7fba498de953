import type { RootOperationNode } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient } from './support/demo-data.ts';
import { servedLead } from './support/queue.ts';
import type { Api } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

/** A statement as "select leads", "update lead_leases": enough to read which ones a request runs. */
function describeStatement(node: RootOperationNode): string {
  const tables: string[] = [];
  const walk = (value: unknown, depth: number) => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (record.kind === 'TableNode') {
      const table = record.table as { identifier?: { name?: string } } | undefined;
      if (table?.identifier?.name) tables.push(table.identifier.name);
      return;
    }
    for (const child of Object.values(record)) {
      if (Array.isArray(child)) for (const item of child) walk(item, depth + 1);
      else walk(child, depth + 1);
    }
  };
  walk(node, 0);
  return `${node.kind.replace(/QueryNode$/, '').toLowerCase()} ${tables[0] ?? '(raw)'}`;
}

// The floor's hot path, counted in SQL statements (transactions included): a setter's claim of the
// next lead, then the call's disposition. Every statement is a round trip on PostgreSQL.
for (const dialect of dialects) {
  describe(dialect, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let setter1: Api;

    const statementsOf = async (work: () => Promise<unknown>): Promise<string[]> => {
      const seen: string[] = [];
      const executor = t.deps.database.db.getExecutor();
      t.deps.database.statements.listener = (node) =>
        seen.push(
          process.env.SHOW_SQL
            ? executor.compileQuery(node, { queryId: 'count' }).sql.slice(0, 160)
            : describeStatement(node),
        );
      try {
        await work();
        return seen;
      } finally {
        t.deps.database.statements.listener = null;
      }
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      sunpeak = await demoClient(t, 'sunpeak-solar');
      // Signed in on the floor's clock: the shift is open (ready) when the claims come.
      t.clock.set('2026-06-10T16:00:00Z');
      setter1 = await t.authed('setter1@demo.test');
      // Warm: the first claim of a campaign may build what later claims reuse.
      const first = await servedLead(setter1, sunpeak.campaignId);
      await setter1.post(`/api/leads/${first.lead.id}/attempts`, {
        disposition: 'no_answer',
        campaignId: sunpeak.campaignId,
      });
    });
    afterAll(() => t?.close());

    it('a claim and its disposition', async () => {
      t.clock.set('2026-06-10T16:05:00Z');
      let leadId = 0;
      const claim = await statementsOf(async () => {
        leadId = (await servedLead(setter1, sunpeak.campaignId)).lead.id;
      });
      const disposition = await statementsOf(async () => {
        const saved = await setter1.post(`/api/leads/${leadId}/attempts`, {
          disposition: 'no_answer',
          campaignId: sunpeak.campaignId,
        });
        expect(saved.status).toBe(201);
      });
      if (process.env.SHOW_SQL)
        console.log(`claim:\n  ${claim.join('\n  ')}\ndisposition:\n  ${disposition.join('\n  ')}`);
      // Today's budget (the target is 10 for both): a statement added to the hot path fails here.
      expect(claim.length, claim.join('\n')).toBeLessThanOrEqual(17);
      expect(disposition.length, disposition.join('\n')).toBeLessThanOrEqual(11);
    });
  });
}
