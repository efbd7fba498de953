import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { AgentFloor, AgentToday } from '../../src/contracts/agent-states.ts';
import { formatDuration } from '../../web/src/features/call/utils/agent-durations.ts';
import { type RunningApp, startApp } from './support/app.ts';
import { signIn } from './support/booking-journey.ts';
import { checkAccessibility, launchBrowser, openPage } from './support/browser.ts';

// A setter's shift with pauses, from the keyboard: ready on sign-in, a call, a pause asked for on
// the next call (taken after it), Ready again, "stop after this lead". The time by state the
// screen shows adds up to the logged-in time, and the manager's floor shows the setter stopped.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const webDist = resolve(repoRoot, process.env.WEB_DIST ?? 'web/dist');
const password = 'setterdesk';
const runId = Date.now().toString(36);
const campaignName = `Agent shift ${runId}`;

type Api = <T>(method: string, path: string, body?: unknown) => Promise<T>;

async function session(baseUrl: string, email: string): Promise<Api> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  return async (method, path, body) => {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as never;
  };
}

/** A round-the-clock campaign of SunPeak over four fresh leads. */
async function prepareCampaign(manager: Api): Promise<void> {
  const { campaigns } = await manager<{ campaigns: { clientId: number; clientName: string }[] }>(
    'GET',
    '/campaigns',
  );
  const clientId = campaigns.find((c) => c.clientName === 'SunPeak Solar')?.clientId ?? 0;
  const people = ['Avery Stone', 'Blake Hart', 'Casey Lane', 'Drew Fox'];
  const batch = await manager<{ listId: number }>('POST', '/leads/batch', {
    clientId,
    listName: `Agent shift list ${runId}`,
    leads: people.map((fullName, i) => ({
      fullName,
      phone: `+1 773 555 03${10 + i}`,
      postalCode: '60601',
      city: 'Chicago',
      state: 'IL',
    })),
  });
  await manager('POST', '/campaigns', {
    clientId,
    name: campaignName,
    listIds: [batch.listId],
    callingWindow: { startLocal: '00:00', endLocal: '24:00', days: [1, 2, 3, 4, 5, 6, 7], blackoutDates: [] },
  });
}

const visible = (page: Page, selector: string) =>
  page.locator(selector).first().waitFor({ state: 'visible', timeout: 15_000 });
const agentState = (page: Page, state: string) =>
  visible(page, `[data-testid="agent-state"][data-state="${state}"]`);
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('an agent’s shift', () => {
  let app: RunningApp;
  let browser: Browser;
  let setter: Api;

  beforeAll(async () => {
    if (!existsSync(`${webDist}/index.html`)) throw new Error('Build the web app first: npm run build:web');
    app = await startApp({ env: { WEB_DIST: webDist } });
    browser = await launchBrowser();
    await prepareCampaign(await session(app.baseUrl, 'manager@demo.test'));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('works a shift with pauses whose state times add up to the logged-in time shown', async () => {
    const page = await openPage(browser);
    await page.setViewportSize({ width: 1366, height: 768 });
    onTestFailed(async () => {
      await mkdir(`${repoRoot}test-results`, { recursive: true });
      await page.screenshot({ path: `${repoRoot}test-results/agent-shift.png` }).catch(() => undefined);
    });
    await page.goto(`${app.baseUrl}/login`);
    await page.getByLabel('Email').fill('setter1@demo.test');
    await page.getByLabel(/^Password/).fill(password);
    await page.keyboard.press('Enter');
    await visible(page, 'text=Choose a campaign above');
    setter = await session(app.baseUrl, 'setter1@demo.test');
    const { keyboard } = page;

    // Signed in: ready, with the running time of the state.
    await agentState(page, 'ready');
    await keyboard.press('Alt+c');
    await keyboard.type(campaignName);
    await keyboard.press('ArrowDown');
    await keyboard.press('Enter');
    await visible(page, 'text=Client: SunPeak Solar');
    await pause(1_000);

    // A call: on a call from the moment the lead is served, ready again when it is saved.
    await keyboard.press('n');
    await agentState(page, 'on_call');
    await pause(2_000);
    await keyboard.press('1');
    await agentState(page, 'on_call');

    // On the next call a pause is asked for: it waits for the lead, then the queue serves nothing.
    await keyboard.press('Alt+p');
    await page.getByRole('menuitem', { name: 'Lunch' }).click();
    await visible(page, '[data-testid="agent-stop-pending"]');
    expect(await page.getByTestId('agent-stop-pending').textContent()).toContain('Lunch');
    await pause(1_500);
    await keyboard.press('1');
    await agentState(page, 'paused');
    expect(await page.getByTestId('agent-state').textContent()).toContain('Paused: Lunch');
    await checkAccessibility(page);
    await pause(2_500);
    await keyboard.press('n');
    await visible(page, 'text=You are paused');

    // Ready again, one more lead, and "stop after this lead".
    await keyboard.press('Alt+r');
    await agentState(page, 'ready');
    await pause(1_000);
    await keyboard.press('n');
    await agentState(page, 'on_call');
    await keyboard.press('Alt+l');
    await visible(page, 'text=Stops after this lead');
    await pause(1_500);
    await keyboard.press('1');
    await agentState(page, 'logged_out');
    expect(await page.getByTestId('agent-state').textContent()).toContain('Stopped after the last lead');

    // The numbers of the day: time by state adds up to the logged-in time, to the second.
    const today = await setter<AgentToday>('GET', '/agent/today');
    expect(today.readySeconds + today.talkSeconds + today.wrapUpSeconds + today.pauseSeconds).toBe(
      today.loggedInSeconds,
    );
    expect(today.attempts).toBe(3);
    expect(today.pauseByReason.lunch).toBeGreaterThanOrEqual(3);
    expect(today.talkSeconds).toBeGreaterThanOrEqual(5);
    expect(today.readySeconds).toBeGreaterThanOrEqual(2);
    await page.getByRole('button', { name: 'Today’s time by state' }).click();
    await visible(page, '[data-testid="agent-today-table"]');
    await page.waitForFunction(
      (attempts) =>
        document.querySelector('[data-testid="agent-today"]')?.textContent?.includes(`Calls ${attempts}`),
      today.attempts,
    );
    const shown = await page.getByTestId('agent-logged-in').textContent();
    expect(shown).toBe(formatDuration(today.loggedInSeconds));
    const rows = await page.getByTestId('agent-today-table').locator('tr').allTextContents();
    const seconds = (label: string) => {
      const text = rows.find((row) => row.startsWith(label))?.slice(label.length) ?? '0:00';
      const parts = text.split(':').map(Number);
      return parts.reduce((sum, part) => sum * 60 + part, 0);
    };
    expect(seconds('Ready') + seconds('On a call') + seconds('Wrap-up') + seconds('Paused')).toBe(
      seconds('Logged in'),
    );

    // The manager sees the setter stopped, with the same logged-in time.
    const boss = await openPage(browser);
    await boss.setViewportSize({ width: 1366, height: 768 });
    await signIn(boss, app.baseUrl, 'manager@demo.test');
    await boss.goto(`${app.baseUrl}/dashboard`);
    await visible(boss, '[data-testid="agent-floor"]');
    const row = boss.getByTestId('agent-floor-row').filter({ hasText: 'Stopped after the last lead' });
    await row.first().waitFor({ timeout: 15_000 });
    const floor = await (await session(app.baseUrl, 'manager@demo.test'))<AgentFloor>('GET', '/agent/states');
    const mine = floor.setters.find((s) => s.state === 'logged_out' && s.reasonKey === 'stopped');
    expect(mine?.loggedInSecondsToday).toBe(today.loggedInSeconds);
    expect(await row.first().textContent()).toContain(formatDuration(today.loggedInSeconds));
    await checkAccessibility(boss);
  });
});
