import type { WorkspaceMeasurement } from './workspace-measure.ts';

export const targets = { firstLoadMs: 1500, nextCardMedianMs: 150 } as const;

export interface Spread {
  median: number;
  p90: number;
  p99: number;
}

/** Nearest-rank quantiles, as the other benchmarks compute them. */
export function spread(timings: readonly number[]): Spread {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  return { median: at(0.5), p90: at(0.9), p99: at(0.99) };
}

export const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const verdict = (ok: boolean, text: string): string => `  (target ${text}: ${ok ? 'met' : 'MISSED'})`;
const show = (s: Spread) => `median ${ms(s.median)}, p90 ${ms(s.p90)}, p99 ${ms(s.p99)}`;

/** The first load: navigation start → first card painted (`null` when it never came). */
export function firstLoadMs(run: WorkspaceMeasurement): number | null {
  const card = run.firstLoad.card;
  return 'error' in card ? null : card.paintAt;
}

/** The API paths the screen requested per call, most frequent first. */
function sequences(run: WorkspaceMeasurement): string {
  const entries = Object.entries(run.calls.requestSequences).sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return 'none seen';
  return entries.map(([paths, calls]) => `${calls} × [${paths || 'none'}]`).join('; ');
}

/** The API requests the first card waited for, slowest first. */
function initialRequestsLine(run: WorkspaceMeasurement): string {
  const slowest = [...run.initialRequests]
    .sort((a, b) => b.endAt - b.startAt - (a.endAt - a.startAt))
    .slice(0, 5)
    .map((request) => `${request.path} ${ms(request.endAt - request.startAt)} (from ${ms(request.startAt)})`);
  return `      API requests before it: ${run.initialRequests.length}; slowest: ${slowest.join(', ') || 'none'}`;
}

function firstLoadLines(run: WorkspaceMeasurement, withTargets: boolean): string[] {
  const card = run.firstLoad.card;
  if ('error' in card) return ['    first load: FAILED'];
  const ready = run.firstLoad.readyAt;
  const split =
    ready === null
      ? 'the screen served it by itself'
      : `the screen offered the next-lead key N at ${ms(ready)}, pressed at once; N → card ${ms(card.paintAt - ready)}`;
  return [
    `    first load, cold cache (navigation start → first lead card painted): ${ms(card.paintAt)} (${split})` +
      (withTargets ? verdict(card.paintAt <= targets.firstLoadMs, `≤ ${targets.firstLoadMs} ms`) : ''),
    initialRequestsLine(run),
  ];
}

function screenLines(run: WorkspaceMeasurement, withTargets: boolean): string[] {
  const { calls } = run;
  const screen = spread(calls.timings);
  const dom = spread(calls.domTimings);
  const pageWork = calls.domTimings.map((timing, i) => timing - (calls.networkMs[i] ?? 0));
  const control =
    calls.control === null
      ? 'not reached'
      : calls.control.via === 'hotkey'
        ? 'hotkey 1'
        : `[data-testid="call-result-no_answer"] ${calls.control.shortcut ? `key ${calls.control.shortcut}` : 'click'}`;
  return [
    `    screen, ${calls.timings.length} × "no answer" (${control}) → next lead's card painted: ${show(screen)}` +
      (withTargets
        ? verdict(screen.median <= targets.nextCardMedianMs, `median ≤ ${targets.nextCardMedianMs} ms`)
        : ''),
    `      → card in the DOM, before paint: median ${ms(dom.median)}, p90 ${ms(dom.p90)}; of that, an API request ` +
      `in flight: median ${ms(spread(calls.networkMs).median)}, the page alone: median ${ms(spread(pageWork).median)}`,
    `      requests per call: ${sequences(run)}`,
  ];
}

/** The lines for one campaign; `withTargets` adds the verdicts (the big campaign's). */
export function campaignReport(run: WorkspaceMeasurement, withTargets: boolean): string[] {
  const screen = spread(run.calls.timings);
  const api = spread(run.api.timings);
  return [
    ...firstLoadLines(run, withTargets),
    ...screenLines(run, withTargets),
    `    bare API from the page, ${run.api.timings.length} × POST attempts + POST next: ${show(api)} ` +
      `(attempts median ${ms(spread(run.api.attemptsMs).median)}, next median ${ms(spread(run.api.nextMs).median)})`,
    `    the screen's own share of the median: ${ms(screen.median - api.median)} ` +
      `(${(((screen.median - api.median) / screen.median) * 100).toFixed(0)}% of it)`,
    `    served twice: ${run.calls.repeats} on screen, ${run.api.repeats} by the API, ${run.servedTwice.leads} in the database ` +
      `(${run.servedTwice.attempts} attempts recorded)`,
    ...run.errors.map((error) => `    ERROR ${error}`),
  ];
}

/** 1M / 10k for the medians that should not depend on the campaign's size. */
export function ratioReport(small: WorkspaceMeasurement, big: WorkspaceMeasurement): string {
  const ratio = (a: number[], b: number[]) => (spread(b).median / spread(a).median).toFixed(2);
  const firstSmall = firstLoadMs(small);
  const firstBig = firstLoadMs(big);
  const first =
    firstSmall !== null && firstBig !== null ? `first load ×${(firstBig / firstSmall).toFixed(2)}, ` : '';
  return (
    `  ${big.leads.toLocaleString('en')} / ${small.leads.toLocaleString('en')}: ${first}` +
    `screen median ×${ratio(small.calls.timings, big.calls.timings)}, API median ×${ratio(small.api.timings, big.api.timings)}`
  );
}

/** Whether a run found a fault (never a missed target). */
export function isFaulty(run: WorkspaceMeasurement): boolean {
  return (
    run.errors.length > 0 ||
    run.calls.repeats > 0 ||
    run.api.repeats > 0 ||
    run.servedTwice.leads > 0 ||
    firstLoadMs(run) === null
  );
}
