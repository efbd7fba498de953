import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { type RunningApp, startApp } from './support/app.ts';
import { checkAccessibility, launchBrowser, openPage } from './support/browser.ts';
import { screenshots } from './support/screenshots.ts';

// The whole appointment-setting loop as its people see it: a manager loads a list and starts a
// campaign, a setter works it to a booking, the rep reads the booking, the manager sees the day.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const password = 'setterdesk';
const runId = Date.now().toString(36);
const listName = `Loop list ${runId}`;
const campaignName = `Loop campaign ${runId}`;
const client = 'SunPeak Solar';
// Fictional 555-01xx lines in area codes the demo data does not use, so none is a duplicate.
const leads = [
  ['Avery Stone', '+1 773 555 0142', 'avery@example.test', '60601', 'Stone Roofing'],
  ['Blake Rivera', '+1 646 555 0187', 'blake@example.test', '10001', 'Rivera Bakery'],
  ['Casey Nguyen', '+1 720 555 0119', 'casey@example.test', '80202', ''],
  ['Devon Patel', '+1 480 555 0163', 'devon@example.test', '85004', 'Patel Dental'],
  ['Emery Brooks', '+1 323 555 0135', 'emery@example.test', '90012', 'Brooks Design'],
];
const csv = ['name,phone,email,postal code,company', ...leads.map((row) => row.join(','))].join('\n');

/** A 1366×768 page of its own; a failing step leaves a screenshot in test-results/ to look at. */
async function openScreen(browser: Browser, name: string): Promise<Page> {
  const page = await openPage(browser);
  await page.setViewportSize({ width: 1366, height: 768 });
  onTestFailed(async () => {
    await mkdir(`${repoRoot}test-results`, { recursive: true });
    await page.screenshot({ path: `${repoRoot}test-results/loop-${name}.png` }).catch(() => undefined);
  });
  return page;
}

const visible = (locator: Locator) => locator.first().waitFor({ state: 'visible', timeout: 15_000 });

async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await visible(page.getByRole('button', { name: 'Log out' }));
}

/** Picks an option of a Mantine Select or MultiSelect by its label. */
async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

async function leadName(page: Page): Promise<string> {
  await visible(page.locator('#lead-name'));
  return (await page.locator('#lead-name').textContent())?.trim() ?? '';
}

/** After an outcome the next lead comes on screen by itself. */
async function nextLeadAfter(page: Page, previous: string): Promise<string> {
  await page.waitForFunction(
    (name) => {
      const heading = document.querySelector('#lead-name');
      return heading !== null && heading.textContent?.trim() !== name;
    },
    previous,
    { timeout: 15_000 },
  );
  return leadName(page);
}

async function apiSession(baseUrl: string, email: string): Promise<{ cookie: string; name: string }> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { user: { name: string } };
  return { cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '', name: body.user.name };
}

describe('the appointment-setting loop', () => {
  let app: RunningApp;
  let browser: Browser;
  let bookedLead = '';

  beforeAll(async () => {
    if (!existsSync(`${repoRoot}web/dist/index.html`))
      throw new Error('Build the web app first: npm run build:web');
    await mkdir(screenshots, { recursive: true });
    app = await startApp();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('a manager imports a CSV and creates a campaign over it', async () => {
    const page = await openScreen(browser, 'manager');
    await signIn(page, app.baseUrl, 'manager@demo.test');
    await page.getByRole('link', { name: 'Import' }).click();
    await visible(page.getByRole('heading', { name: 'Import leads' }));
    await choose(page, 'Client', client);
    await page.locator('input[type=file]').setInputFiles({
      name: 'loop-leads.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: 'Upload and check' }).click();
    const listNameInput = page.getByRole('textbox', { name: /^List name/ });
    await visible(listNameInput);
    await listNameInput.fill(listName);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await visible(page.getByRole('heading', { name: `Report: ${listName}` }));
    expect(await page.getByTestId('import-imported').locator('p').first().textContent()).toBe('5');
    await page.screenshot({ path: `${screenshots}/import.png` });

    await page.getByRole('link', { name: 'Campaigns' }).click();
    await page.getByRole('button', { name: 'New campaign' }).click();
    const dialog = page.getByRole('dialog');
    await visible(dialog.getByLabel('Campaign name'));
    await choose(page, 'Client', client);
    await dialog.getByLabel('Campaign name').fill(campaignName);
    await choose(page, 'Lead lists', listName);
    await page.keyboard.press('Escape');
    for (const label of ['Script', 'Qualification form', 'Meeting type']) {
      if ((await dialog.getByRole('combobox', { name: label, exact: true }).inputValue()) === '') {
        await choose(page, label, /.+/);
      }
    }
    // Round the clock in the leads' own time, so the journey does not depend on when it runs.
    await dialog.getByLabel('Calling from').fill('00:00');
    await dialog.getByLabel('Calling until').fill('23:59');
    await dialog.getByRole('button', { name: 'Create campaign' }).click();
    await visible(page.getByRole('cell', { name: campaignName }));
    await page.context().close();
  });

  it('a setter works four leads from the keyboard and books the fourth', async () => {
    const page = await openScreen(browser, 'setter');
    await signIn(page, app.baseUrl, 'setter1@demo.test');
    await visible(page.getByText('Choose a campaign above'));
    await choose(page, 'Campaign', `${campaignName} · ${client}`);
    await page.keyboard.press('n');

    let name = await leadName(page);
    const firstName = name.split(' ')[0] ?? '';
    expect(leads.map((row) => row[0]?.split(' ')[0])).toContain(firstName);
    expect(await page.getByTestId('lead-local-time').textContent()).toMatch(/^\d{2}:\d{2}$/);
    await visible(page.getByText("lead's time"));
    await visible(page.getByText(/callable until \d{2}:\d{2}/));
    await visible(page.locator('#script-panel').getByText(`Hi ${firstName},`));
    expect(await page.evaluate(() => document.activeElement?.closest('#qualification-panel') !== null)).toBe(
      true,
    );
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await page.screenshot({ path: `${screenshots}/call-screen.png` });
    await checkAccessibility(page);

    await page.keyboard.press('1');
    await visible(page.getByText(`Saved “No answer” for ${name}`));
    name = await nextLeadAfter(page, name);

    // Two levels: the call result (6: contact made), then the client's outcome.
    await page.keyboard.press('6');
    await page.getByTestId('outcome-interested_callback').click();
    await page.getByRole('button', { name: 'Tomorrow 10:00' }).click();
    // The date field writes the date as the screen's language does: month first in English.
    expect(await page.getByLabel(/^Date \(lead's time/).inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(await page.getByLabel(/^Time \(lead's time/).inputValue()).toBe('10:00 AM');
    await visible(page.getByText(/lead's time · .+ your time/));
    await page.getByRole('button', { name: 'Schedule callback' }).click();
    name = await nextLeadAfter(page, name);

    await page.getByTestId('call-result-contact_made').click();
    await page.getByTestId('outcome-not_interested').click();
    await page.getByRole('button', { name: /^Save: Not interested/ }).click();
    await visible(page.getByText('Choose a reason for “Not interested” — it is required to save.'));
    await page.getByRole('radio', { name: 'Already has a provider' }).check();
    await page.getByRole('button', { name: /^Save: Not interested/ }).click();
    name = await nextLeadAfter(page, name);

    const panel = page.locator('#qualification-panel');
    await panel.getByLabel('Owns the home').check();
    await panel.getByLabel('Monthly electric bill (USD)').fill('300');
    await panel.getByLabel('Roof age (years)').fill('5');
    await panel.getByLabel('Within 3 months').check();
    await page.getByTestId('lead-card').getByText('Hot (H)', { exact: true }).click();
    await page.getByLabel('Questions the prospect asked').fill('Do the panels work in winter?');
    await visible(panel.getByText('Qualified', { exact: true }));
    await page.getByTestId('call-result-contact_made').click();
    await page.getByTestId('outcome-appointment').click();
    // The second open slot of the next open day: today's last one may cross its minimum notice
    // while the test runs.
    await visible(page.getByTestId('slot'));
    await page.locator('[data-testid="navigator-day"]:not([disabled])').nth(1).click();
    const slot = page.getByTestId('slot').nth(1);
    await visible(slot);
    expect(await slot.textContent()).toMatch(/^\d{2}:\d{2} your time · \d{2}:\d{2} lead$/);
    await slot.click();
    await page.getByRole('button', { name: /^Book/ }).click();
    await visible(page.getByText('Appointment booked'));
    bookedLead = name;
    await page.context().close();
  });

  it('the rep who got the appointment reads the qualification and the prospect’s questions', async () => {
    const reps = ['rep1@demo.test', 'rep2@demo.test', 'rep3@demo.test', 'rep4@demo.test'];
    let repEmail = '';
    for (const email of reps) {
      const { cookie } = await apiSession(app.baseUrl, email);
      const response = await fetch(`${app.baseUrl}/api/appointments`, { headers: { cookie } });
      const { appointments } = (await response.json()) as { appointments: { lead: { firstName: string } }[] };
      if (appointments.some((appointment) => bookedLead.startsWith(appointment.lead.firstName)))
        repEmail = email;
    }
    expect(repEmail).not.toBe('');
    const page = await openScreen(browser, 'rep');
    await signIn(page, app.baseUrl, repEmail);
    const card = page.getByTestId('appointment-card').filter({ hasText: bookedLead });
    await visible(card);
    await visible(card.getByText(/your time · \d{2}:\d{2} lead/));
    await page.screenshot({ path: `${screenshots}/agenda.png` });
    await card.click();
    await visible(page.getByText('Do you own the home?'));
    await visible(page.getByText('Do the panels work in winter?'));
    await page.context().close();
  });

  it('the manager sees the setter’s calls and the booking in today’s numbers', async () => {
    const { name: setterName } = await apiSession(app.baseUrl, 'setter1@demo.test');
    const page = await openScreen(browser, 'dashboard');
    await signIn(page, app.baseUrl, 'manager@demo.test');
    const row = page.getByTestId('setter-row').filter({ hasText: setterName });
    await visible(row);
    const cells = (await row.locator('td').allTextContents()).map((text) => Number(text.replace(/\D/g, '')));
    expect(cells[0]).toBeGreaterThanOrEqual(4);
    expect(cells[2]).toBe(1);
    await page.screenshot({ path: `${screenshots}/dashboard.png` });
    await page.context().close();
  });
});
