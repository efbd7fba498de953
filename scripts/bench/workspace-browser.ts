import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from './workspace-app.ts';
import {
  type ArmResult,
  armExpression,
  type CallTimed,
  callExpression,
  clockScript,
  type FirstLoad,
  firstLoadExpression,
  probeScript,
  type RequestSeen,
} from './workspace-probe.ts';

/** Where the call screen remembers the campaign picked last (web/src/features/call). */
const campaignStorageKey = 'setterdesk.call.campaignId';
const waitTimeoutMs = 30_000;

/** Signs in through the login page and returns the session (cookies) for fresh contexts. */
export async function signIn(browser: Browser, baseUrl: string, email: string, password: string) {
  const context = await browser.newContext({ locale: 'en-US', baseURL: baseUrl });
  try {
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: waitTimeoutMs });
    return await context.storageState();
  } finally {
    await context.close();
  }
}

export interface CallScreen {
  context: BrowserContext;
  page: Page;
  firstLoad: FirstLoad;
  /** The asset files (scripts, styles) the page had fetched when its first card came. */
  initialAssets: string[];
  /** The API requests answered before the first card, in the page's time. */
  initialRequests: RequestSeen[];
}

/**
 * Opens the call screen of `campaignId` in a new context (so with an empty HTTP cache: the first
 * load of a shift) holding the session, and waits for its first lead card.
 */
export async function openCallScreen(
  browser: Browser,
  server: RunningServer,
  session: Awaited<ReturnType<typeof signIn>>,
  campaignId: number,
): Promise<CallScreen> {
  const context = await browser.newContext({
    locale: 'en-US',
    baseURL: server.url,
    storageState: session,
    viewport: { width: 1366, height: 768 },
  });
  await context.addInitScript({ content: clockScript(server.clockOffsetMs) });
  await context.addInitScript({
    content: `localStorage.setItem(${JSON.stringify(campaignStorageKey)}, ${JSON.stringify(String(campaignId))});`,
  });
  await context.addInitScript({ content: probeScript({ autoNext: true, timeoutMs: waitTimeoutMs }) });
  const page = await context.newPage();
  await page.goto('/call');
  const firstLoad = (await page.evaluate(firstLoadExpression)) as FirstLoad;
  const card = firstLoad.card;
  const until = 'error' in card ? Number.MAX_VALUE : card.domAt;
  const fetched = (await page.evaluate(
    `performance.getEntriesByType('resource')
      .filter((entry) => entry.name.startsWith(location.origin + '/') && entry.responseEnd <= ${until})
      .map((entry) => ({ path: new URL(entry.name).pathname, startAt: entry.startTime, endAt: entry.responseEnd }))`,
  )) as RequestSeen[];
  return {
    context,
    page,
    firstLoad,
    initialAssets: fetched
      .filter((entry) => entry.path.startsWith('/assets/'))
      .map((entry) => entry.path.slice('/assets/'.length)),
    initialRequests: fetched.filter((entry) => entry.path.startsWith('/api/')),
  };
}

/** Records "no answer" once, as a setter does: the control's key, a click on it, or the hotkey. */
async function recordNoAnswer(page: Page, control: ArmResult['control']): Promise<void> {
  if (control.via === 'hotkey') {
    await page.keyboard.press('1');
    return;
  }
  const shortcut = control.shortcut?.split(' ')[0];
  if (shortcut) await page.keyboard.press(shortcut);
  else await page.click('[data-testid="call-result-no_answer"]');
}

export interface CallsRun {
  /** Keypress → the next lead's card painted, one per call, in ms. */
  timings: number[];
  /** Keypress → the next card in the DOM (before paint). */
  domTimings: number[];
  /** Of each keypress → card in the DOM: the time some API request of the page was in flight. */
  networkMs: number[];
  /** The API paths each call requested, in order (ids as :id) → how many calls requested exactly those. */
  requestSequences: Record<string, number>;
  /** How "no answer" was recorded on this screen. */
  control: ArmResult['control'] | null;
  /** Leads shown more than once. */
  repeats: number;
  errors: string[];
}

export const emptyCallsRun = (): CallsRun => ({
  timings: [],
  domTimings: [],
  networkMs: [],
  requestSequences: {},
  control: null,
  repeats: 0,
  errors: [],
});

/** How long, between `from` and `to`, at least one of the requests was in flight. */
function inFlight(requests: readonly RequestSeen[], from: number, to: number): number {
  const spans = requests
    .map((request) => [Math.max(from, request.startAt), Math.min(to, request.endAt)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reached = from;
  for (const [start, end] of spans) {
    if (end <= reached) continue;
    total += end - Math.max(start, reached);
    reached = end;
  }
  return total;
}

/** `calls` times "no answer" on the lead on screen, each timed until the next lead's card. */
export async function workCalls(screen: CallScreen, calls: number): Promise<CallsRun> {
  const run = emptyCallsRun();
  const first = screen.firstLoad.card;
  const seen = new Set<string>('error' in first ? [] : [first.key]);
  for (let i = 0; i < calls; i++) {
    const armed = (await screen.page.evaluate(armExpression)) as ArmResult;
    if (!armed.current) {
      run.errors.push(`call ${i + 1}: no lead card on screen`);
      break;
    }
    run.control ??= armed.control;
    await recordNoAnswer(screen.page, armed.control);
    const timed = (await screen.page.evaluate(callExpression)) as CallTimed;
    if ('error' in timed) {
      run.errors.push(`call ${i + 1} (after ${armed.current.name}): ${timed.error}`);
      break;
    }
    if (timed.startAt === null) {
      run.errors.push(`call ${i + 1}: the page saw no key or pointer event`);
      break;
    }
    if (seen.has(timed.key)) run.repeats++;
    seen.add(timed.key);
    run.timings.push(timed.paintAt - timed.startAt);
    run.domTimings.push(timed.domAt - timed.startAt);
    run.networkMs.push(inFlight(timed.requests, timed.startAt, timed.domAt));
    const sequence = timed.requests.map((request) => request.path.replace(/\/\d+/g, '/:id')).join(', ');
    run.requestSequences[sequence] = (run.requestSequences[sequence] ?? 0) + 1;
  }
  return run;
}
