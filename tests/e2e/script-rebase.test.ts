import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScriptSection } from '../../src/core/scripts/script.ts';
import { type RunningApp, startApp } from './support/app.ts';
import { apiAs, signIn, visible } from './support/booking-journey.ts';
import { checkAccessibility, launchBrowser } from './support/browser.ts';
import { openScreen } from './support/screens.ts';

// Sam reads his own approved wording of SunPeak's discovery. The manager adds a sentence to the
// booking section: it reaches Sam's call screen at once, under "Your wording, based on v2". When
// the manager then rewrites the discovery Sam had reworded too, Sam reads the company discovery,
// told that his change there awaits review.

const client = 'SunPeak Solar';
const scriptName = `${client} call script`;
const campaignName = 'Script update check';
const myDiscovery =
  'Quick ones, {{lead.firstName}}: is the house yours, and what does power cost you a month?';
const newBookingLine = 'Would you like battery storage included in the assessment?';
const companyDiscovery = 'Tell me about your home and your last electric bill.';

async function signedIn(browser: Browser, baseUrl: string, email: string): Promise<Page> {
  const page = await openScreen(browser, 'script-rebase');
  await signIn(page, baseUrl, email);
  return page;
}

/** The setter takes the next lead of the round-the-clock campaign; the script panel is on screen. */
async function scriptOnCall(browser: Browser, baseUrl: string): Promise<{ page: Page; panel: Locator }> {
  const page = await signedIn(browser, baseUrl, 'setter1@demo.test');
  await page.goto(`${baseUrl}/call`);
  await page.getByRole('combobox', { name: 'Campaign', exact: true }).click();
  await page
    .getByRole('option', { name: new RegExp(campaignName) })
    .first()
    .click();
  await page.keyboard.press('n');
  await visible(page.locator('#lead-name'));
  const panel = page.locator('#script-panel');
  await visible(panel.getByTestId('script-wording'));
  return { page, panel };
}

/** The wording line is shown whole: no ellipsis, nothing cut off at 1366 px. */
async function fitsWhole(line: Locator): Promise<void> {
  const cut = await line.evaluate((element) => element.scrollWidth > element.clientWidth + 1);
  expect(cut).toBe(false);
}

describe('a company script update reaches a setter who reads their own approved wording', () => {
  let app: RunningApp;
  let browser: Browser;
  let scriptId = 0;
  let sections: ScriptSection[] = [];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const manager = (await apiAs(app.baseUrl, 'manager@demo.test')).call;
    const { scripts } = await manager<{ scripts: { id: number; name: string; sections: ScriptSection[] }[] }>(
      'GET',
      '/scripts?purpose=outbound',
    );
    const script = scripts.find((s) => s.name === scriptName);
    scriptId = script?.id ?? 0;
    sections = script?.sections ?? [];
    const { campaigns } = await manager<{ campaigns: Record<string, unknown>[] }>('GET', '/campaigns');
    const demo = campaigns.find(
      (campaign) => campaign.clientName === client && campaign.scriptId === scriptId,
    );
    expect(demo).toBeDefined();
    // Round the clock in the leads' own time, so the journey does not depend on when it runs.
    await manager('POST', '/campaigns', {
      clientId: demo?.clientId,
      name: campaignName,
      listIds: demo?.listIds,
      scriptId,
      qualificationFormId: demo?.qualificationFormId,
      meetingTypeId: demo?.meetingTypeId,
      callingWindow: {
        startLocal: '00:00',
        endLocal: '23:59',
        days: [1, 2, 3, 4, 5, 6, 7],
        blackoutDates: [],
      },
    });
    // Sam's own discovery, approved on version 1.
    const setter = (await apiAs(app.baseUrl, 'setter1@demo.test')).call;
    const mine = sections.map((s) => (s.id === 'discovery' ? { ...s, body: myDiscovery } : s));
    const variant = await setter<{ id: number }>('PUT', `/scripts/${scriptId}/my-variant`, {
      sections: mine,
      submit: true,
    });
    await manager('POST', `/script-variants/${variant.id}/approve`, {});
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('the manager adds a booking sentence; Sam’s call screen reads it beside his own discovery', async () => {
    const page = await signedIn(browser, app.baseUrl, 'manager@demo.test');
    await page.goto(`${app.baseUrl}/scripts/${scriptId}`);
    const booking = page.getByLabel('Text of “Booking”');
    await visible(booking);
    await booking.fill(`${await booking.inputValue()} ${newBookingLine}`);
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await visible(page.getByText('Saved as version 2.'));
    await page.context().close();

    const { page: call, panel } = await scriptOnCall(browser, app.baseUrl);
    await visible(panel.getByText(newBookingLine));
    await visible(panel.getByText(/is the house yours/));
    const wording = panel.getByTestId('script-wording');
    expect(await wording.textContent()).toMatch(/^Your wording, based on v2 · /);
    await fitsWhole(wording);
    expect(await panel.getByTestId('script-company-in').count()).toBe(0);
    await checkAccessibility(call);
    await call.context().close();
  });

  it('the manager rewrites the discovery Sam had reworded: Sam reads the company’s, told his awaits review', async () => {
    const manager = (await apiAs(app.baseUrl, 'manager@demo.test')).call;
    const current = await manager<{ name: string; mode: string; sections: ScriptSection[] }>(
      'GET',
      `/scripts/${scriptId}`,
    );
    await manager('PUT', `/scripts/${scriptId}`, {
      name: current.name,
      mode: current.mode,
      sections: current.sections.map((s) => (s.id === 'discovery' ? { ...s, body: companyDiscovery } : s)),
    });
    const { page, panel } = await scriptOnCall(browser, app.baseUrl);
    await visible(panel.getByText(companyDiscovery));
    expect(await panel.getByText(/is the house yours/).count()).toBe(0);
    await visible(panel.getByText(newBookingLine));
    expect(await panel.getByTestId('script-wording').textContent()).toMatch(/^Your wording, based on v3 · /);
    const notice = panel.getByTestId('script-company-in');
    expect(await notice.textContent()).toBe('Company wording in “Discovery” — your change awaits review');
    await fitsWhole(notice);
    await visible(panel.locator('#script-section-discovery').getByTestId('company-wording-here'));
    await page.context().close();
  });
});
