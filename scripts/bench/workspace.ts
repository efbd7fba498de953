// `npm run bench:workspace`: the call screen in headless Chromium against the app on this machine,
// with a campaign of 1,000,000 leads and, as the baseline measured in the same run, one of 10,000.
// For each: the first load of the call screen (cold cache), then "no answer" recorded the way a
// setter does, timed in the page from the keypress to the next lead's card painted; and the bare
// API (POST attempts + POST next from the same page) so the screen's own share shows. Then the
// web bundle's size. Sizes: BENCH_WORKSPACE_LEADS (1,000,000), BENCH_WORKSPACE_CALLS (200).
// Exits non-zero on a fault (an error, a lead served twice), never for a missed target.
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, launchBrowser } from '../../tests/e2e/support/browser.ts';
import { ensureWebBuild, webDist } from './workspace-app.ts';
import { bundleReport, readAssets } from './workspace-bundle.ts';
import { clockStart, measureWorkspace, type WorkspaceMeasurement } from './workspace-measure.ts';
import { campaignReport, isFaulty, ratioReport } from './workspace-report.ts';

const bigList = Number(process.env.BENCH_WORKSPACE_LEADS ?? 1_000_000);
const smallList = 10_000;
const calls = Number(process.env.BENCH_WORKSPACE_CALLS ?? 200);
const since = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

const started = performance.now();
console.log(
  `Workspace benchmark — Node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} CPUs, ` +
    `load average ${loadavg()[0]?.toFixed(2)} at start; Chromium ${chromiumPath} headless, 1366×768; ` +
    `app and browser on this machine; clock from ${clockStart} (every US zone inside its calling window)`,
);
const build = performance.now();
const web = await ensureWebBuild();
console.log(`web/dist ${web === 'built' ? `built in ${since(build)}` : 'is up to date'}`);

const directory = await mkdtemp(join(tmpdir(), 'setterdesk-bench-workspace-'));
const browser = await launchBrowser();
const runs: WorkspaceMeasurement[] = [];
try {
  for (const leads of [smallList, bigList]) {
    console.log(`\nCampaign of ${leads.toLocaleString('en')} leads (SQLite), ${calls} calls on the screen`);
    const run = await measureWorkspace(browser, {
      leads,
      calls,
      apiCalls: calls,
      directory,
      log: (line) => console.log(line),
    });
    for (const line of campaignReport(run, leads === bigList)) console.log(line);
    runs.push(run);
  }
  const [small, big] = runs;
  if (small && big) console.log(`\n${ratioReport(small, big)}`);
  console.log('\nWeb bundle (web/dist/assets)');
  const initial = new Set(runs.flatMap((run) => run.initialAssets));
  for (const line of bundleReport(await readAssets(webDist), [...initial])) console.log(line);
} finally {
  await browser.close();
  await rm(directory, { recursive: true, force: true });
}
const failed = runs.length < 2 || runs.some(isFaulty);
console.log(`\nDone in ${since(started)}${failed ? ' — FAILED' : ''}`);
process.exit(failed ? 1 : 0);
