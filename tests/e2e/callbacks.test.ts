import type { Browser, Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from './support/app.ts';
import { apiAs, choose, signIn, visible } from './support/booking-journey.ts';
import { checkAccessibility, launchBrowser } from './support/browser.ts';
import { leadOnScreen, openFromNav, openScreen, screenshotFailures } from './support/screens.ts';

// A prospect asks to be called back at 22:30 their time; the campaign calls until 21:00 that day.
// The callback is refused, the next permitted times are offered, the setter takes one, and the
// promise shows in "My callbacks" under Upcoming, on the lead's clock and the setter's.

const client = 'SunPeak Solar';
const campaignName = `Callback journey ${Date.now().toString(36)}`;
// Two days after today in UTC: never "today" for a lead anywhere in the US, whatever the hour.
const callbackDate = Temporal.Now.plainDateISO('UTC').add({ days: 2 });

interface Campaign {
  id: number;
  name: string;
  clientId: number;
  clientName: string;
  listIds: number[];
  scriptId: number | null;
  qualificationFormId: number | null;
  meetingTypeId: number | null;
}

/**
 * Round the clock (so the lead is callable whenever the test runs), except the callback's day,
 * which calls 08:00–21:00 only.
 */
async function createCampaign(baseUrl: string): Promise<void> {
  const manager = await apiAs(baseUrl, 'manager@demo.test');
  const { campaigns } = await manager.call<{ campaigns: Campaign[] }>('GET', '/campaigns');
  const demo = campaigns.find((campaign) => campaign.clientName === client);
  if (!demo) throw new Error(`No campaign of ${client}`);
  await manager.call('POST', '/campaigns', {
    clientId: demo.clientId,
    name: campaignName,
    listIds: demo.listIds,
    scriptId: demo.scriptId,
    qualificationFormId: demo.qualificationFormId,
    meetingTypeId: demo.meetingTypeId,
    callingWindow: {
      startLocal: '00:00',
      endLocal: '24:00',
      days: [1, 2, 3, 4, 5, 6, 7],
      blackoutDates: [],
      hoursByDay: { [String(callbackDate.dayOfWeek)]: { startLocal: '08:00', endLocal: '21:00' } },
    },
  });
}

/** The digit of a client's outcome, as its button announces it. */
async function outcomeKey(page: Page, key: string): Promise<string> {
  const button = page.getByTestId(`outcome-${key}`);
  await button.waitFor({ state: 'visible', timeout: 15_000 });
  return (await button.getAttribute('aria-keyshortcuts')) ?? '';
}

describe('callbacks', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let leadId = 0;
  let leadName = '';
  let chosen = '';

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    await createCampaign(app.baseUrl);
    page = await openScreen(browser, 'callbacks-setter');
    await signIn(page, app.baseUrl, 'setter1@demo.test');
  }, 180_000);

  afterEach((context) => screenshotFailures(context, { 'callbacks-setter': page }));

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('a callback at 22:30 lead time is refused, the next permitted times are offered and one is taken', async () => {
    await choose(page, 'Campaign', `${campaignName} · ${client}`);
    await page.getByRole('button', { name: /^Next lead/ }).click();
    leadId = await leadOnScreen(page);
    leadName = (await page.locator('#lead-name').textContent())?.trim() ?? '';
    await page.keyboard.press('Escape');
    await page.keyboard.press('6');
    await page.keyboard.press(await outcomeKey(page, 'interested_callback'));
    await page.getByLabel(/^Date \(lead's time/).fill(callbackDate.toString());
    await page.getByLabel(/^Time \(lead's time/).fill('22:30');
    await page.getByRole('button', { name: /^Schedule callback/ }).click();

    const refusal = page.getByRole('alert').filter({ hasText: 'may not call the lead then' });
    await visible(refusal);
    const offers = page.getByTestId('callback-offers').getByRole('button');
    await visible(offers);
    expect(await offers.count()).toBeGreaterThanOrEqual(2);
    // The latest permitted quarter-hour of the asked-for evening comes first.
    const first = (await offers.first().textContent()) ?? '';
    expect(first).toContain('20:45');
    await offers.first().click();
    await refusal.waitFor({ state: 'hidden' });
    chosen = (await page.getByTestId('callback-preview').getAttribute('data-instant')) ?? '';
    await page.getByRole('button', { name: /^Schedule callback/ }).click();
    await leadOnScreen(page, leadId);

    const setter = await apiAs(app.baseUrl, 'setter1@demo.test');
    const { callbacks } = await setter.call<{
      callbacks: { leadId: number; dueAt: string; leadTimeZone: string | null }[];
    }>('GET', '/callbacks');
    const saved = callbacks.find((callback) => callback.leadId === leadId);
    expect(saved?.dueAt).toBe(chosen);
    const local = Temporal.Instant.from(saved?.dueAt ?? '').toZonedDateTimeISO(saved?.leadTimeZone ?? 'UTC');
    expect(local.toPlainDate().toString()).toBe(callbackDate.toString());
    expect(local.toPlainTime().toString({ smallestUnit: 'minute' })).toBe('20:45');
  });

  it('shows in My callbacks under Upcoming, on both clocks, and opens the lead on the call screen', async () => {
    await openFromNav(page, 'My callbacks');
    const upcoming = page.getByTestId('callbacks-upcoming');
    const item = upcoming.getByTestId('my-callback').filter({ hasText: leadName });
    await visible(item);
    expect(await item.getByTestId('callback-clocks').textContent()).toMatch(
      /20:45 lead's time \(.+\) · .+ your time/,
    );
    expect(await item.textContent()).toContain(campaignName);
    expect(await page.getByTestId('callbacks-overdue').getByText(leadName).count()).toBe(0);
    expect(await page.getByTestId('callbacks-today').getByText(leadName).count()).toBe(0);
    await checkAccessibility(page);
    await item.getByRole('link', { name: leadName }).click();
    await page.waitForURL(new RegExp(`/call/lead/${leadId}$`));
  });
});
