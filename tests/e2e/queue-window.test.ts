import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { CallingRuleSet, CallingRuleState } from '../../src/core/calling-rules/rule-set.ts';
import { usStateCallingRules } from '../../src/core/calling-rules/us-state-rules.ts';
import { type RunningApp, startApp } from './support/app.ts';
import { launchBrowser, openPage } from './support/browser.ts';

// A setter works a campaign whose leads live across US time zones and never sees one outside its
// calling window (in every zone its postal code and phone point to) or its state's hours; the
// empty queue then says what it holds back and when the next lead opens.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const password = 'setterdesk';
const runId = Temporal.Now.instant().epochMilliseconds.toString(36);
const everyDay = [1, 2, 3, 4, 5, 6, 7];
// The queue's answers may not change while the test runs: every lead keeps its verdict this long.
const stableMinutes = 20;

interface Place {
  city: string;
  state: CallingRuleState;
  postalCode: string;
  areaCode: string;
  zone: string;
  /** The zones the phone's area code points to, when not just `zone` (907 also names Adak). */
  phoneZones?: string[];
}
// Area codes the demo leads do not use where a state has another (a duplicate phone is skipped).
const place = (
  city: string,
  state: CallingRuleState,
  postalCode: string,
  areaCode: string,
  zone: string,
) => ({
  city,
  state,
  postalCode,
  areaCode,
  zone,
});
const honolulu = place('Honolulu', 'HI', '96813', '808', 'Pacific/Honolulu');
const anchorage = {
  ...place('Anchorage', 'AK', '99501', '907', 'America/Anchorage'),
  phoneZones: ['America/Adak', 'America/Anchorage'],
};
const losAngeles = place('Los Angeles', 'CA', '90012', '323', 'America/Los_Angeles');
const denver = place('Denver', 'CO', '80202', '720', 'America/Denver');
const chicago = place('Chicago', 'IL', '60601', '773', 'America/Chicago');
const newYork = place('New York', 'NY', '10001', '646', 'America/New_York');
const zonePlaces: Place[] = [honolulu, anchorage, losAngeles, denver, chicago, newYork];

/**
 * The zone whose leads are callable, a neighbour closed while it is open, and a second state in
 * its zone. Honolulu keeps no DST: it serves the hours of a DST night when the others shift.
 */
const choices: { home: Place; neighbour: Place; ruled: Place | null }[] = [
  { home: denver, neighbour: losAngeles, ruled: place('Salt Lake City', 'UT', '84101', '385', denver.zone) },
  {
    home: losAngeles,
    neighbour: anchorage,
    ruled: place('Las Vegas', 'NV', '89101', '725', losAngeles.zone),
  },
  { home: chicago, neighbour: denver, ruled: place('Milwaukee', 'WI', '53202', '414', chicago.zone) },
  { home: newYork, neighbour: chicago, ruled: place('Boston', 'MA', '02108', '857', newYork.zone) },
  { home: honolulu, neighbour: anchorage, ruled: null },
];

type Verdict = 'callable' | 'window' | 'state';
interface LeadSpec {
  name: string;
  postal: Place | null;
  phone: Place;
  verdict: Verdict;
}
/** Minutes after local midnight: [start, end). */
interface Window {
  start: number;
  end: number;
}
interface Plan {
  home: Place;
  ruled: Place | null;
  window: Window;
  leads: LeadSpec[];
}

// biome-ignore format: a list of names reads best packed in rows
const names = ['Avery Stone', 'Blake Rivera', 'Casey Nguyen', 'Devon Patel', 'Emery Brooks', 'Finley Ortiz',
  'Gray Holm', 'Harper Quinn', 'Indra Sato', 'Jules Moreau', 'Kendall Reyes', 'Logan Byrne'];

function leadsFor({ home, neighbour, ruled }: (typeof choices)[number]): LeadSpec[] {
  const specs: Omit<LeadSpec, 'name'>[] = [
    { postal: home, phone: home, verdict: 'callable' },
    { postal: null, phone: home, verdict: 'callable' },
    { postal: home, phone: home, verdict: 'callable' },
    ...zonePlaces.filter((p) => p !== home).map((p) => ({ postal: p, phone: p, verdict: 'window' as const })),
    // Postal code and phone disagree: the window is their intersection, closed now.
    { postal: home, phone: neighbour, verdict: 'window' },
    { postal: neighbour, phone: home, verdict: 'window' },
    ...(ruled ? [{ postal: ruled, phone: ruled, verdict: 'state' as const }] : []),
  ];
  return specs.map((spec, i) => ({ ...spec, name: names[i] ?? `Lead ${i}` }));
}

const zonesOf = (lead: LeadSpec): string[] => [
  ...new Set([...(lead.postal ? [lead.postal.zone] : []), ...(lead.phone.phoneZones ?? [lead.phone.zone])]),
];
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const inWindow = (zones: string[], at: Temporal.Instant, window: Window) =>
  zones.every((zone) => {
    const local = at.toZonedDateTimeISO(zone);
    const minutes = local.hour * 60 + local.minute;
    return minutes >= window.start && minutes < window.end;
  });

/**
 * A window from half an hour before to an hour after the home zone's time, for the first home zone
 * where that fits in the day and every lead keeps its verdict for `stableMinutes` (DST nights
 * included): at any time of day one of them does.
 */
function planFor(now: Temporal.Instant): Plan {
  for (const choice of choices) {
    const local = now.toZonedDateTimeISO(choice.home.zone);
    const minutes = local.hour * 60 + local.minute;
    if (minutes > 22 * 60 + 55) continue;
    const window = { start: Math.max(0, minutes - 30), end: minutes + 60 };
    const leads = leadsFor(choice);
    const stable = Array.from({ length: stableMinutes + 1 }, (_, m) => now.add({ minutes: m })).every((at) =>
      leads.every((lead) => inWindow(zonesOf(lead), at, window) === (lead.verdict !== 'window')),
    );
    if (stable) return { home: choice.home, ruled: choice.ruled, window, leads };
  }
  throw new Error(`No home zone gives a stable calling window at ${now}`);
}

/** The first minute any of the leads' windows opens: where the empty queue says the next lead opens. */
function firstOpening(leads: LeadSpec[], window: Window, now: Temporal.Instant): Temporal.Instant | null {
  let at = now.round({ smallestUnit: 'minute', roundingMode: 'ceil' });
  for (let step = 0; step < 26 * 60; step++, at = at.add({ minutes: 1 })) {
    if (leads.some((lead) => inWindow(zonesOf(lead), at, window))) return at;
  }
  return null;
}

/** The shipped rules, with the ruled state's hours narrowed to after the window: closed now. */
function narrowedRules(plan: Plan): CallingRuleSet {
  if (!plan.ruled) return usStateCallingRules;
  const state = plan.ruled.state;
  return {
    ...usStateCallingRules,
    version: `${usStateCallingRules.version}-${state}-evening`,
    rules: [
      ...usStateCallingRules.rules.filter((rule) => rule.state !== state),
      {
        state,
        effectiveFrom: '2020-01-01',
        hours: [{ days: everyDay, startLocal: clock(plan.window.end), endLocal: '24:00' }],
        source: 'An edited rule set: calls to this state only late in the evening',
      },
    ],
  };
}

type Api = <T>(method: string, path: string, body?: unknown) => Promise<T>;

async function login(baseUrl: string, email: string): Promise<{ api: Api; timeZone: string }> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const { csrfToken, user } = (await response.json()) as { csrfToken: string; user: { timeZone: string } };
  const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
  const api: Api = async (method, path, body) => {
    const answer = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${await answer.text()}`);
    return answer.json() as never;
  };
  return { api, timeZone: user.timeZone };
}

interface BatchResult {
  listId: number;
  results: { index: number; outcome: string; leadId: number | null; errors: unknown[] }[];
}

/** Creates the leads in one list; a phone the demo data already has is retried with another line. */
async function createLeads(api: Api, clientId: number, leads: LeadSpec[]) {
  const ids = new Map<string, number>();
  let listId = 0;
  for (let round = 0; ids.size < leads.length && round < 12; round++) {
    const pending = leads.filter((lead) => !ids.has(lead.name));
    const result = await api<BatchResult>('POST', '/leads/batch', {
      clientId,
      listName: `Time zones ${runId}`,
      leads: pending.map((lead) => {
        // 555-0100…0199 are fictional; distinct per lead within a round.
        const line = 100 + ((leads.indexOf(lead) * 7 + round * 31) % 100);
        const [firstName, lastName] = lead.name.split(/ (.*)/);
        return {
          firstName,
          lastName,
          phone: `+1 ${lead.phone.areaCode} 555 ${String(line).padStart(4, '0')}`,
          email: `${lead.name.replaceAll(' ', '.').toLowerCase()}.${runId}@example.test`,
          ...(lead.postal ? { postalCode: lead.postal.postalCode, city: lead.postal.city } : {}),
        };
      }),
    });
    listId = result.listId;
    for (const row of result.results) {
      const lead = pending[row.index];
      if (row.outcome === 'invalid') throw new Error(`${lead?.name}: ${JSON.stringify(row.errors)}`);
      if (lead && row.outcome === 'created' && row.leadId !== null) ids.set(lead.name, row.leadId);
    }
  }
  expect(ids.size).toBe(leads.length);
  return { ids, listId };
}

interface NextResponse {
  item: { lead: { id: number } } | null;
  empty: { candidates: number; blocked: Record<string, number>; nextOpensAt: string | null } | null;
}
interface Preview {
  entries: { lead: { id: number }; calling: { callable: boolean } }[];
  callableNow: number;
  openLeads: number;
  blocked: Record<string, number>;
  nextOpens: { reason: string; at: string; leads: number }[];
}
interface LeadDetail {
  calling: { callable: boolean; reasons: string[]; timeZones: string[] };
}

const visible = (locator: ReturnType<Page['locator']>) =>
  locator.first().waitFor({ state: 'visible', timeout: 15_000 });

/** A key as the help writes it ('N', 'Alt+1', 'Ctrl+Enter', 'Esc') as Playwright presses it. */
const pressable = (keys: string) =>
  keys.length === 1 ? keys.toLowerCase() : keys.replace('Ctrl', 'Control').replace(/^Esc$/, 'Escape');

/** The screen's keys act only outside text fields (a campaign picker, an answer being typed). */
const leaveField = (page: Page) =>
  page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : null));

/** The keys the screen's own help lists for taking the next lead and for "no answer". */
async function keysFromHelp(page: Page): Promise<{ next: string; noAnswer: string }> {
  await leaveField(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog');
  await visible(dialog.getByRole('row'));
  const keyOf = async (label: RegExp) => {
    const row = dialog.getByRole('row').filter({ hasText: label }).first();
    return pressable(((await row.locator('kbd').first().textContent()) ?? '').trim());
  };
  const keys = { next: await keyOf(/next lead/i), noAnswer: await keyOf(/no answer/i) };
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  return keys;
}

describe('a queue whose leads are spread over time zones', () => {
  const now = Temporal.Now.instant();
  const plan = planFor(now);
  const count = (verdict: Verdict) => plan.leads.filter((lead) => lead.verdict === verdict).length;
  const callable = plan.leads.filter((lead) => lead.verdict === 'callable');
  const nextOpening = firstOpening(
    plan.leads.filter((lead) => lead.verdict === 'window'),
    plan.window,
    now,
  );
  // What holds the other leads back, by reason code, before anyone calls.
  const held: Record<string, number> = {
    OUTSIDE_CALLING_WINDOW: count('window'),
    ...(count('state') > 0 ? { STATE_HOURS: count('state') } : {}),
  };
  let app: RunningApp;
  let browser: Browser;
  let manager: Api;
  let rulesDirectory = '';
  let campaignId = 0;
  const campaignName = `Time zones ${runId}`;
  let ids = new Map<string, number>();

  beforeAll(async () => {
    if (!existsSync(`${repoRoot}web/dist/index.html`))
      throw new Error('Build the web app first: npm run build:web');
    rulesDirectory = await mkdtemp(join(tmpdir(), 'setterdesk-rules-'));
    const rulesFile = join(rulesDirectory, 'calling-rules.json');
    await writeFile(rulesFile, JSON.stringify(narrowedRules(plan)));
    app = await startApp({ env: { CALLING_RULES_FILE: rulesFile } });
    browser = await launchBrowser();
    manager = (await login(app.baseUrl, 'manager@demo.test')).api;
    const { campaigns } = await manager<{ campaigns: Record<string, unknown>[] }>('GET', '/campaigns');
    const demo = campaigns.find((campaign) => String(campaign.name).startsWith('SunPeak Solar'));
    if (!demo) throw new Error('The demo campaign of SunPeak Solar is missing');
    const created = await createLeads(manager, Number(demo.clientId), plan.leads);
    ids = created.ids;
    const { start, end } = plan.window;
    const campaign = await manager<{ id: number }>('POST', '/campaigns', {
      clientId: demo.clientId,
      name: campaignName,
      listIds: [created.listId],
      scriptId: demo.scriptId,
      qualificationFormId: demo.qualificationFormId,
      meetingTypeId: demo.meetingTypeId,
      callingWindow: { startLocal: clock(start), endLocal: clock(end), days: everyDay, blackoutDates: [] },
    });
    campaignId = campaign.id;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (rulesDirectory) await rm(rulesDirectory, { recursive: true, force: true });
  });

  it('the preview lists only the callable leads and gives each blocked one its reason', async () => {
    const preview = await manager<Preview>('GET', `/campaigns/${campaignId}/queue-preview`);
    const listed = preview.entries.map((entry) => entry.lead.id);
    expect(listed.sort()).toEqual(callable.map((lead) => ids.get(lead.name)).sort());
    expect(preview.callableNow).toBe(callable.length);
    expect(preview.openLeads).toBe(plan.leads.length);
    expect(preview.blocked).toEqual(held);
    expect(preview.nextOpens[0]).toMatchObject({ reason: 'OUTSIDE_CALLING_WINDOW', at: `${nextOpening}` });
    const expectedReasons = { callable: [], window: ['OUTSIDE_CALLING_WINDOW'], state: ['STATE_HOURS'] };
    for (const lead of plan.leads) {
      const path = `/leads/${ids.get(lead.name)}?campaignId=${campaignId}`;
      const { calling } = await manager<LeadDetail>('GET', path);
      // Named in the comparison, so a failure says which lead; its zones are every source's.
      expect({ lead: lead.name, reasons: calling.reasons, zones: [...calling.timeZones].sort() }).toEqual({
        lead: lead.name,
        reasons: expectedReasons[lead.verdict],
        zones: zonesOf(lead).sort(),
      });
      expect(calling.callable).toBe(lead.verdict === 'callable');
    }
  });

  it('the setter works the queue from the keyboard and meets only callable leads', async () => {
    const page = await openPage(browser);
    await page.setViewportSize({ width: 1366, height: 768 });
    onTestFailed(async () => {
      await mkdir(`${repoRoot}test-results`, { recursive: true });
      await page.screenshot({ path: `${repoRoot}test-results/queue-window.png` }).catch(() => undefined);
    });
    const answers: Promise<NextResponse>[] = [];
    page.on('response', (response) => {
      if (response.request().method() === 'POST' && response.url().endsWith(`/campaigns/${campaignId}/next`))
        answers.push(response.json() as Promise<NextResponse>);
    });
    const setter = await login(app.baseUrl, 'setter1@demo.test');
    await page.goto(`${app.baseUrl}/login`);
    await page.getByLabel('Email').fill('setter1@demo.test');
    await page.getByLabel(/^Password/).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const campaignPicker = page.getByRole('combobox', { name: /campaign/i }).first();
    await visible(campaignPicker);
    await campaignPicker.click();
    await page
      .getByRole('option', { name: new RegExp(campaignName) })
      .first()
      .click();
    const keys = await keysFromHelp(page);

    const shown = await workQueue(page, keys, plan.leads, ids);
    expect(new Set(shown).size).toBe(shown.length);
    expect([...shown].sort()).toEqual(callable.map((lead) => lead.name).sort());
    const served = await Promise.all(answers);
    const servedIds = served.flatMap((answer) => (answer.item ? [answer.item.lead.id] : []));
    expect(servedIds).toEqual(shown.map((name) => ids.get(name)));
    expect(served.at(-1)?.empty).toEqual({
      candidates: plan.leads.length,
      blocked: { ...held, RETRY_GAP: callable.length },
      nextOpensAt: `${nextOpening}`,
    });
    await expectEmptyScreen(page, { ...held, RETRY_GAP: callable.length }, nextOpening, setter.timeZone);
    await page.context().close();
  });

  it('afterwards the preview holds the worked leads back until their retry time', async () => {
    const preview = await manager<Preview>('GET', `/campaigns/${campaignId}/queue-preview`);
    expect(preview.entries).toEqual([]);
    expect(preview.callableNow).toBe(0);
    expect(preview.blocked).toEqual({ ...held, RETRY_GAP: callable.length });
  });
});

/**
 * Takes leads until the queue is empty, saving "no answer" on each with its key: the names shown,
 * in order. Any lead of the campaign on screen counts, so a blocked one served would be caught.
 */
async function workQueue(
  page: Page,
  keys: { next: string; noAnswer: string },
  leads: LeadSpec[],
  ids: Map<string, number>,
): Promise<string[]> {
  const anyLead = page.getByRole('heading', {
    name: new RegExp(`^(${leads.map((l) => l.name).join('|')})$`),
  });
  const emptyTitle = page.getByRole('heading', { name: /no lead to call/i });
  const shown: string[] = [];
  await page.keyboard.press(keys.next);
  for (let turn = 0; turn <= leads.length; turn++) {
    await visible(anyLead.or(emptyTitle));
    if (await emptyTitle.isVisible()) return shown;
    const name = ((await anyLead.first().textContent()) ?? '').trim();
    shown.push(name);
    const card = page.locator('[data-testid="lead-card"]');
    if ((await card.count()) > 0)
      expect(await card.first().getAttribute('data-lead-id')).toBe(`${ids.get(name)}`);
    await leaveField(page);
    await page.keyboard.press(keys.noAnswer);
    await page.getByRole('heading', { name, exact: true }).waitFor({ state: 'hidden', timeout: 15_000 });
  }
  throw new Error(`The queue never emptied; shown: ${shown.join(', ')}`);
}

/** The empty queue lists what it holds back, with counts, and when the next lead opens in the setter's time. */
async function expectEmptyScreen(
  page: Page,
  held: Record<string, number>,
  opening: Temporal.Instant | null,
  timeZone: string,
) {
  const list = page.getByRole('list', { name: /why leads are blocked/i });
  await visible(list);
  const items = (await list.getByRole('listitem').allTextContents()).map((text) => text.trim());
  const countOf = (pattern: RegExp) =>
    Number(items.find((text) => pattern.test(text))?.match(/\d+/)?.[0] ?? 0);
  expect(countOf(/outside .*calling window/i)).toBe(held.OUTSIDE_CALLING_WINDOW);
  expect(countOf(/retry/i)).toBe(held.RETRY_GAP);
  expect(countOf(/state/i)).toBe(held.STATE_HOURS ?? 0);
  expect(opening).not.toBeNull();
  const local = opening?.toZonedDateTimeISO(timeZone);
  const time = `${String(local?.hour).padStart(2, '0')}:${String(local?.minute).padStart(2, '0')}`;
  await visible(page.getByText(new RegExp(`next lead opens .*${time}`, 'i')));
}
