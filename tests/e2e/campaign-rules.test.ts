import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from './support/app.ts';
import { signIn, visible } from './support/booking-journey.ts';
import { checkAccessibility, launchBrowser } from './support/browser.ts';
import { openScreen as openLaptopScreen } from './support/screens.ts';

// A manager opens a demo campaign and sets when it may call and how it retries: weekdays only, a
// holiday off, three hours after no answer, two calls a day at most, two days' rest after a
// conversation; then Saturdays back, with short hours (10:00–16:00). After a reload the page, and the
// API, say the same.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const webDist = resolve(repoRoot, process.env.WEB_DIST ?? 'web/dist');
const password = 'setterdesk';
const campaignPrefix = 'SunPeak Solar —';
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const weekend = ['Saturday', 'Sunday'];
// A month ahead, so the date is in the future whenever the test runs.
const blackoutDate = Temporal.Now.plainDateISO('America/Denver').add({ days: 30 }).toString();

interface CampaignRules {
  callingWindow: {
    startLocal: string;
    endLocal: string;
    days: number[];
    blackoutDates: string[];
    hoursByDay?: Record<string, { startLocal: string; endLocal: string }>;
  };
  retryPolicy: {
    gapMinutes: Record<string, number>;
    maxAttemptsPerDay: number | null;
    coolOffHours: number | null;
  };
}

const openScreen = (browser: Browser) => openLaptopScreen(browser, 'campaign-rules');

async function openCampaign(page: Page, baseUrl: string): Promise<Locator> {
  await signIn(page, baseUrl, 'manager@demo.test');
  await page.getByRole('link', { name: 'Campaigns' }).click();
  await page.getByRole('link', { name: new RegExp(`^${campaignPrefix}`) }).click();
  const panel = rulesPanel(page);
  await visible(panel);
  return panel;
}

async function managerGet<T>(baseUrl: string, path: string): Promise<T> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'manager@demo.test', password }),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  const response = await fetch(`${baseUrl}/api${path}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The "Calling hours & retries" panel: its controls are found inside it only. */
const rulesPanel = (page: Page) => page.getByRole('region', { name: 'Calling hours & retries' });

describe('a campaign’s calling hours and retries', () => {
  let app: RunningApp;
  let browser: Browser;
  let campaignId = 0;

  beforeAll(async () => {
    if (!existsSync(join(webDist, 'index.html')))
      throw new Error('Build the web app first: npm run build:web');
    app = await startApp();
    browser = await launchBrowser();
    const { campaigns } = await managerGet<{ campaigns: { id: number; name: string }[] }>(
      app.baseUrl,
      '/campaigns',
    );
    campaignId = campaigns.find((campaign) => campaign.name.startsWith(campaignPrefix))?.id ?? 0;
    expect(campaignId).toBeGreaterThan(0);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('the manager sets weekdays, a blackout date, gaps, caps and cool-off; they survive a reload', async () => {
    const page = await openScreen(browser);
    const panel = await openCampaign(page, app.baseUrl);
    await visible(panel.getByText(/^Leads are called only between \d{2}:\d{2} and \d{2}:\d{2}/));

    for (const day of weekdays) await panel.getByRole('checkbox', { name: day }).setChecked(true);
    for (const day of weekend) await panel.getByRole('checkbox', { name: day }).setChecked(false);
    await panel.getByLabel('Blackout date', { exact: true }).fill(blackoutDate);
    await panel.getByRole('button', { name: 'Add date' }).click();
    await visible(panel.locator(`[data-testid=blackout-date][data-date="${blackoutDate}"]`));
    await panel.getByRole('textbox', { name: 'No answer: hours before the next try' }).fill('3');
    await panel.getByRole('textbox', { name: 'No answer: minutes before the next try' }).fill('0');
    await panel.getByLabel('Calls per 24 hours').fill('2');
    await panel.getByLabel('Cool-off after a conversation (hours)').fill('48');
    await visible(panel.getByText('Unsaved changes'));

    // A window that ends before it starts is refused beside its field, before anything is sent.
    const end = panel.getByLabel('Calling until');
    const savedEnd = await end.inputValue();
    await end.fill('07:00');
    await panel.getByRole('button', { name: 'Save calling rules' }).click();
    await visible(panel.getByText('The end must be after the start.'));
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    await end.fill(savedEnd);
    await checkAccessibility(page);

    const previewAsked = page.waitForResponse(
      (response) => response.url().includes('/queue-preview') && response.request().method() === 'GET',
    );
    await panel.getByRole('button', { name: 'Save calling rules' }).click();
    await visible(page.getByText('Calling hours and retries saved.'));
    await previewAsked;
    await expect.poll(() => panel.getByText('Unsaved changes').count()).toBe(0);

    await page.reload();
    await visible(rulesPanel(page));
    const reloaded = rulesPanel(page);
    for (const day of weekdays)
      expect(await reloaded.getByRole('checkbox', { name: day }).isChecked()).toBe(true);
    for (const day of weekend)
      expect(await reloaded.getByRole('checkbox', { name: day }).isChecked()).toBe(false);
    await visible(reloaded.locator(`[data-testid=blackout-date][data-date="${blackoutDate}"]`));
    const hours = reloaded.getByRole('textbox', { name: 'No answer: hours before the next try' });
    expect(await hours.inputValue()).toBe('3');
    expect(await reloaded.getByLabel('Calls per 24 hours').inputValue()).toBe('2');
    expect(await reloaded.getByLabel('Cool-off after a conversation (hours)').inputValue()).toBe('48');
    await visible(reloaded.getByText(/not called again for 48 hours from any campaign/));
    await page.context().close();

    const saved = await managerGet<CampaignRules>(app.baseUrl, `/campaigns/${campaignId}`);
    expect(saved.callingWindow.days).toEqual([1, 2, 3, 4, 5]);
    expect(saved.callingWindow.blackoutDates).toContain(blackoutDate);
    expect(saved.retryPolicy.gapMinutes.no_answer).toBe(180);
    expect(saved.retryPolicy.maxAttemptsPerDay).toBe(2);
    expect(saved.retryPolicy.coolOffHours).toBe(48);
  });

  it('Saturdays come back with other hours, 10:00–16:00: checked, stated in the rule, kept on reload', async () => {
    const page = await openScreen(browser);
    const panel = await openCampaign(page, app.baseUrl);
    await panel.getByRole('checkbox', { name: 'Saturday' }).setChecked(true);
    await panel.getByRole('switch', { name: 'Different hours on Saturday' }).setChecked(true);
    const start = panel.getByRole('textbox', { name: 'Saturday: calling from' });
    const end = panel.getByRole('textbox', { name: 'Saturday: calling until' });
    await start.fill('10:00');
    await end.fill('09:00');
    await panel.getByRole('button', { name: 'Save calling rules' }).click();
    // Refused beside Saturday's end, before anything is sent.
    await visible(panel.getByTestId('weekday-6').getByText('The end must be after the start.'));
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    await end.fill('16:00');
    await visible(panel.getByText('Other hours: Saturdays 10:00–16:00.'));
    await checkAccessibility(page);
    await panel.getByRole('button', { name: 'Save calling rules' }).click();
    await visible(page.getByText('Calling hours and retries saved.'));
    await expect.poll(() => panel.getByText('Unsaved changes').count()).toBe(0);

    await page.reload();
    const reloaded = rulesPanel(page);
    await visible(reloaded.getByText('Other hours: Saturdays 10:00–16:00.'));
    const toggle = reloaded.getByRole('switch', { name: 'Different hours on Saturday' });
    expect(await toggle.isChecked()).toBe(true);
    expect(await reloaded.getByRole('textbox', { name: 'Saturday: calling from' }).inputValue()).toBe(
      '10:00',
    );
    expect(await reloaded.getByRole('textbox', { name: 'Saturday: calling until' }).inputValue()).toBe(
      '16:00',
    );
    expect(await reloaded.getByRole('switch', { name: 'Different hours on Friday' }).isChecked()).toBe(false);
    await page.context().close();

    const saved = await managerGet<CampaignRules>(app.baseUrl, `/campaigns/${campaignId}`);
    expect(saved.callingWindow.days).toEqual([1, 2, 3, 4, 5, 6]);
    expect(saved.callingWindow.hoursByDay).toEqual({ '6': { startLocal: '10:00', endLocal: '16:00' } });
  });
});
