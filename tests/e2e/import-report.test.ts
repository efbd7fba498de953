import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from './support/app.ts';
import { apiAs, choose, signIn, visible } from './support/booking-journey.ts';
import { checkAccessibility, launchBrowser } from './support/browser.ts';
import { openScreen } from './support/screens.ts';
import { screenshots } from './support/screenshots.ts';

// A manager dry-runs a file that collides with the client's leads: the report says what WOULD
// happen (never "Imported"), lists the duplicates on screen with a link to each existing lead,
// and the warnings (a UK number for a US client) in the manager's words; then imports it for real.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const webDist = resolve(repoRoot, process.env.WEB_DIST ?? 'web/dist');
const client = 'SunPeak Solar';
const runId = Date.now().toString(36);
const fileName = `report-${runId}.csv`;

/** The number on a report tile ("3 imported" → 3). */
async function tile(page: Page, key: string): Promise<number> {
  const text = (await page.getByTestId(`import-${key}`).locator('p').first().textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

describe('the import report on screen', () => {
  let app: RunningApp;
  let browser: Browser;
  let existing: { id: number; phone: string; name: string };

  beforeAll(async () => {
    if (!existsSync(`${webDist}/index.html`)) throw new Error(`Build the web app first into ${webDist}`);
    await mkdir(screenshots, { recursive: true });
    app = await startApp({ env: { WEB_DIST: webDist } });
    browser = await launchBrowser();
    const manager = await apiAs(app.baseUrl, 'manager@demo.test');
    const { campaigns } = await manager.call<{ campaigns: { clientId: number; clientName: string }[] }>(
      'GET',
      '/campaigns',
    );
    const clientId = campaigns.find((c) => c.clientName === client)?.clientId;
    // Any demo lead of the client: search by a few first letters until one answers.
    for (const letter of ['a', 'b', 'c', 'd', 'e', 'j', 'm', 's']) {
      const { items } = await manager.call<{ items: { id: number; phone: string; name: string }[] }>(
        'GET',
        `/leads/search?q=${letter}&clientId=${clientId}`,
      );
      if (items[0]) {
        existing = items[0];
        break;
      }
    }
    if (!existing) throw new Error('No demo lead to collide with');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('a dry run says "would import", shows duplicates with a working link and the foreign-phone warning', async () => {
    const csv = [
      'Name,Phone,Roof Type,Notes',
      `Known Person,${existing.phone},tile,Already ours`,
      'Uk Person,+44 20 7946 0958,metal,Calls from London',
      'Ext Person,503-555-0741 ext 4,asphalt,Ask for the office',
      'New Person,(646) 555-0781,slate,Prefers mornings',
    ].join('\n');
    const page = await openScreen(browser, 'import-report-dry-run');
    await signIn(page, app.baseUrl, 'manager@demo.test');
    await page.getByRole('link', { name: 'Import' }).click();
    await choose(page, 'Client', client);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Upload and check' }).click();

    // The check: "Roof Type" joins the client's existing roofType key; the extension shows.
    const preview = page.getByRole('table', { name: /^Preview/ });
    await visible(preview.getByText('roofType:'));
    expect(await preview.getByText('roof_type:').count()).toBe(0);
    await visible(preview.getByText('ext. 4'));
    await visible(preview.getByText(/is a number of United Kingdom, not of United States/));
    // Notes become a note on the lead.
    await choose(page, 'Notes', 'Note on the lead');
    await visible(preview.getByText('Prefers mornings'));

    await page.getByRole('button', { name: 'Dry run' }).click();
    await visible(page.getByRole('heading', { name: /^Dry run:/ }), 60_000);
    await visible(
      page.getByTestId('dry-run-summary').filter({ hasText: 'Would import 3 leads of 4 rows read.' }),
    );
    const report = page.locator('section[aria-labelledby="import-report-title"]');
    expect(await report.getByText(/^Imported\b/).count()).toBe(0);
    expect(await tile(page, 'imported')).toBe(3);
    await visible(page.getByTestId('import-imported').getByText('would be imported'));

    // Duplicates and warnings are on screen, not only in the CSV.
    const duplicates = page.getByTestId('import-duplicates');
    const link = duplicates.getByRole('link', { name: `Lead #${existing.id}` });
    await visible(link);
    const warnings = page.getByTestId('import-warnings');
    await visible(warnings.getByText(/\+442079460958 is a number of United Kingdom/));
    await checkAccessibility(page);
    await page.screenshot({ path: `${screenshots}/import-report-dry-run.png`, fullPage: true });

    // Recent imports: the dry run reads "Would import", never "Imported".
    await visible(
      page
        .getByTestId('import-job-row')
        .filter({ hasText: fileName })
        .getByText(/^Would import 3/),
    );

    // The link opens the existing lead.
    await link.click();
    await page.waitForURL(`**/leads/${existing.id}`);
    await visible(page.getByText(existing.name));
    await page.context().close();
  });
});
