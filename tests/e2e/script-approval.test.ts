import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { type RunningApp, startApp } from './support/app.ts';
import { checkAccessibility, launchBrowser, openPage } from './support/browser.ts';
import { openFromNav } from './support/screens.ts';
import { screenshots } from './support/screenshots.ts';

// A setter words SunPeak's personalizable script their own way and submits it; the manager reads
// the diff and asks for a change; the setter reworks it; the manager approves; from then on the
// setter's script (My scripts, and what the call screen fetches) is their own version.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const password = 'setterdesk';
const scriptName = 'SunPeak Solar call script';
const firstWording =
  'Hey, quick ones: do you own your home in {{lead.city}}, and what is your monthly electric bill?';
const secondWording =
  'Hey, quick ones: do you own your home in {{lead.city}}, and what savings on your monthly electric bill would matter to you?';

type Api = <T>(method: string, path: string, body?: unknown) => Promise<T>;

async function apiAs(baseUrl: string, email: string): Promise<Api> {
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

const visible = (locator: Locator) => locator.first().waitFor({ state: 'visible', timeout: 15_000 });

async function signedIn(browser: Browser, baseUrl: string, email: string): Promise<Page> {
  const page = await openPage(browser);
  await page.setViewportSize({ width: 1366, height: 900 });
  onTestFailed(async () => {
    await mkdir(`${repoRoot}test-results`, { recursive: true });
    await page
      .screenshot({ path: `${repoRoot}test-results/script-approval.png`, fullPage: true })
      .catch(() => undefined);
  });
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await visible(page.getByRole('button', { name: 'Log out' }));
  return page;
}

/** The setter opens their version of the script from My scripts and submits the discovery in new words. */
async function submitDiscovery(page: Page, wording: string): Promise<void> {
  await openFromNav(page, 'My scripts');
  await visible(page.getByRole('heading', { name: 'My scripts' }));
  await page.getByRole('link', { name: new RegExp(`(Write|Edit) my version of ${scriptName}`) }).click();
  // The opening is locked word for word: the setter can read it, not change it.
  expect(await page.getByLabel('Your words for “Opening”').getAttribute('readonly')).not.toBeNull();
  const discovery = page.getByLabel('Your words for “Discovery”');
  await visible(discovery);
  await discovery.fill(wording);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await visible(page.getByText('Sent for review.'));
}

/** The manager's review inbox, with the one card of the setter's submitted version. */
async function reviewCard(page: Page): Promise<Locator> {
  await openFromNav(page, 'Scripts');
  await page.getByRole('tab', { name: /Waiting for review/ }).click();
  const card = page.getByTestId('variant-review').filter({ hasText: `Sam Setter · ${scriptName}` });
  await visible(card);
  return card;
}

describe('a setter’s own version of a script, reviewed with a diff', () => {
  let app: RunningApp;
  let browser: Browser;
  let scriptId = 0;

  beforeAll(async () => {
    if (!existsSync(`${repoRoot}web/dist/index.html`))
      throw new Error('Build the web app first: npm run build:web');
    app = await startApp();
    browser = await launchBrowser();
    const manager = await apiAs(app.baseUrl, 'manager@demo.test');
    const { scripts } = await manager<{ scripts: { id: number; name: string; mode: string }[] }>(
      'GET',
      '/scripts?purpose=outbound',
    );
    scriptId = scripts.find((s) => s.name === scriptName && s.mode === 'personalizable')?.id ?? 0;
    expect(scriptId).toBeGreaterThan(0);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('the setter writes their version in the browser and submits it', async () => {
    const page = await signedIn(browser, app.baseUrl, 'setter1@demo.test');
    await openFromNav(page, 'My scripts');
    const row = page.getByTestId('my-script').filter({ hasText: scriptName });
    await visible(row.getByText('Not written'));
    await checkAccessibility(page);
    await submitDiscovery(page, firstWording);
    await visible(page.getByTestId('variant-status').getByText('Waiting for review'));
    // The live diff already shows the new words against the company text.
    await visible(page.getByTestId('script-diff').locator('ins', { hasText: 'Hey' }));
    await checkAccessibility(page);
    await page.context().close();
  });

  it('the manager reads the diff and asks for a change, with a comment required', async () => {
    const page = await signedIn(browser, app.baseUrl, 'manager@demo.test');
    const card = await reviewCard(page);
    await visible(card.locator('ins.script-diff__added', { hasText: 'Hey' }));
    await visible(card.locator('del.script-diff__removed', { hasText: 'Great' }));
    await checkAccessibility(page);
    await mkdir(screenshots, { recursive: true });
    await page.screenshot({ path: `${screenshots}/script-review.png` });
    await card.getByRole('button', { name: 'Ask for changes' }).click();
    await visible(card.getByText('Say what to change.'));
    await card.getByLabel('Comment for the setter').fill('Keep asking whether they have two minutes.');
    await card.getByRole('button', { name: 'Ask for changes' }).click();
    await visible(page.getByText('Sent back to Sam Setter with your comment.'));
    await visible(page.getByText('Nothing is waiting for your review.'));
    await page.context().close();
  });

  it('the setter sees the comment, reworks the discovery and submits again', async () => {
    const page = await signedIn(browser, app.baseUrl, 'setter1@demo.test');
    await openFromNav(page, 'My scripts');
    const row = page.getByTestId('my-script').filter({ hasText: scriptName });
    await visible(row.getByText('Changes requested'));
    await visible(row.getByTestId('review-comment').getByText(/Keep asking whether they have two minutes/));
    await row.getByRole('link', { name: `Edit my version of ${scriptName}` }).click();
    await visible(page.getByTestId('rejection').getByText(/Keep asking/));
    expect(await page.getByLabel('Your words for “Discovery”').inputValue()).toBe(firstWording);
    await submitDiscovery(page, secondWording);
    await page.context().close();
  });

  it('the manager approves; the setter’s page and the call screen’s script are now their version', async () => {
    const managerPage = await signedIn(browser, app.baseUrl, 'manager@demo.test');
    const card = await reviewCard(managerPage);
    await visible(card.locator('ins', { hasText: 'savings' }));
    await card.getByRole('button', { name: 'Approve' }).click();
    await visible(managerPage.getByText('Approved: Sam Setter reads this version from now on.'));
    await managerPage.context().close();

    const page = await signedIn(browser, app.baseUrl, 'setter1@demo.test');
    await openFromNav(page, 'My scripts');
    const row = page.getByTestId('my-script').filter({ hasText: scriptName });
    await visible(row.getByTestId('variant-status').getByText('Approved'));
    await visible(row.getByTestId('in-use').getByText('Your approved version'));
    await page.context().close();

    const setter = await apiAs(app.baseUrl, 'setter1@demo.test');
    const forMe = await setter<{ variantId: number | null; sections: { id: string; body: string }[] }>(
      'GET',
      `/scripts/${scriptId}/for-me`,
    );
    expect(forMe.variantId).not.toBeNull();
    expect(forMe.sections.find((section) => section.id === 'discovery')?.body).toBe(secondWording);
    const other = await apiAs(app.baseUrl, 'setter2@demo.test');
    expect(
      (await other<{ variantId: number | null }>('GET', `/scripts/${scriptId}/for-me`)).variantId,
    ).toBeNull();
  });
  it('the manager saves a new version from the editor; its diff is in the history and the variant follows it', async () => {
    const page = await signedIn(browser, app.baseUrl, 'manager@demo.test');
    await page.goto(`${app.baseUrl}/scripts/${scriptId}`);
    await visible(page.getByRole('heading', { name: scriptName }));
    const opening = page.getByLabel('Text of “Opening”');
    const before = await opening.inputValue();
    await opening.fill('Hi there, who am I speaking with?');
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await visible(page.getByText(/The opening must say who is calling and for whom/));
    await opening.fill(before);
    // Keyboard only: the caret at the end of the booking text, a variable inserted by its button.
    const booking = page.getByLabel('Text of “Booking”');
    await booking.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Any shading on the roof at ');
    await page.getByRole('button', { name: 'Insert Company into “Booking”' }).focus();
    await page.keyboard.press('Enter');
    await visible(page.locator('.script-placeholder', { hasText: '[lead.company]' }));
    await page.getByLabel('What changed (version note)').fill('Asks about shading');
    await checkAccessibility(page);
    await mkdir(screenshots, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${screenshots}/script-editor.png` });
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await visible(page.getByText('Saved as version 2.'));
    await page.getByRole('tab', { name: 'History' }).click();
    await visible(page.getByRole('cell', { name: 'Asks about shading' }));
    await visible(page.getByTestId('script-diff').locator('ins', { hasText: 'shading' }));
    await checkAccessibility(page);
    await page.context().close();

    const setterPage = await signedIn(browser, app.baseUrl, 'setter1@demo.test');
    await openFromNav(setterPage, 'My scripts');
    const row = setterPage.getByTestId('my-script').filter({ hasText: scriptName });
    // The setter never touched the booking: the variant is carried onto version 2, still approved.
    await visible(row.getByTestId('variant-status').getByText('Approved'));
    expect(await row.getByText('Outdated').count()).toBe(0);
    await visible(row.getByTestId('in-use').getByText('Your approved version'));
    await setterPage.context().close();
  });
});
