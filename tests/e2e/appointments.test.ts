import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { CampaignDto } from '../../src/contracts/campaigns.ts';
import { type RunningApp, startApp } from './support/app.ts';
import { checkAccessibility, launchBrowser, openPage } from './support/browser.ts';
import { screenshots } from './support/screenshots.ts';

// An appointment's life as its people see it: a setter books it from the call screen, the rep finds
// it on the calendar, the lead moves it through the link in the invite, and after the meeting the
// rep marks it held and records the sale.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const password = 'setterdesk';
const client = 'SunPeak Solar';
const campaignName = `Round the clock ${Date.now().toString(36)}`;
const repLogins = ['rep1@demo.test', 'rep2@demo.test', 'rep3@demo.test', 'rep4@demo.test'];

interface Appointment {
  id: number;
  status: string;
  startsAt: string;
  rescheduledFromId: number | null;
  rep: { name: string; timeZone: string };
  lead: { firstName: string; lastName: string; email: string | null };
}

async function openScreen(browser: Browser, name: string): Promise<Page> {
  const page = await openPage(browser);
  await page.setViewportSize({ width: 1366, height: 768 });
  onTestFailed(async () => {
    await mkdir(`${repoRoot}test-results`, { recursive: true });
    await page
      .screenshot({ path: `${repoRoot}test-results/appointments-${name}.png` })
      .catch(() => undefined);
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

async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
}

/** Axe after every fade and slide has finished: half-transparent text is not what people read. */
async function checkSettled(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  await checkAccessibility(page);
}

/** A signed-in API caller, with the CSRF token writes need. */
async function apiAs(baseUrl: string, email: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const session = (await login.json()) as { user: { name: string }; csrfToken: string };
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': session.csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return { name: session.user.name, call };
}

async function repLoginFor(baseUrl: string, repName: string): Promise<string> {
  for (const email of repLogins) if ((await apiAs(baseUrl, email)).name === repName) return email;
  throw new Error(`No demo login for the rep ${repName}`);
}

/** Moves the server's clock: a data: module preloaded into the app replaces Date.now. */
const clockShift = (offsetMs: number) =>
  `--import=data:text/javascript,${encodeURIComponent(
    `const realNow = Date.now.bind(Date); Date.now = () => realNow() + ${offsetMs};`,
  )}`;

describe('an appointment from the call to the outcome', () => {
  let app: RunningApp;
  let browser: Browser;
  let dataDirectory = '';
  let databaseUrl = '';
  let booked: Appointment;
  let moved: Appointment;

  const appointmentsOfLead = async (lead: Appointment['lead']) => {
    const manager = await apiAs(app.baseUrl, 'manager@demo.test');
    const { appointments } = await manager.call<{ appointments: Appointment[] }>('GET', '/appointments');
    return appointments.filter(
      (item) => item.lead.firstName === lead.firstName && item.lead.lastName === lead.lastName,
    );
  };

  beforeAll(async () => {
    if (!existsSync(`${repoRoot}web/dist/index.html`))
      throw new Error('Build the web app first: npm run build:web');
    await mkdir(screenshots, { recursive: true });
    // A database of this file's own, so the app can be started again on it later with another clock.
    dataDirectory = await mkdtemp(join(tmpdir(), 'setterdesk-appointments-'));
    databaseUrl = `file:${join(dataDirectory, 'e2e.db')}`;
    app = await startApp({ env: { DATABASE_URL: databaseUrl } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (dataDirectory) await rm(dataDirectory, { recursive: true, force: true });
  });

  it('a manager opens a campaign round the clock and looks over the reps', async () => {
    // Round the clock in the leads' own time, so the journey does not depend on when it runs.
    const manager = await apiAs(app.baseUrl, 'manager@demo.test');
    const { campaigns } = await manager.call<{ campaigns: CampaignDto[] }>('GET', '/campaigns');
    const demo = campaigns.find((campaign) => campaign.clientName === client);
    expect(demo).toBeDefined();
    await manager.call('POST', '/campaigns', {
      clientId: demo?.clientId,
      name: campaignName,
      listIds: demo?.listIds,
      scriptId: demo?.scriptId,
      qualificationFormId: demo?.qualificationFormId,
      meetingTypeId: demo?.meetingTypeId,
      callingWindow: {
        startLocal: '00:00',
        endLocal: '23:59',
        days: [1, 2, 3, 4, 5, 6, 7],
        blackoutDates: [],
      },
    });
    const page = await openScreen(browser, 'reps');
    await signIn(page, app.baseUrl, 'manager@demo.test');
    await page.getByRole('link', { name: 'Reps' }).click();
    await visible(page.getByRole('heading', { name: 'Sales reps' }));
    await choose(page, 'Client', client);
    await visible(page.getByTestId('rep-row').filter({ hasText: 'Rita Reyes' }));
    await page.screenshot({ path: `${screenshots}/reps.png` });
    await checkSettled(page);
    await page.getByRole('button', { name: 'Edit Rita Reyes' }).click();
    await visible(page.getByText('Weekly hours (Eastern Time — New York)'));
    await checkSettled(page);
    await page.context().close();
  });

  it('a setter books an appointment from the call screen', async () => {
    const page = await openScreen(browser, 'setter');
    await signIn(page, app.baseUrl, 'setter1@demo.test');
    await choose(page, 'Campaign', `${campaignName} · ${client}`);
    await page.keyboard.press('n');
    await visible(page.locator('#lead-name'));
    const panel = page.locator('#qualification-panel');
    await panel.getByLabel('Owns the home').check();
    await panel.getByLabel('Monthly electric bill (USD)').fill('300');
    await panel.getByLabel('Roof age (years)').fill('5');
    await panel.getByLabel('Within 3 months').check();
    await page.getByLabel('Questions the prospect asked').fill('Can we meet after work?');
    await page.getByTestId('call-result-contact_made').click();
    await page.getByTestId('outcome-appointment').click();
    // The second open slot of the next open day: today's last one may cross its minimum notice
    // while the test runs.
    await visible(page.getByTestId('slot'));
    await page.locator('[data-testid="navigator-day"]:not([disabled])').nth(1).click();
    await visible(page.getByTestId('slot').nth(1));
    await page.getByTestId('slot').nth(1).click();
    const [first = '', ...rest] = ((await page.locator('#lead-name').textContent()) ?? '').trim().split(' ');
    await page.getByRole('button', { name: /^Book/ }).click();
    await visible(page.getByText('Appointment booked'));
    const [appointment] = await appointmentsOfLead({
      firstName: first,
      lastName: rest.join(' '),
      email: null,
    });
    expect(appointment?.status).toBe('scheduled');
    booked = appointment as Appointment;
    await page.context().close();
  });

  it('the rep finds it on the week calendar, on the rep’s clock, and reads it', async () => {
    const page = await openScreen(browser, 'agenda');
    await signIn(page, app.baseUrl, await repLoginFor(app.baseUrl, booked.rep.name));
    const localDate = new Intl.DateTimeFormat('en-CA', { timeZone: booked.rep.timeZone }).format(
      new Date(booked.startsAt),
    );
    await page.goto(`${app.baseUrl}/agenda?view=week&date=${localDate}`);
    const event = page.getByTestId('calendar-event').filter({ hasText: booked.lead.lastName });
    await visible(event);
    const repTime = new Intl.DateTimeFormat('en-US', {
      timeZone: booked.rep.timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(booked.startsAt));
    expect(await event.first().textContent()).toContain(repTime);
    await page.screenshot({ path: `${screenshots}/agenda-week.png` });
    await checkSettled(page);
    await event.first().click();
    await visible(page.getByText('Can we meet after work?'));
    await visible(page.getByText(/your time · \d{2}:\d{2} lead/));
    await page.context().close();
  });

  it('the lead moves it to another time through the link in the invite', async () => {
    const manager = await apiAs(app.baseUrl, 'manager@demo.test');
    const { messages } = await manager.call<{ messages: { to: { email: string }[]; text: string }[] }>(
      'GET',
      '/outbox',
    );
    // The invite to the lead carries the private link; the rep's does not.
    const invite = messages.find((message) => message.to.some((to) => to.email === booked.lead.email));
    const link = /\/a\/[\w-]+/.exec(invite?.text ?? '')?.[0];
    expect(link).toBeDefined();

    const page = await openScreen(browser, 'self-service');
    await page.goto(`${app.baseUrl}${link}`);
    await visible(page.getByRole('heading', { name: `Hello ${booked.lead.firstName}` }));
    const before = await page.getByTestId('self-service-time').textContent();
    await page.screenshot({ path: `${screenshots}/self-service.png` });
    await checkSettled(page);
    await page.getByRole('button', { name: 'Reschedule' }).click();
    await visible(page.getByTestId('self-service-slot'));
    await page.locator('[data-testid="navigator-day"]:not([disabled])').nth(1).click();
    const slot = page.getByTestId('self-service-slot').nth(3);
    await visible(slot);
    const chosen = ((await slot.textContent()) ?? '').trim();
    await slot.click();
    await page.getByRole('button', { name: /^Move to/ }).click();
    // The page now headlines the new appointment and says where it moved from.
    await visible(page.getByTestId('moved-from'));
    expect(await page.getByTestId('self-service-time').textContent()).toContain(chosen);
    await checkSettled(page);
    await page.context().close();

    const after = await appointmentsOfLead(booked.lead);
    moved = after.find((item) => item.rescheduledFromId === booked.id) as Appointment;
    expect(moved?.status).toBe('scheduled');
    expect(after.find((item) => item.id === booked.id)?.status).toBe('rescheduled');
    expect(before).not.toBe(chosen);
  });

  it('after the meeting the rep marks it held and records the sale', async () => {
    // The app again on the same database, its clock (and the browser's) ten minutes into the meeting.
    const offsetMs = Date.parse(moved.startsAt) + 10 * 60_000 - Date.now();
    await app.stop();
    app = await startApp({ env: { DATABASE_URL: databaseUrl, NODE_OPTIONS: clockShift(offsetMs) } });
    const repEmail = await repLoginFor(app.baseUrl, moved.rep.name);
    const page = await openScreen(browser, 'held');
    await page.clock.install({ time: Date.now() + offsetMs });
    await signIn(page, app.baseUrl, repEmail);
    await page.goto(`${app.baseUrl}/agenda/${moved.id}`);
    await page.getByRole('button', { name: 'Mark held' }).click();
    await visible(page.getByTestId('appointment-status').filter({ hasText: 'Held' }));
    await page.getByLabel(/^Amount/).fill('1250');
    await page.getByRole('button', { name: 'Record outcome' }).click();
    await visible(page.getByTestId('appointment-outcome').filter({ hasText: '$1,250.00' }));
    await checkSettled(page);
    await page.context().close();
  });
});
