// `npm run bench:queue`: the lead queue at 10,000 and 1,000,000 leads in one campaign, in process
// and over HTTP with 100 setters claiming and dispositioning at once, on SQLite (one node) and on
// PostgreSQL (two nodes on one database). Sizes and duration: BENCH_QUEUE_LEADS (1,000,000),
// BENCH_QUEUE_SECONDS (60), BENCH_QUEUE_SETTERS (100), BENCH_QUEUE_CLAIMS (2,000 timed in process).
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Temporal } from 'temporal-polyfill';
import { startPostgres } from '../../tests/support/postgres.ts';
import { timeClaims } from './queue-claims.ts';
import { benchSortKeys, buildQueueBench, type QueueBenchData } from './queue-data.ts';
import { type AppNode, doubleService, runLoad, startNodes } from './queue-http.ts';
import { percentiles } from './slots-scenario.ts';

const bigList = Number(process.env.BENCH_QUEUE_LEADS ?? 1_000_000);
const smallList = 10_000;
const seconds = Number(process.env.BENCH_QUEUE_SECONDS ?? 60);
const setterCount = Number(process.env.BENCH_QUEUE_SETTERS ?? 100);
const claimCount = Number(process.env.BENCH_QUEUE_CLAIMS ?? 2000);
/** A Wednesday, 15:00 in New York and 09:00 in Honolulu: every US zone inside 08:00–21:00. */
const clockStart = '2026-06-10T19:00:00Z';
const now = Temporal.Instant.from(clockStart);
const target = { p99Ms: 5, ratio: 1.5, httpP99Ms: 25, claimsPerSecond: 1000 };
let failed = false;

const ms = (value: number) => `${value.toFixed(2)} ms`;
const count = (value: number) => value.toLocaleString('en');
const since = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} s`;
const verdict = (ok: boolean, text: string) => `  (target ${text}: ${ok ? 'met' : 'MISSED'})`;

async function build(url: string, leads: number): Promise<QueueBenchData> {
  const started = performance.now();
  const data = await buildQueueBench(url, leads, setterCount, now);
  console.log(
    `  ${count(leads)} leads in ${data.zoneSets} zone sets, ${setterCount} setters: built in ${since(started)}`,
  );
  return data;
}

/** Timed claims on one list; the first claim (which may build the order's index) apart. */
async function claimsOn(data: QueueBenchData, leads: number) {
  const first = performance.now();
  await timeClaims(data, now, 1, 0);
  const firstTook = since(first);
  const run = await timeClaims(data, now, claimCount, 50);
  const { p50, p99 } = percentiles(run.timings);
  if (run.repeats > 0 || run.empty > 0) failed = true;
  console.log(
    `  ${count(leads).padStart(9)} leads: ${count(claimCount)} claims p50 ${ms(p50)}, p99 ${ms(p99)} ` +
      `(first claim ${firstTook}; served twice ${run.repeats}, empty ${run.empty})` +
      (leads === bigList ? verdict(p99 <= target.p99Ms, `p99 ≤ ${target.p99Ms} ms`) : ''),
  );
  return { p50, p99 };
}

async function inProcess(directory: string): Promise<{ url: string; data: QueueBenchData }> {
  console.log('\nIn process on SQLite: claimNextLead with the real repository, each claim then "no answer"');
  const small = await build(`file:${join(directory, 'small.db')}`, smallList);
  const bigUrl = `file:${join(directory, 'big.db')}`;
  const big = await build(bigUrl, bigList);
  const a = await claimsOn(small, smallList);
  const b = await claimsOn(big, bigList);
  const ratio = Math.max(b.p50 / a.p50, b.p99 / a.p99);
  console.log(
    `  ${count(bigList)} / ${count(smallList)}: p50 ×${(b.p50 / a.p50).toFixed(2)}, p99 ×${(b.p99 / a.p99).toFixed(2)}` +
      verdict(ratio <= target.ratio, `≤ ${target.ratio}`),
  );
  await small.database.destroy();
  await big.database.destroy();
  // The HTTP phase reuses the big list (its setters' tokens and the campaign), served by app nodes.
  return { url: bigUrl, data: big };
}

async function overHttp(label: string, url: string, nodeCount: number, data: QueueBenchData): Promise<void> {
  const nodes: AppNode[] = await startNodes(url, nodeCount, clockStart);
  try {
    const load = await runLoad(nodes, data, seconds);
    const claims = load.claimMs.length;
    const served = load.holds.length;
    const perSecond = served / load.seconds;
    const claim = percentiles(load.claimMs);
    const disposition = percentiles(load.dispositionMs);
    const doubles = doubleService(load.holds);
    const errors = [...load.errors].map(([what, n]) => `${n} × ${what}`).join(', ') || 'none';
    if (doubles.servedTwice > 0 || doubles.overlapping > 0 || load.errors.size > 0 || load.empty > 0)
      failed = true;
    console.log(
      `  ${label}: ${setterCount} setters on ${nodeCount} node${nodeCount > 1 ? 's' : ''} for ${load.seconds.toFixed(1)} s: ` +
        `${count(served)} leads served (${count(claims)} claims), ${perSecond.toFixed(0)} claims/s` +
        (label.startsWith('SQLite')
          ? verdict(perSecond >= target.claimsPerSecond, `≥ ${target.claimsPerSecond}/s`)
          : ''),
    );
    console.log(
      `    POST next p50 ${ms(claim.p50)}, p99 ${ms(claim.p99)}` +
        (label.startsWith('SQLite')
          ? verdict(claim.p99 <= target.httpP99Ms, `p99 ≤ ${target.httpP99Ms} ms`)
          : '') +
        ` · POST attempts p50 ${ms(disposition.p50)}, p99 ${ms(disposition.p99)}`,
    );
    console.log(
      `    leads served twice: ${doubles.servedTwice}, overlapping leases: ${doubles.overlapping}, empty answers: ${load.empty}, errors: ${errors}`,
    );
  } finally {
    await Promise.all(nodes.map((node) => node.stop()));
  }
}

async function onPostgres(): Promise<void> {
  const server = await startPostgres();
  try {
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query('create database setterdesk_queue_bench');
    await admin.end();
    const url = new URL(server.adminUrl);
    url.pathname = '/setterdesk_queue_bench';
    url.searchParams.set('pool', '20');
    const data = await build(url.toString(), bigList);
    // The first claim builds the order's index (concurrently); the nodes then find it in place.
    const first = performance.now();
    await timeClaims(data, now, 1, 0);
    console.log(`  first claim (builds the order's index): ${since(first)}`);
    await data.database.destroy();
    await overHttp('PostgreSQL', url.toString(), 2, data);
  } finally {
    await server.stop();
  }
}

const started = performance.now();
console.log(
  `Queue benchmark — Node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} CPUs, ` +
    `load average ${loadavg()[0]?.toFixed(2)} at start (a busy machine shows in the p99s)`,
);
console.log(
  `Order: ${benchSortKeys.map((k) => `${k.field} ${k.direction}`).join(', ')}; window 08:00–21:00 every day; ` +
    `clock from ${clockStart} (15:00 New York, 09:00 Honolulu)`,
);
const directory = await mkdtemp(join(tmpdir(), 'setterdesk-bench-queue-'));
try {
  const big = await inProcess(directory);
  console.log(`\nOver HTTP: each setter in a loop of POST next → POST attempts (no answer), ${seconds} s`);
  await overHttp('SQLite', big.url, 1, big.data);
  console.log('\nPostgreSQL (COPY-loaded list, two app nodes on one database, setters split between them)');
  await onPostgres();
} finally {
  await rm(directory, { recursive: true, force: true });
}
console.log(`\nDone in ${since(started)}${failed ? ' — FAILED' : ''}`);
process.exit(failed ? 1 : 0);
