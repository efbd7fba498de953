import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { LeadSearchResultDto } from '../../src/contracts/timeline.ts';
import { type RunningApp, startApp } from './support/app.ts';
import { checkAccessibility, launchBrowser, openPage } from './support/browser.ts';
import { screenshots } from './support/screenshots.ts';

// A prospect calls in. The setter presses Alt+I wherever they are, types part of the number the
// phone shows, and Enter opens the caller on the call screen with the inbound script. A caller the
// client does not know yet is created from the same box (Alt+N) and taken at once. The lead page
// tells how the lead came in, and takes a note from the keyboard.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const webDist = resolve(repoRoot, process.env.WEB_DIST ?? 'web/dist');
const password = 'setterdesk';
// A fictional 555-01xx line in an area code the demo data does not use.
const newCaller = {
  name: 'Quinn Oakridge',
  phone: '(802) 555-0147',
  e164: '+18025550147',
  company: 'Oakridge Farm',
};

async function openScreen(browser: Browser, name: string): Promise<Page> {
  const page = await openPage(browser);
  await page.setViewportSize({ width: 1366, height: 768 });
  onTestFailed(async () => {
    await mkdir(`${repoRoot}test-results`, { recursive: true });
    await page.screenshot({ path: `${repoRoot}test-results/incoming-${name}.png` }).catch(() => undefined);
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

/** The demo lead with the lowest North American number among the setter's clients, as the API finds it. */
async function demoLead(baseUrl: string): Promise<LeadSearchResultDto['items'][number]> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'setter1@demo.test', password }),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  for (const areaStart of '23456789') {
    const q = encodeURIComponent(`+1${areaStart}`);
    const response = await fetch(`${baseUrl}/api/leads/search?q=${q}`, { headers: { cookie } });
    const [first] = ((await response.json()) as LeadSearchResultDto).items;
    if (first) return first;
  }
  throw new Error('No demo lead found');
}

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

async function openIncomingCall(page: Page): Promise<Locator> {
  await page.keyboard.press('Alt+KeyI');
  const field = page.getByRole('combobox', { name: 'Who is calling?' });
  await visible(field);
  expect(await isFocused(field)).toBe(true);
  return field;
}

describe('an incoming call', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(join(webDist, 'index.html')))
      throw new Error('Build the web app first: npm run build:web');
    await mkdir(screenshots, { recursive: true });
    app = await startApp();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('Alt+I, part of a known caller’s number, Enter: the caller is on the call screen; a new caller is created with Alt+N', async () => {
    const known = await demoLead(app.baseUrl);
    const page = await openScreen(browser, 'search');
    await signIn(page, app.baseUrl, 'setter1@demo.test');
    await visible(page.getByRole('button', { name: 'Incoming call' }));

    // The national digits typed so far, the way the caller's number shows on a desk phone.
    const national = known.phone.slice(2);
    await openIncomingCall(page);
    await page.keyboard.type(`(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6, 8)}`);
    const option = page.locator(`[role="option"][data-lead-id="${known.id}"]`);
    await visible(option);
    expect(await page.getByRole('option').first().getAttribute('data-lead-id')).toBe(String(known.id));
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await visible(option.getByText(known.clientName));
    await page.screenshot({ path: `${screenshots}/incoming-call.png` });
    await checkAccessibility(page);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/call/lead/${known.id}?inbound=1`, { timeout: 15_000 });
    const card = page.locator(`[data-testid="lead-card"][data-lead-id="${known.id}"]`);
    await visible(card);
    expect(await card.textContent()).toContain(known.name);

    // A caller nobody knows yet: no result, Alt+N, the typed number is already the phone.
    await openIncomingCall(page);
    await page.keyboard.type(newCaller.phone);
    await visible(page.getByText('No lead found.'));
    await page.keyboard.press('Alt+KeyN');
    const phone = page.getByRole('textbox', { name: 'Phone' });
    await visible(phone);
    expect(await phone.inputValue()).toBe(newCaller.phone);
    expect(await isFocused(page.getByRole('textbox', { name: 'Name' }))).toBe(true);
    await page.keyboard.type(newCaller.name);
    await page.getByRole('textbox', { name: 'Company' }).fill(newCaller.company);
    await page.getByRole('textbox', { name: 'Company' }).press('Enter');
    const leadOfUrl = (url: URL | string) =>
      Number(/\/call\/lead\/(\d+)\?inbound=1$/.exec(String(url))?.[1] ?? 0);
    await page.waitForURL((url) => leadOfUrl(url) > 0 && leadOfUrl(url) !== known.id, { timeout: 15_000 });
    const newId = leadOfUrl(page.url());
    const newCard = page.locator(`[data-testid="lead-card"][data-lead-id="${newId}"]`);
    await visible(newCard);
    expect(await newCard.textContent()).toContain(newCaller.name);

    // Shift+Enter opens the caller's own page instead; its timeline takes a note from the keyboard.
    const field = await openIncomingCall(page);
    await field.fill(newCaller.e164);
    await visible(page.locator(`[role="option"][data-lead-id="${newId}"]`));
    await page.keyboard.press('Shift+Enter');
    await page.waitForURL(`**/leads/${newId}`, { timeout: 15_000 });
    const summary = page.getByTestId('lead-summary');
    await visible(summary.getByRole('heading', { name: newCaller.name }));
    await visible(summary.getByRole('link', { name: /\+1 \(802\) 555-0147/ }));
    expect(await summary.getByRole('link', { name: /\+1 \(802\) 555-0147/ }).getAttribute('href')).toBe(
      `tel:${newCaller.e164}`,
    );
    const timeline = page.getByTestId('lead-timeline');
    await visible(timeline.getByText('Created from an incoming call'));
    expect(await timeline.locator('li[data-kind="created"]').textContent()).toContain('Sam Setter');

    await page.getByLabel('Add a note').focus();
    await page.keyboard.type('Asked about financing; call back after 5 pm.');
    await page.keyboard.press('Control+Enter');
    const newest = timeline.locator('li').first();
    await visible(newest.getByText('Asked about financing; call back after 5 pm.'));
    expect(await newest.getAttribute('data-kind')).toBe('note');
    expect(await newest.textContent()).toContain('Sam Setter');
    expect(await page.getByLabel('Add a note').inputValue()).toBe('');
    await page.screenshot({ path: `${screenshots}/lead-page.png` });
    await checkAccessibility(page);
  });

  it('a manager adds a mailer code; the caller reads it out, the setter picks it and the lead keeps it', async () => {
    const known = await demoLead(app.baseUrl);
    const manager = await openScreen(browser, 'sources-manager');
    await signIn(manager, app.baseUrl, 'manager@demo.test');
    await manager.goto(`${app.baseUrl}/call-setup/sources?client=${known.clientId}`);
    await visible(manager.getByRole('tab', { name: 'Marketing sources', selected: true }));
    await manager.getByRole('textbox', { name: 'Code' }).fill('SPRING-24');
    await manager.getByRole('textbox', { name: 'Description' }).fill('Spring mailer');
    await manager.getByRole('button', { name: 'Add source' }).click();
    await visible(manager.getByTestId('marketing-source-row').getByText('SPRING-24'));
    await checkAccessibility(manager);
    await manager.close();

    const page = await openScreen(browser, 'sources-setter');
    await signIn(page, app.baseUrl, 'setter1@demo.test');
    await page.goto(`${app.baseUrl}/call/lead/${known.id}?inbound=1`);
    await visible(page.locator(`[data-testid="lead-card"][data-lead-id="${known.id}"]`));
    const picker = page.getByRole('combobox', { name: 'Where did they hear of us?' });
    await picker.click();
    // The caller reads the code as they see it; case and spacing do not matter.
    await page.keyboard.type('spring 24');
    await page.getByRole('option', { name: 'SPRING-24 — Spring mailer' }).click();
    expect(await picker.inputValue()).toBe('SPRING-24 — Spring mailer');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('1');
    await page.waitForURL((url) => !url.pathname.startsWith(`/call/lead/${known.id}`), { timeout: 15_000 });

    await page.goto(`${app.baseUrl}/leads/${known.id}`);
    await visible(page.getByTestId('lead-marketing-source'));
    expect(await page.getByTestId('lead-marketing-source').textContent()).toBe(
      'Source: SPRING-24 — Spring mailer',
    );
  });
});
