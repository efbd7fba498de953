import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { type RunningApp, startApp } from './support/app.ts';
import { checkAccessibility, launchBrowser, openPage } from './support/browser.ts';

// A setter works five leads without touching the mouse: an unanswered call, a callback for
// tomorrow on the lead's clock after an objection looked up and answered, a "not interested"
// with the client's reason, a do-not-call and a booking. Then the API tells what was stored.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const password = 'setterdesk';
const runId = Date.now().toString(36);
const client = 'SunPeak Solar';
const campaignName = `Keyboard shift ${runId}`;
// Fictional 555-02xx lines in states without statutory calling hours, so the window is the campaign's.
const leadInputs = [
  { fullName: 'Harper Quinn', phone: '+1 773 555 0211', postalCode: '60601', city: 'Chicago', state: 'IL' },
  { fullName: 'Jordan Ellis', phone: '+1 646 555 0223', postalCode: '10001', city: 'New York', state: 'NY' },
  { fullName: 'Kendall Moss', phone: '+1 720 555 0235', postalCode: '80202', city: 'Denver', state: 'CO' },
  { fullName: 'Logan Price', phone: '+1 480 555 0247', postalCode: '85004', city: 'Phoenix', state: 'AZ' },
  {
    fullName: 'Morgan Reyes',
    phone: '+1 323 555 0259',
    postalCode: '90012',
    city: 'Los Angeles',
    state: 'CA',
  },
];
const objection = {
  title: 'Worried how the panels look',
  keywords: ['ugly', 'looks', 'aesthetics'],
  responses: [
    {
      id: 'low-profile',
      text: 'Our panels sit flush and black on black: most neighbours never notice them.',
    },
    { id: 'photos', text: 'I can send photos of homes on your street that have them.' },
  ],
};

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

/** A campaign of its own over five fresh leads, open round the clock, with the client's script, form and meeting type. */
async function prepareCampaign(manager: Api): Promise<{ clientId: number; leadIds: number[] }> {
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
      listName: `Keyboard list ${runId}`,
      leads: leadInputs.map((lead) => ({
        ...lead,
        email: `${lead.fullName.split(' ')[0]?.toLowerCase()}@example.test`,
      })),
    },
  );
  const leadIds = batch.results.map((result) => result.leadId ?? 0);
  const first = async (path: string, key: string) =>
    (
      await manager<Record<string, { id: number; active?: boolean }[]>>('GET', `${path}?clientId=${clientId}`)
    )[key]?.find((item) => item.active !== false)?.id ?? null;
  await manager('POST', '/campaigns', {
    clientId,
    name: campaignName,
    listIds: [batch.listId],
    scriptId: (
      await manager<{ scripts: { id: number; purpose: string }[] }>('GET', `/scripts?clientId=${clientId}`)
    ).scripts.find((script) => script.purpose === 'outbound')?.id,
    qualificationFormId: await first('/qualification-forms', 'forms'),
    meetingTypeId: await first('/meeting-types', 'meetingTypes'),
    callingWindow: { startLocal: '00:00', endLocal: '24:00', days: [1, 2, 3, 4, 5, 6, 7], blackoutDates: [] },
  });
  await manager('POST', `/clients/${clientId}/objections`, objection);
  return { clientId, leadIds };
}

/**
 * The softphone a tel: link hands the call to lives outside the browser; here a stand-in takes the
 * number (Chromium would otherwise hold the page behind its "open external app" prompt).
 */
function standInSoftphone(): void {
  const dialed: string[] = [];
  Object.assign(window, { dialed });
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="tel:"]') : null;
    if (!link) return;
    event.preventDefault();
    dialed.push(link.getAttribute('href') ?? '');
  });
}

const visible = (page: Page, selector: string) =>
  page.locator(selector).first().waitFor({ state: 'visible', timeout: 15_000 });

/** The id of the lead on screen, once a card other than `previous` is there. */
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

/** The digit of a client's outcome, as its button announces it. */
async function outcomeKey(page: Page, key: string): Promise<string> {
  const button = page.getByTestId(`outcome-${key}`);
  await button.waitFor({ state: 'visible', timeout: 15_000 });
  return (await button.getAttribute('aria-keyshortcuts')) ?? '';
}

/** API requests from a key press to the next lead's arrival: only the disposition and the next lead. */
function watchRequests(page: Page): { since: () => () => string[] } {
  const log: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) log.push(`${request.method()} ${url.pathname}`);
  });
  page.on('response', (response) => {
    if (/\/api\/campaigns\/\d+\/next$/.test(new URL(response.url()).pathname)) log.push('next answered');
  });
  return {
    since: () => {
      const start = log.length;
      return () => {
        const slice = log.slice(start);
        return slice.slice(0, slice.indexOf('next answered'));
      };
    },
  };
}

describe('a shift from the keyboard', () => {
  let app: RunningApp;
  let browser: Browser;
  let manager: Api;
  let setter: Api;
  let clientId = 0;
  const worked: Record<'noAnswer' | 'callback' | 'notInterested' | 'dnc' | 'booked', number> = {
    noAnswer: 0,
    callback: 0,
    notInterested: 0,
    dnc: 0,
    booked: 0,
  };
  let before = { attempts: 0, contacts: 0, appointmentsSet: 0 };

  beforeAll(async () => {
    if (!existsSync(`${repoRoot}web/dist/index.html`))
      throw new Error('Build the web app first: npm run build:web');
    app = await startApp();
    browser = await launchBrowser();
    manager = await session(app.baseUrl, 'manager@demo.test');
    setter = await session(app.baseUrl, 'setter1@demo.test');
    ({ clientId } = await prepareCampaign(manager));
    before = (await setter<{ totals: typeof before }>('GET', '/stats/today')).totals;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('works five leads with page.keyboard alone', async () => {
    const page = await openPage(browser);
    await page.setViewportSize({ width: 1366, height: 768 });
    onTestFailed(async () => {
      await mkdir(`${repoRoot}test-results`, { recursive: true });
      await page.screenshot({ path: `${repoRoot}test-results/keyboard-shift.png` }).catch(() => undefined);
    });
    await page.addInitScript(standInSoftphone);
    await page.goto(`${app.baseUrl}/login`);
    await page.getByLabel('Email').fill('setter1@demo.test');
    await page.getByLabel(/^Password/).fill(password);
    await page.keyboard.press('Enter');
    await visible(page, 'text=Choose a campaign above');
    const requests = watchRequests(page);
    const { keyboard } = page;

    await keyboard.press('Alt+c');
    await keyboard.type(campaignName);
    await keyboard.press('ArrowDown');
    await keyboard.press('Enter');
    await visible(page, `text=Client: ${client}`);
    await keyboard.press('n');

    // 1. No answer, after a dial that starts the timer.
    worked.noAnswer = await leadOnScreen(page, null);
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await keyboard.press('?');
    await visible(page, '[data-testid="hotkeys-panels"]');
    expect(await page.getByTestId('hotkeys-panels').textContent()).toContain('Alt+4');
    await keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await keyboard.press('d');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="call-timer"]')?.textContent === '00:01',
    );
    expect(await page.evaluate(() => (window as unknown as { dialed: string[] }).dialed)).toEqual([
      expect.stringMatching(/^tel:\+1\d{10}$/),
    ]);
    await checkAccessibility(page);
    const onTheWay = requests.since();
    await keyboard.press('1');
    worked.callback = await leadOnScreen(page, worked.noAnswer);
    expect(onTheWay()).toEqual([
      `POST /api/leads/${worked.noAnswer}/attempts`,
      expect.stringMatching(/^POST \/api\/campaigns\/\d+\/next$/),
    ]);

    // 2. An objection looked up and answered, then a callback tomorrow at 10:00 on the lead's clock.
    await keyboard.press('Escape');
    await keyboard.press('/');
    await keyboard.type('ugly');
    await keyboard.press('Enter');
    await visible(page, '[data-testid="objection-response"]');
    await keyboard.press('Enter');
    await visible(page, '[data-testid="marked-objections"]');
    expect(await page.getByTestId('marked-objections').textContent()).toContain(objection.title);
    await keyboard.press('Escape');
    await keyboard.press('Escape');
    await keyboard.press('6');
    await keyboard.press(await outcomeKey(page, 'interested_callback'));
    await visible(page, 'text=Tomorrow 10:00');
    await keyboard.press('Tab');
    await keyboard.press('Enter');
    await visible(page, '[data-testid="callback-preview"]');
    await keyboard.press('Control+Enter');
    worked.notInterested = await leadOnScreen(page, worked.callback);

    // 3. Not interested: the reason is required, picked from the client's list with the arrows.
    await keyboard.press('Escape');
    await keyboard.press('6');
    await keyboard.press(await outcomeKey(page, 'not_interested'));
    await visible(page, '#outcome-details');
    await keyboard.press('Control+Enter');
    await visible(page, 'text=Choose a reason for “Not interested” — it is required to save.');
    await keyboard.press('ArrowDown');
    await keyboard.press('Tab');
    await keyboard.type('Happy with the installer they have');
    await keyboard.press('Control+Enter');
    worked.dnc = await leadOnScreen(page, worked.notInterested);

    // 4. Do not call, confirmed with a note.
    await keyboard.press('Escape');
    await keyboard.press('6');
    await keyboard.press(await outcomeKey(page, 'do_not_call'));
    await visible(page, '[data-testid="confirm-dnc"]');
    await keyboard.type('Asked never to be called again');
    await keyboard.press('Control+Enter');
    worked.booked = await leadOnScreen(page, worked.dnc);

    // 5. Qualified, judged hot, the prospect's question noted, and booked in the second open slot.
    await keyboard.press('Space');
    await keyboard.press('h');
    await keyboard.press('Alt+5');
    await keyboard.type('Do the panels work in winter?');
    await keyboard.press('Escape');
    await keyboard.press('6');
    await keyboard.press(await outcomeKey(page, 'appointment'));
    await visible(page, '[data-testid="slot"]');
    // The slots are one tab stop: an arrow moves to the second.
    await keyboard.press('ArrowRight');
    await keyboard.press('Enter');
    await visible(page, 'text=Chosen:');
    await keyboard.press('Control+Enter');
    await visible(page, 'text=Appointment booked');
    await visible(page, 'text=No lead to call right now');
    await page.context().close();
  });

  it('stored every outcome, reason, objection and callback, and counts them today', async () => {
    type Detail = {
      lead: { status: string; timeZone: string | null };
      calling: { primaryTimeZone: string | null };
      attempts: { callResult: string | null; outcomeLabel: string | null; reason: string | null }[];
    };
    const detail = (leadId: number) => manager<Detail>('GET', `/leads/${leadId}`);

    const noAnswer = await detail(worked.noAnswer);
    expect(noAnswer.attempts[0]).toMatchObject({ callResult: 'no_answer', outcomeLabel: null });

    const notInterested = await detail(worked.notInterested);
    expect(notInterested.attempts[0]).toMatchObject({
      callResult: 'contact_made',
      outcomeLabel: 'Not interested',
    });
    expect(notInterested.attempts[0]?.reason).toContain('Already has a provider');
    expect(notInterested.lead.status).toBe('not_interested');

    expect((await detail(worked.dnc)).lead.status).toBe('dnc');
    expect((await detail(worked.booked)).lead.status).toBe('appointment_set');

    const callbackLead = await detail(worked.callback);
    const zone = callbackLead.calling.primaryTimeZone ?? callbackLead.lead.timeZone ?? 'UTC';
    const { callbacks } = await setter<{ callbacks: { leadId: number; dueAt: string }[] }>(
      'GET',
      '/callbacks',
    );
    const due = Temporal.Instant.from(
      callbacks.find((c) => c.leadId === worked.callback)?.dueAt ?? '',
    ).toZonedDateTimeISO(zone);
    const tomorrow = Temporal.Now.zonedDateTimeISO(zone).toPlainDate().add({ days: 1 });
    expect(due.toPlainDate().toString()).toBe(tomorrow.toString());
    expect(due.toPlainTime().toString({ smallestUnit: 'minute' })).toBe('10:00');

    type Timeline = { items: { kind: string; data: Record<string, unknown> }[] };
    const kinds = async (leadId: number) =>
      (await manager<Timeline>('GET', `/leads/${leadId}/timeline`)).items.map((item) => item.kind);
    expect(await kinds(worked.noAnswer)).toContain('attempt');
    expect(await kinds(worked.callback)).toEqual(expect.arrayContaining(['attempt', 'callback']));
    expect(await kinds(worked.dnc)).toEqual(expect.arrayContaining(['attempt', 'do_not_call']));
    expect(await kinds(worked.booked)).toEqual(
      expect.arrayContaining(['attempt', 'appointment', 'qualification']),
    );

    const today = Temporal.Now.plainDateISO().toString();
    const stats = await manager<{
      items: { title: string; raised: number; responses: { responseId: string | null; used: number }[] }[];
    }>(
      'GET',
      `/clients/${clientId}/objections/stats?from=${Temporal.Now.plainDateISO().subtract({ days: 1 })}&to=${today}`,
    );
    const raised = stats.items.find((item) => item.title === objection.title);
    expect(raised?.raised).toBe(1);
    expect(raised?.responses.find((response) => response.responseId === 'low-profile')?.used).toBe(1);

    const after = (await setter<{ totals: typeof before }>('GET', '/stats/today')).totals;
    expect({
      attempts: after.attempts - before.attempts,
      contacts: after.contacts - before.contacts,
      appointmentsSet: after.appointmentsSet - before.appointmentsSet,
    }).toEqual({ attempts: 5, contacts: 4, appointmentsSet: 1 });
  });
  it('an incoming call opens the lead with the inbound script and, once dispositioned, leaves it', async () => {
    const { leadId } = await setter<{ leadId: number }>('POST', '/leads/inbound', {
      clientId,
      phone: '+1 312 555 0271',
      fullName: 'Rowan Inbound',
    });
    const page = await openPage(browser);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${app.baseUrl}/login`);
    await page.getByLabel('Email').fill('setter1@demo.test');
    await page.getByLabel(/^Password/).fill(password);
    await page.keyboard.press('Enter');
    await visible(page, 'text=Choose a campaign above');
    await page.goto(`${app.baseUrl}/call/lead/${leadId}?inbound=1`);
    expect(await leadOnScreen(page, null)).toBe(leadId);
    await visible(page, `#script-panel >> text=Thank you for calling ${client}`);
    await visible(page, '#lead-panel >> text=Incoming call');
    await page.keyboard.press('6');
    await page.keyboard.press(await outcomeKey(page, 'nurture'));
    await page.waitForURL(`${app.baseUrl}/call`);
    const { attempts } = await manager<{
      attempts: { callResult: string; outcomeLabel: string; scriptVersion: number | null }[];
    }>('GET', `/leads/${leadId}`);
    expect(attempts[0]).toMatchObject({ callResult: 'contact_made', outcomeLabel: 'Not now — nurture' });
    expect(attempts[0]?.scriptVersion).toBeGreaterThan(0);
    await page.context().close();
  });
});
