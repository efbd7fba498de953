import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTimeZoneLookup } from '../../src/integrations/geo/time-zone-lookup.ts';
import { buildApp } from '../../src/server/app.ts';
import { createDeps } from '../../src/server/deps.ts';
import { dialects, dropTestDatabases } from '../support/test-databases.ts';
import { type DemoClient, demoClient, extraSetters } from './support/demo-data.ts';
import { nextLead } from './support/queue.ts';
import { type Api, bearerApi } from './support/test-api.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

afterAll(dropTestDatabases);

/**
 * Two app nodes on one database, each keeping the head of a busy queue in memory for a moment:
 * a lead leased on one node must never be served by the other from its (older) head.
 */
for (const dialect of dialects) {
  describe(`${dialect}: two app nodes on one database`, () => {
    let t: TestApp;
    let sunpeak: DemoClient;
    let secondNode: Awaited<ReturnType<typeof buildApp>>;
    beforeAll(async () => {
      t = await createTestApp(dialect, { leadsPerClient: 900 });
      sunpeak = await demoClient(t, 'sunpeak-solar');
      secondNode = await buildApp(
        createDeps(t.deps.database, t.config, await createTimeZoneLookup(), t.clock),
      );
      await secondNode.ready();
    });
    afterAll(async () => {
      await secondNode?.close();
      await t?.close();
    });

    it('setters on both nodes claiming in rounds never hold one lead at once and are never served a lead twice', async () => {
      t.clock.set('2026-06-10T16:00:00Z');
      const setters = await extraSetters(t, 16, [sunpeak.id]);
      // Each setter on one node; half of them through the second node, by an API token.
      const apis: Api[] = await Promise.all(
        setters.map(async ({ api }, i) => {
          if (i % 2 === 0) return api;
          const created = await api.post<{ token: string }>('/api/auth/tokens', { name: 'second node' });
          return bearerApi(secondNode, created.body.token);
        }),
      );
      const served = new Set<number>();
      for (let round = 0; round < 6; round++) {
        const answers = await Promise.all(apis.map((api) => nextLead(api, sunpeak.campaignId)));
        const ids = answers.map((answer) => answer.item?.lead.id);
        expect(ids.every((id) => id !== undefined)).toBe(true);
        expect(new Set(ids).size).toBe(apis.length);
        for (const id of ids) {
          expect(served.has(id as number)).toBe(false);
          served.add(id as number);
        }
        // Every lead is held by the setter it was served to.
        const holders = await t.deps.database.db
          .selectFrom('leads')
          .select(['id', 'lease_user_id'])
          .where('id', 'in', ids as number[])
          .execute();
        const holderOf = new Map(holders.map((row) => [row.id, row.lease_user_id]));
        ids.forEach((id, i) => {
          expect(holderOf.get(id as number)).toBe(setters[i]?.userId);
        });
        // Half of them move on ("no answer": back in hours); the others keep their lead one more round.
        await Promise.all(
          apis.map(async (api, i) => {
            if ((i + round) % 2 !== 0) return;
            const logged = await api.post(`/api/leads/${ids[i]}/attempts`, {
              campaignId: sunpeak.campaignId,
              disposition: 'no_answer',
            });
            expect(logged.status).toBe(201);
          }),
        );
        // A setter still holding a lead is served that same lead again: count it once.
        for (const [i, id] of ids.entries()) if ((i + round) % 2 !== 0) served.delete(id as number);
      }
    });
  });
}
