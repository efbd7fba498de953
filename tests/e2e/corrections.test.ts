import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { type RunningApp, startApp } from './support/app.ts';
import { checkAccessibility, launchBrowser, openPage } from './support/browser.ts';

// The walkthrough's wrong key: a setter saves "Busy" by mistake, takes it back with Ctrl+Z and
// saves the right result; later the call is corrected from the lead's page and the lead follows.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const password = 'setterdesk';
const runId = Date.now().toString(36);
const client = 'SunPeak Solar';
const campaignName = `Corrections ${runId}`;
const leadInputs = [
  { fullName: 'Quinn Wrongkey', phone: '+1 773 555 0271', postalCode: '60601', city: 'Chicago', state: 'IL' },
  { fullName: 'Riley Second', phone: '+1 720 555 0283', postalCode: '80202', city: 'Denver', state: 'CO' },
];

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

/** A campaign of its own over two fresh leads, open round the clock. */
async function prepareCampaign(manager: Api): Promise<number[]> {
  const { campaigns } = await manager<{ campaigns: { clientId: number; clientName: string }[] }>(
    'GET',
    '/campaigns',
  );
  const clientId = campaigns.find((campaign) => campaign.clientName === client)?.clientId ?? 0;
  const batch = await manager<{ listId: number; results: { leadId: number | null }[] }>(
    'POST',
    '/leads/batch',
    {
      clientId,
      listName: `Corrections list ${runId}`,
      leads: leadInputs,
    },
  );
  await manager('POST', '/campaigns', {
    clientId,
    name: campaignName,
    listIds: [batch.listId],
    callingWindow: { startLocal: '00:00', endLocal: '24:00', days: [1, 2, 3, 4, 5, 6, 7], blackoutDates: [] },
  });
  return batch.results.map((result) => result.leadId ?? 0);
}

const visible = (page: Page, selector: string) =>
  page.locator(selector).first().waitFor({ state: 'visible', timeout: 15_000 });

async function leadOnScreen(page: Page, previous: number | null): Promise<number> {
  const handle = await page.waitForFunction(
    (before) => {
      const card = document.querySelector('[data-testid="lead-card"]');
      const id = Number(card?.getAttribute('data-lead-id'));
      return id > 0 && id !== before ? id : null;
    },
    previous,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as number;
}

interface LeadDetail {
  lead: { status: string; attemptCount: number };
  attempts: { id: number; disposition: string; callResult: string | null }[];
}

describe('corrections', () => {
  let app: RunningApp;
  let browser: Browser;
  let setter: Api;
  let leadIds: number[] = [];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    leadIds = await prepareCampaign(await session(app.baseUrl, 'manager@demo.test'));
    setter = await session(app.baseUrl, 'setter1@demo.test');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('a wrong key is undone with Ctrl+Z, the right result saved, then corrected from the lead page', async () => {
    const page = await openPage(browser);
    await page.setViewportSize({ width: 1366, height: 768 });
    onTestFailed(async () => {
      await mkdir(`${repoRoot}test-results`, { recursive: true });
      await page.screenshot({ path: `${repoRoot}test-results/corrections.png` }).catch(() => undefined);
    });
    await page.goto(`${app.baseUrl}/login`);
    await page.getByLabel('Email').fill('setter1@demo.test');
    await page.getByLabel(/^Password/).fill(password);
    await page.keyboard.press('Enter');
    await visible(page, 'text=Choose a campaign above');
    const { keyboard } = page;
    await keyboard.press('Alt+c');
    await keyboard.type(campaignName);
    await keyboard.press('ArrowDown');
    await keyboard.press('Enter');
    await visible(page, `text=Client: ${client}`);
    await keyboard.press('n');

    // The wrong key: 2 is "Busy".
    const wrongLead = await leadOnScreen(page, null);
    expect(leadIds).toContain(wrongLead);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await keyboard.press('2');
    await visible(page, '[data-testid="undo-bar"]');
    expect(await page.getByTestId('undo-bar').textContent()).toContain('Saved: Busy');
    await checkAccessibility(page);
    expect((await setter<LeadDetail>('GET', `/leads/${wrongLead}`)).lead.attemptCount).toBe(1);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await keyboard.press('Control+z');

    // Back on the same lead, which counts no call now; 3 is "Voicemail left".
    await page.waitForURL(`**/call/lead/${wrongLead}`, { timeout: 15_000 });
    await visible(page, 'text=Call undone');
    await page.waitForFunction(
      (id) =>
        document.querySelector('[data-testid="lead-card"]')?.getAttribute('data-lead-id') === String(id),
      wrongLead,
      { timeout: 15_000 },
    );
    const undone = await setter<LeadDetail>('GET', `/leads/${wrongLead}`);
    expect(undone.lead).toMatchObject({ status: 'new', attemptCount: 0 });
    expect(undone.attempts).toEqual([]);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await keyboard.press('3');
    await page.waitForURL(/\/call$/, { timeout: 15_000 });
    const saved = await setter<LeadDetail>('GET', `/leads/${wrongLead}`);
    expect(saved.lead).toMatchObject({ status: 'attempting', attemptCount: 1 });
    expect(saved.attempts.map((a) => a.callResult)).toEqual(['voicemail_left']);

    // Later, from the lead's page: the number was wrong after all.
    await page.goto(`${app.baseUrl}/leads/${wrongLead}`);
    await page.getByRole('button', { name: /^Edit the call of/ }).click();
    const dialog = page.getByRole('dialog');
    const pick = async (field: string, option: string) => {
      await dialog.getByRole('textbox', { name: field }).or(dialog.getByLabel(field)).first().click();
      await page.getByRole('option', { name: option }).click();
    };
    // A callback typed half-way is not a time: the dialog says so instead of keeping the old one.
    await pick('Call result', 'Contact made');
    await pick('Outcome', 'Interested — call back');
    await dialog.getByLabel('Date', { exact: true }).fill('12/24/2027');
    await dialog.getByRole('button', { name: 'Save the correction' }).click();
    await visible(page, 'text=Enter both the date and the time of the callback, or leave both empty.');
    await dialog
      .getByRole('textbox', { name: 'Call result' })
      .or(dialog.getByLabel('Call result'))
      .first()
      .click();
    await page.getByRole('option', { name: 'Wrong number' }).click();
    await dialog.getByRole('button', { name: 'Save the correction' }).click();
    await visible(page, 'text=Say why you correct it.');
    await dialog.getByLabel(/Why do you correct it/).fill('A bakery answered: the number is not theirs');
    await dialog.getByRole('button', { name: 'Save the correction' }).click();
    await visible(page, 'text=Call corrected. Lead status: Bad number');
    await page
      .getByTestId('lead-corrections')
      .getByText('Call corrected: Voicemail left → Wrong number')
      .waitFor({ timeout: 15_000 });
    await page.getByTestId('lead-timeline').getByText('Call undone: Busy').waitFor({ timeout: 15_000 });
    await checkAccessibility(page);
    const corrected = await setter<LeadDetail>('GET', `/leads/${wrongLead}`);
    expect(corrected.lead.status).toBe('bad_number');
    expect(corrected.attempts.map((a) => a.disposition)).toEqual(['wrong_number']);
  });
});
