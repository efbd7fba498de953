import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../scripts/bench/workspace-app.ts';
import { measureWorkspace } from '../../scripts/bench/workspace-measure.ts';
import { launchBrowser } from './support/browser.ts';

// The workspace benchmark's harness on a small campaign: it measures what it claims to (timings
// taken, every lead a new one), whatever the figures are. `npm run bench:workspace` runs it big.
describe('the workspace benchmark harness', () => {
  let browser: Browser;
  let directory: string;

  beforeAll(async () => {
    await ensureWebBuild();
    directory = await mkdtemp(join(tmpdir(), 'setterdesk-workspace-bench-test-'));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('times 5 calls on a 2,000-lead campaign from the first card on, no lead shown twice', async () => {
    const run = await measureWorkspace(browser, { leads: 2000, calls: 5, apiCalls: 5, directory });

    expect(run.errors).toEqual([]);
    expect('error' in run.firstLoad.card).toBe(false);
    expect(run.calls.timings).toHaveLength(5);
    for (const timing of [...run.calls.timings, ...run.calls.domTimings, ...run.api.timings])
      expect(timing).toBeGreaterThan(0);
    expect(run.api.timings).toHaveLength(5);
    expect(run.calls.repeats).toBe(0);
    expect(run.api.repeats).toBe(0);
    // The warm-up claim, the 5 calls on the screen and the 5 over the API: 11 leads, once each.
    expect(run.servedTwice).toEqual({ leads: 0, attempts: 11 });
    expect(run.initialAssets.some((name) => name.endsWith('.js'))).toBe(true);
  });
});
