// `npx tsx scripts/bench/slots.ts`: the slot finder in process, over HTTP, and a booking race on
// SQLite and PostgreSQL, all measured in one run. The scenario is in slots-scenario.ts.
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { findOpenSlots } from '../../src/core/scheduling/find-open-slots.ts';
import { horizonEnd, pageOfSlots, slotDays } from '../../src/core/scheduling/slot-pages.ts';
import { startPostgres } from '../../tests/support/postgres.ts';
import {
  benchNow,
  benchReps,
  benchRules,
  leadTimeZone,
  naiveOpenSlots,
  percentiles,
  sameSlots,
} from './slots-scenario.ts';
import { type BenchServer, startBenchServer } from './slots-server.ts';

const httpReps = 20;
const httpRequests = 300;
const racers = 50;
const inProcessTargets = new Map([
  [20, 5],
  [100, 20],
]);
const httpP99TargetMs = 30;
let failed = false;

const ms = (value: number) => `${value.toFixed(2)} ms`;
const verdict = (value: number, target: number | undefined) =>
  target === undefined ? '' : `  (target ≤ ${target} ms: ${value <= target ? 'met' : 'MISSED'})`;

/** Timings of `runs` calls after `warmup` untimed ones, in milliseconds. */
function time(runs: number, warmup: number, work: () => unknown): number[] {
  for (let i = 0; i < warmup; i++) work();
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    timings.push(performance.now() - start);
  }
  return timings;
}

function inProcess(): void {
  console.log(
    `\nIn process: findOpenSlots, ${benchRules.horizonDays}-day horizon, now ${benchNow} (lead in ${leadTimeZone})`,
  );
  for (const count of [1, 20, 100]) {
    const reps = benchReps(count);
    const fast = findOpenSlots(reps, benchRules, benchNow);
    const naive = naiveOpenSlots(reps, benchRules, benchNow);
    if (!sameSlots(fast, naive)) {
      failed = true;
      console.log(`  ${count} reps: the fast and the naive slots DIFFER (${fast.length} vs ${naive.length})`);
      continue;
    }
    const own = percentiles(
      time(count === 100 ? 200 : 300, 30, () => findOpenSlots(reps, benchRules, benchNow)),
    );
    // The baseline is slow: as many runs as fit in about three seconds, at least ten.
    const once = time(1, 0, () => naiveOpenSlots(reps, benchRules, benchNow))[0] ?? 1;
    const baselineRuns = Math.max(10, Math.min(200, Math.floor(3000 / once)));
    const baseline = percentiles(time(baselineRuns, 2, () => naiveOpenSlots(reps, benchRules, benchNow)));
    console.log(
      `  ${String(count).padStart(3)} reps, ${String(fast.length).padStart(3)} slots: median ${ms(own.p50)}, p99 ${ms(own.p99)}` +
        ` | naive baseline median ${ms(baseline.p50)} (${baselineRuns} runs), ${(baseline.p50 / own.p50).toFixed(1)}× faster` +
        verdict(own.p50, inProcessTargets.get(count)),
    );
  }
}

/** The day list and a day's page, cut from the 100 reps' slots (the rest of a request's work). */
function pagesInProcess(): void {
  const reps = benchReps(100);
  const slots = findOpenSlots(reps, benchRules, benchNow);
  const end = horizonEnd(benchRules, benchNow);
  const days = slotDays(slots, leadTimeZone, benchNow, end);
  const busiest = days.reduce((a, b) => (b.slots > a.slots ? b : a));
  const own = percentiles(
    time(300, 30, () => {
      slotDays(slots, leadTimeZone, benchNow, end);
      pageOfSlots(slots, { from: busiest.startsAt, to: busiest.endsAt });
    }),
  );
  console.log(
    `  day list (${days.length} days) + one day's page (${busiest.slots} slots) over ${slots.length} slots: ` +
      `median ${ms(own.p50)}, p99 ${ms(own.p99)}`,
  );
}

async function overHttp(server: BenchServer, label: string, path = 'slots'): Promise<void> {
  const url = `${server.url}/api/leads/${server.leadId}/${path}?meetingTypeId=${server.meetingTypeId}${path === 'slots' ? '&limit=500' : ''}`;
  const headers = { authorization: `Bearer ${server.tokens[0]}` };
  let slots = 0;
  const request = async () => {
    const response = await fetch(url, { headers });
    const body = (await response.json()) as { slots?: unknown[]; days?: unknown[] };
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
    slots = body.slots?.length ?? body.days?.length ?? 0;
  };
  for (let i = 0; i < 30; i++) await request();
  const timings: number[] = [];
  for (let i = 0; i < httpRequests; i++) {
    const start = performance.now();
    await request();
    timings.push(performance.now() - start);
  }
  const { p50, p99 } = percentiles(timings);
  console.log(
    `  ${label}: GET /api/leads/:id/${path}, ${httpReps} reps, ${slots} ${path === 'slots' ? 'slots' : 'days'}, ${httpRequests} sequential requests: ` +
      `p50 ${ms(p50)}, p99 ${ms(p99)}${verdict(p99, httpP99TargetMs)}`,
  );
}

/** 50 bookings of one slot with one rep, at once, for 50 different leads. */
async function race(server: BenchServer, label: string): Promise<void> {
  const headers = (i: number) => ({
    authorization: `Bearer ${server.tokens[i % server.tokens.length]}`,
    'content-type': 'application/json',
  });
  const slotsUrl = `${server.url}/api/leads/${server.leadId}/slots?meetingTypeId=${server.meetingTypeId}&limit=500`;
  const { slots } = (await (await fetch(slotsUrl, { headers: headers(0) })).json()) as {
    slots: { startsAt: string; repIds: number[] }[];
  };
  const slot = slots[Math.floor(slots.length / 2)];
  const repId = slot?.repIds[0];
  if (!slot || repId === undefined) throw new Error('No slot to race for');
  const statuses = await Promise.all(
    server.racerLeadIds.map(async (leadId, i) => {
      const body = JSON.stringify({
        leadId,
        meetingTypeId: server.meetingTypeId,
        startsAt: slot.startsAt,
        repId,
      });
      const response = await fetch(`${server.url}/api/appointments`, {
        method: 'POST',
        headers: headers(i),
        body,
      });
      await response.text();
      return response.status;
    }),
  );
  const wins = statuses.filter((s) => s === 201).length;
  const taken = statuses.filter((s) => s === 409).length;
  const other = statuses.length - wins - taken;
  if (wins !== 1 || other > 0) failed = true;
  console.log(
    `  ${label}: ${racers} concurrent POST /api/appointments for one slot and one rep: ` +
      `${wins} success${wins === 1 ? ' (exactly one: met)' : ' — MUST BE EXACTLY 1'}, ${taken} × 409` +
      (other > 0
        ? `, ${other} other statuses (${statuses.filter((s) => s !== 201 && s !== 409).join(', ')})`
        : ''),
  );
}

async function onSqlite(): Promise<void> {
  const directory = await mkdtemp(join(tmpdir(), 'setterdesk-bench-'));
  const server = await startBenchServer(`file:${join(directory, 'bench.db')}`, benchReps(httpReps), racers);
  try {
    await overHttp(server, 'SQLite    ');
    await overHttp(server, 'SQLite    ', 'slot-days');
    await race(server, 'SQLite    ');
  } finally {
    await server.close();
    await rm(directory, { recursive: true, force: true });
  }
}

async function onPostgres(): Promise<void> {
  const postgres = await startPostgres();
  try {
    const admin = new pg.Client({ connectionString: postgres.adminUrl });
    await admin.connect();
    await admin.query('create database setterdesk_bench');
    await admin.end();
    const url = new URL(postgres.adminUrl);
    url.pathname = '/setterdesk_bench';
    url.searchParams.set('pool', '20');
    const server = await startBenchServer(url.toString(), benchReps(httpReps), racers);
    try {
      await overHttp(server, 'PostgreSQL');
      await overHttp(server, 'PostgreSQL', 'slot-days');
      await race(server, 'PostgreSQL');
    } finally {
      await server.close();
    }
  } finally {
    await postgres.stop();
  }
}

const started = performance.now();
console.log(
  `Slot benchmark — Node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} CPUs, ` +
    `load average ${loadavg()[0]?.toFixed(2)} at start (a busy machine shows in the p99s)`,
);
inProcess();
pagesInProcess();
console.log('\nOver HTTP (a real server on 127.0.0.1, bearer token, database reads included)');
await onSqlite();
await onPostgres();
console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s${failed ? ' — FAILED' : ''}`);
process.exit(failed ? 1 : 0);
