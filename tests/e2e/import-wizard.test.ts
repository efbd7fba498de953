import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { type RunningApp, startApp } from './support/app.ts';
import { checkAccessibility, launchBrowser, openPage } from './support/browser.ts';
import { screenshots } from './support/screenshots.ts';

// A manager imports a Serbian export as Excel on Windows writes it: Windows-1250, semicolons,
// Serbian headers and letters. The wizard must decode it, let the manager fix a column, and
// report exactly what came in and what did not; then some of those numbers go on do-not-call.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const runId = Date.now().toString(36);
const client = 'SunPeak Solar';
const fileName = `srpski-kontakti-${runId}.csv`;
const listName = `Srpski kontakti ${runId}`;
// Serbian mobile numbers: none of them is in the US demo data, so the only duplicate is in the file.
const rows = [
  'Ime;Prezime;Telefon;Grad;Napomena',
  'Đorđe;Đorđević;+381 64 1234567;Beograd;Zove posle podne',
  'Željko;Šćepanović;+381 63 7654321;Novi Sad;Ima solarne panele',
  'Milica;Čolić;+381 65 2223334;Niš;',
  'Dragan;Kovačević;12;Kragujevac;Pogrešan broj',
  'Đorđe;Đorđević;+381 64 1234567;Beograd;Isti broj ponovo',
];
const csv = iconv.encode(`${rows.join('\r\n')}\r\n`, 'win1250');

async function openScreen(browser: Browser, name: string): Promise<Page> {
  const page = await openPage(browser);
  await page.setViewportSize({ width: 1366, height: 768 });
  onTestFailed(async () => {
    await mkdir(`${repoRoot}test-results`, { recursive: true });
    await page
      .screenshot({ path: `${repoRoot}test-results/import-${name}.png`, fullPage: true })
      .catch(() => {});
  });
  return page;
}

const visible = (locator: Locator, timeout = 15_000) =>
  locator.first().waitFor({ state: 'visible', timeout });

async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill('setterdesk');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await visible(page.getByRole('button', { name: 'Log out' }));
}

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** The number on a report tile ("3 imported" → 3). */
async function tile(page: Page, key: string): Promise<number> {
  const text = (await page.getByTestId(`import-${key}`).locator('p').first().textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

describe('importing leads and do-not-call numbers', () => {
  let app: RunningApp;
  let browser: Browser;

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

  it('imports a Windows-1250 semicolon file, with a column remapped, and reports every row', async () => {
    const page = await openScreen(browser, 'wizard');
    await signIn(page, app.baseUrl, 'manager@demo.test');
    await page.getByRole('link', { name: 'Import' }).click();
    await visible(page.getByRole('heading', { name: 'Import leads' }));

    await choose(page, 'Client', client);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: csv });
    await page.getByRole('button', { name: 'Upload and check' }).click();

    // Step 2: the file reads as Serbian, split on semicolons.
    const preview = page.getByRole('table', { name: /^Preview/ });
    await visible(preview.getByText('Đorđe Đorđević'));
    await visible(preview.getByText('Željko Šćepanović'));
    expect(await page.getByRole('combobox', { name: 'Delimiter', exact: true }).inputValue()).toBe(
      'Semicolon (;)',
    );
    expect(await preview.getByText('+381641234567').count()).toBeGreaterThan(0);
    // The refused row is marked in the preview before anything is stored.
    await visible(preview.getByText('Refused'));

    // "Napomena" is suggested as a custom field; the manager drops it.
    await visible(preview.getByText('Zove posle podne'));
    await choose(page, 'Napomena', 'Ignore this column');
    await preview.getByText('Zove posle podne').waitFor({ state: 'detached', timeout: 15_000 });

    await page.getByRole('textbox', { name: 'Template name' }).fill(`Serbian CRM ${runId}`);
    await page.getByRole('button', { name: 'Save as template' }).click();
    await visible(page.getByText(`Template “Serbian CRM ${runId}” saved.`));

    const listNameInput = page.getByRole('textbox', { name: /^List name/ });
    expect(await listNameInput.inputValue()).toBe(fileName.replace(/\.csv$/, ''));
    await listNameInput.fill(listName);
    await checkAccessibility(page);
    await page.screenshot({ path: `${screenshots}/import-check.png` });

    await page.getByRole('button', { name: 'Import', exact: true }).click();

    // Step 3: the report, once the background job is done.
    await visible(page.getByRole('heading', { name: `Report: ${listName}` }), 60_000);
    expect(await tile(page, 'imported')).toBe(3);
    expect(await tile(page, 'invalid')).toBe(1);
    expect(await tile(page, 'duplicates')).toBe(1);
    expect(await tile(page, 'rows')).toBe(5);
    await visible(
      page
        .getByTestId('import-errors')
        .getByRole('row')
        .filter({ hasText: /Phone|Telefon/ }),
    );
    await page.screenshot({ path: `${screenshots}/import-report.png` });
    await checkAccessibility(page);

    // The refused rows download with the session cookie, as a plain link.
    const download = page.getByRole('link', { name: 'Download the refused rows (CSV)' });
    const href = await download.getAttribute('href');
    expect(href).toContain('kind=invalid');
    const rejects = await page.request.get(`${app.baseUrl}${href}`);
    expect(rejects.status()).toBe(200);
    expect(await rejects.text()).toContain('Kragujevac');

    // Below the wizard: the job among the recent imports, the list ready among the client's lists.
    await visible(page.getByTestId('import-job-row').filter({ hasText: fileName }).getByText('Done'));
    const list = page.getByTestId('lead-list-row').filter({ hasText: listName });
    await visible(list.getByText('Ready'));
    expect(await list.locator('td').nth(3).textContent()).toBe('3');
    await page.context().close();
  });

  it('puts imported numbers on do-not-call, one by hand and one from a file, and stops their leads', async () => {
    const page = await openScreen(browser, 'dnc');
    await signIn(page, app.baseUrl, 'manager@demo.test');
    await page.getByRole('link', { name: 'Do not call' }).click();
    await visible(page.getByRole('heading', { name: 'Do not call', level: 1 }));
    await choose(page, 'Client', client);

    await page.getByLabel(/^Phone number/).fill('+381 63 7654321');
    await page.getByRole('button', { name: 'Add to do-not-call' }).click();
    await visible(page.getByText('+381637654321 is on do-not-call; 1 lead stopped.'));

    const registry = ['telefon', '+381 65 2223334', 'nije broj'].join('\n');
    await page
      .getByLabel(/^Source/)
      .first()
      .fill(`Registry ${runId}`);
    await page.locator('input[type=file]').setInputFiles({
      name: `dnc-${runId}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(registry),
    });
    await page.getByRole('button', { name: `Upload for ${client}` }).click();
    await visible(page.getByRole('heading', { name: `Uploaded: Registry ${runId}` }));
    for (const [key, expected] of [
      ['entries', 1],
      ['invalid', 1],
      ['leadsFlagged', 1],
    ] as const) {
      const text = await page.getByTestId(`dnc-${key}`).locator('p').first().textContent();
      expect(Number(text?.replace(/\D/g, ''))).toBe(expected);
    }
    await visible(page.getByTestId('dnc-list-row').filter({ hasText: `Registry ${runId}` }));
    await checkAccessibility(page);
    await page.context().close();
  });
});
