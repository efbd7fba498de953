import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { QueueBenchData } from './queue-data.ts';

export interface AppNode {
  url: string;
  stop(): Promise<void>;
}

/** `count` app nodes over one database, each its own process (a node's event loop is one core). */
export async function startNodes(databaseUrl: string, count: number, clockStart: string): Promise<AppNode[]> {
  const wallStart = String(Date.now());
  return Promise.all(
    Array.from({ length: count }, async () => {
      const child = spawn(
        process.execPath,
        [
          // BENCH_NODE_OPTIONS: e.g. "--cpu-prof --cpu-prof-dir=prof" to profile the app nodes.
          ...(process.env.BENCH_NODE_OPTIONS?.split(' ').filter(Boolean) ?? []),
          '--import',
          'tsx',
          'scripts/bench/queue-server.ts',
          databaseUrl,
          clockStart,
          wallStart,
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const lines = createInterface({ input: child.stdout });
      const [line] = (await once(lines, 'line')) as [string];
      const { port } = JSON.parse(line) as { port: number };
      return {
        url: `http://127.0.0.1:${port}`,
        async stop() {
          child.kill('SIGTERM');
          if (child.exitCode === null) await once(child, 'exit');
        },
      };
    }),
  );
}

/** A lead in one setter's hands: from the moment the claim answered until the disposition was sent. */
export interface Hold {
  leadId: number;
  userId: number;
  fromMs: number;
  untilMs: number;
}

export interface LoadResult {
  seconds: number;
  claimMs: number[];
  dispositionMs: number[];
  holds: Hold[];
  empty: number;
  errors: Map<string, number>;
}

const post = async (url: string, token: string, body?: unknown) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { item?: { lead: { id: number } } | null },
  };
};

/**
 * Every setter in a loop for `seconds`: claim the next lead (POST /api/campaigns/:id/next), log
 * "no answer" on it (POST /api/leads/:id/attempts), again. Setter i talks to node i mod n.
 */
export async function runLoad(
  nodes: readonly AppNode[],
  data: QueueBenchData,
  seconds: number,
): Promise<LoadResult> {
  const result: LoadResult = {
    seconds,
    claimMs: [],
    dispositionMs: [],
    holds: [],
    empty: 0,
    errors: new Map(),
  };
  const fail = (what: string) => result.errors.set(what, (result.errors.get(what) ?? 0) + 1);
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    data.setters.map(async (setter, i) => {
      const node = nodes[i % nodes.length] as AppNode;
      while (performance.now() < deadline) {
        const started = performance.now();
        const claim = await post(`${node.url}/api/campaigns/${data.campaignId}/next`, setter.token);
        const claimed = performance.now();
        result.claimMs.push(claimed - started);
        if (claim.status !== 200) fail(`next ${claim.status}`);
        const leadId = claim.body.item?.lead.id;
        if (leadId === undefined) {
          if (claim.status === 200) result.empty++;
          continue;
        }
        const sent = performance.now();
        const logged = await post(`${node.url}/api/leads/${leadId}/attempts`, setter.token, {
          campaignId: data.campaignId,
          disposition: 'no_answer',
        });
        result.dispositionMs.push(performance.now() - sent);
        if (logged.status !== 201) fail(`attempts ${logged.status}`);
        result.holds.push({ leadId, userId: setter.userId, fromMs: claimed, untilMs: sent });
      }
    }),
  );
  result.seconds = seconds + Math.max(0, performance.now() - deadline) / 1000;
  return result;
}

/**
 * Leads served more than once in the run (a "no answer" lead waits hours, so any repeat is a
 * fault) and pairs of holds of one lead by two setters that overlap in time (a double lease).
 */
export function doubleService(holds: readonly Hold[]): { servedTwice: number; overlapping: number } {
  const byLead = new Map<number, Hold[]>();
  for (const hold of holds) byLead.set(hold.leadId, [...(byLead.get(hold.leadId) ?? []), hold]);
  let servedTwice = 0;
  let overlapping = 0;
  for (const list of byLead.values()) {
    if (list.length < 2) continue;
    servedTwice++;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as Hold;
        const b = list[j] as Hold;
        if (a.userId !== b.userId && a.fromMs < b.untilMs && b.fromMs < a.untilMs) overlapping++;
      }
    }
  }
  return { servedTwice, overlapping };
}
