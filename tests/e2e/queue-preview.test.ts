import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { type RunningApp, startApp } from './support/app.ts';
import { checkAccessibility, launchBrowser, openPage } from './support/browser.ts';

// A manager opens the demo campaign, reads what the queue serves next and what holds the rest
// back, then orders it by state and keeps only Colorado: the preview follows the saved rules.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const password = 'setterdesk';
const campaignPrefix = 'SunPeak Solar —';

async function openScreen(browser: Browser): Promise<Page> {
  const page = await openPage(browser);
  await page.setViewportSize({ width: 1366, height: 768 });
  onTestFailed(async () => {
    await mkdir(`${repoRoot}test-results`, { recursive: true });
    await page
      .screenshot({ path: `${repoRoot}test-results/queue-preview.png`, fullPage: true })
      .catch(() => undefined);
  });
  return page;
}

const visible = (locator: Locator) => locator.first().waitFor({ state: 'visible', timeout: 15_000 });

async function signIn(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Email').fill('manager@demo.test');
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await visible(page.getByRole('button', { name: 'Log out' }));
}

type Api = <T>(method: string, path: string, body?: unknown) => Promise<T>;

async function managerApi(baseUrl: string): Promise<Api> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'manager@demo.test', password }),
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

/**
 * A window open now in Denver and closed in Honolulu and Anchorage, whenever the test runs: from
 * an hour before Denver's current hour to two after it. Those zones are 2–4 hours behind Denver,
 * so their clocks fall before the start (or, just after midnight, after the end).
 */
function windowOpenInDenverOnly(): { startLocal: string; endLocal: string } {
  const hour = Temporal.Now.zonedDateTimeISO('America/Denver').hour;
  const pad = (h: number) => `${String(h).padStart(2, '0')}:00`;
  return { startLocal: pad(Math.max(0, hour - 1)), endLocal: pad(Math.min(24, hour + 2)) };
}

const tileNumber = async (page: Page, testId: string) =>
  Number(((await page.getByTestId(testId).locator('p').nth(1).textContent()) ?? '').replace(/\D/g, ''));

describe('ordering a campaign and previewing its queue', () => {
  let app: RunningApp;
  let browser: Browser;
  let api: Api;
  let campaignId = 0;
  let openLeadsBefore = 0;

  beforeAll(async () => {
    if (!existsSync(`${repoRoot}web/dist/index.html`))
      throw new Error('Build the web app first: npm run build:web');
    app = await startApp();
    browser = await launchBrowser();
    api = await managerApi(app.baseUrl);
    const { campaigns } = await api<{ campaigns: { id: number; name: string }[] }>('GET', '/campaigns');
    campaignId = campaigns.find((campaign) => campaign.name.startsWith(campaignPrefix))?.id ?? 0;
    expect(campaignId).toBeGreaterThan(0);
    const window = windowOpenInDenverOnly();
    await api('PATCH', `/campaigns/${campaignId}`, {
      callingWindow: { ...window, days: [1, 2, 3, 4, 5, 6, 7], blackoutDates: [] },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('the manager opens the demo campaign and sees the next leads and what blocks the rest', async () => {
    const page = await openScreen(browser);
    await signIn(page, app.baseUrl);
    await page.getByRole('link', { name: 'Campaigns' }).click();
    await page.getByRole('link', { name: new RegExp(`^${campaignPrefix}`) }).click();
    await visible(page.getByRole('heading', { name: 'Ordering rules' }));
    await visible(page.getByTestId('queue-entry'));
    expect(await page.getByTestId('queue-entry').count()).toBeGreaterThan(0);
    await visible(page.getByText('Callbacks due now'));
    await visible(page.getByText('Fresh hot leads'));
    await visible(page.getByText(/callable until \d{2}:\d{2} local/));
    expect(await tileNumber(page, 'queue-callable-now')).toBeGreaterThan(0);
    openLeadsBefore = await tileNumber(page, 'queue-open-leads');
    expect(openLeadsBefore).toBeGreaterThan(0);
    const outside = page.locator('[data-testid=blocked-row][data-reason=OUTSIDE_CALLING_WINDOW]');
    await visible(outside);
    expect(await outside.textContent()).toMatch(/^Outside the calling window[\d,]+$/);
    await visible(page.getByTestId('next-opens').getByText(/your time .* lead's time/));
    await checkAccessibility(page);
    await page.context().close();
  });

  it('orders by state ascending, keeps only Colorado, saves, and the preview follows', async () => {
    const page = await openScreen(browser);
    await signIn(page, app.baseUrl);
    await page.goto(`${app.baseUrl}/campaigns/${campaignId}`);
    await visible(page.getByTestId('queue-entry'));

    await page.getByRole('combobox', { name: 'Sort key 1', exact: true }).click();
    await page.getByRole('option', { name: 'State', exact: true }).click();
    // Reordering works from the keyboard, and focus follows the moved key.
    await page.getByRole('button', { name: 'Move sort key 1 down' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Sort key 2', exact: true }).inputValue())
      .toBe('State');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move sort key 2 up');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('combobox', { name: 'Sort key 1', exact: true }).inputValue()).toBe('State');

    await page.getByRole('button', { name: 'Add filter' }).click();
    expect(await page.getByRole('combobox', { name: 'Field of filter 1' }).inputValue()).toBe('State');
    const values = page.getByRole('combobox', { name: 'Values of filter 1' });
    await values.fill('co');
    await values.press('Enter');
    await page.keyboard.press('Escape');
    await checkAccessibility(page);
    await page.getByRole('button', { name: 'Save rules' }).click();
    await visible(page.getByText('Ordering rules saved.'));

    const saved = await api<{ sortKeys: unknown[]; filters: unknown[] }>('GET', `/campaigns/${campaignId}`);
    expect(saved.sortKeys[0]).toEqual({ field: 'state', direction: 'asc' });
    expect(saved.filters).toEqual([{ field: 'state', op: 'in', values: ['CO'] }]);
    // Every lead the preview lists now is in Colorado, and fewer leads are open to the campaign.
    await page.waitForFunction(
      () => {
        const rows = [...document.querySelectorAll('[data-testid=queue-entry]')];
        return rows.length > 0 && rows.every((row) => row.getAttribute('data-state') === 'CO');
      },
      undefined,
      { timeout: 15_000 },
    );
    expect(await tileNumber(page, 'queue-open-leads')).toBeLessThan(openLeadsBefore);
    await visible(page.getByTestId('queue-entry').first().getByText('Denver'));
    await page.context().close();
  });
});
