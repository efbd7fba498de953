import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from './support/app.ts';
import { apiAs, visible } from './support/booking-journey.ts';
import { checkAccessibility, launchBrowser } from './support/browser.ts';
import { openScreen } from './support/screens.ts';
import { screenshots } from './support/screenshots.ts';

// A rep the morning after: the meeting that ended without an outcome waits at the top of the
// agenda, looking unlike the ones ahead; its video link is a button to click; the rep writes
// notes, marks the no-show (a readable button in both themes), and sets their own hours.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const webDist = resolve(repoRoot, process.env.WEB_DIST ?? 'web/dist');
const client = 'SunPeak Solar';
const meetingUrl = 'https://meet.example.com/rita-e2e';

interface Appointment {
  id: number;
  startsAt: string;
  endsAt: string;
  lead: { firstName: string; lastName: string };
}

/** Moves the server's clock: a data: module preloaded into the app replaces Date.now. */
const clockShift = (offsetMs: number) =>
  `--import=data:text/javascript,${encodeURIComponent(
    `const realNow = Date.now.bind(Date); Date.now = () => realNow() + ${offsetMs};`,
  )}`;

/** Books a lead of the client with Rita Reyes (rep1) as a video meeting, through the API. */
async function bookVideoMeetingWithRita(baseUrl: string): Promise<Appointment> {
  const setter = await apiAs(baseUrl, 'setter1@demo.test');
  type Campaign = { id: number; clientId: number; clientName: string; meetingTypeId: number | null };
  const { campaigns } = await setter.call<{ campaigns: Campaign[] }>('GET', '/campaigns');
  const campaign = campaigns.find((c) => c.clientName === client && c.meetingTypeId !== null);
  if (!campaign?.meetingTypeId) throw new Error(`No campaign with a meeting type for ${client}`);
  const { reps } = await setter.call<{ reps: { id: number; name: string }[] }>(
    'GET',
    `/reps?clientId=${campaign.clientId}`,
  );
  const rita = reps.find((rep) => rep.name === 'Rita Reyes');
  if (!rita) throw new Error('No Rita Reyes');
  for (const letter of ['a', 'b', 'c', 'd', 'e', 'j', 'm', 's']) {
    const { items } = await setter.call<{ items: { id: number }[] }>(
      'GET',
      `/leads/search?q=${letter}&clientId=${campaign.clientId}`,
    );
    for (const lead of items) {
      const { slots } = await setter.call<{ slots: { startsAt: string; repIds: number[] }[] }>(
        'GET',
        `/leads/${lead.id}/slots?meetingTypeId=${campaign.meetingTypeId}&repId=${rita.id}&limit=5`,
      );
      const slot = slots[0];
      if (!slot) continue;
      return setter.call<Appointment>('POST', '/appointments', {
        leadId: lead.id,
        campaignId: campaign.id,
        meetingTypeId: campaign.meetingTypeId,
        startsAt: slot.startsAt,
        repId: rita.id,
        locationKind: 'video',
        location: meetingUrl,
      });
    }
  }
  throw new Error('No lead with a slot for Rita');
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  // A cancelled animation rejects its `finished`: that one is done too.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))),
  );
}

describe('a rep after the meeting', () => {
  let app: RunningApp;
  let browser: Browser;
  let dataDirectory = '';
  let booked: Appointment;
  let offsetMs = 0;

  beforeAll(async () => {
    if (!existsSync(`${webDist}/index.html`)) throw new Error(`Build the web app first into ${webDist}`);
    await mkdir(screenshots, { recursive: true });
    dataDirectory = await mkdtemp(join(tmpdir(), 'setterdesk-rep-e2e-'));
    const env = { WEB_DIST: webDist, DATABASE_URL: `file:${join(dataDirectory, 'e2e.db')}` };
    app = await startApp({ env });
    booked = await bookVideoMeetingWithRita(app.baseUrl);
    // The same database the morning after: the server's clock (and the browser's) an hour past the end.
    offsetMs = Date.parse(booked.endsAt) + 60 * 60_000 - Date.now();
    await app.stop();
    app = await startApp({ env: { ...env, NODE_OPTIONS: clockShift(offsetMs) } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (dataDirectory) await rm(dataDirectory, { recursive: true, force: true });
  });

  const repPage = async (
    name: string,
    options: { scheme?: 'light' | 'dark'; language?: 'en' | 'sr' } = {},
  ) => {
    const page = await openScreen(browser, name);
    await page.clock.install({ time: Date.now() + offsetMs });
    await page.addInitScript(
      ({ scheme, language }) => {
        localStorage.setItem('mantine-color-scheme-value', scheme);
        localStorage.setItem('setterdesk.language', language);
      },
      { scheme: options.scheme ?? 'light', language: options.language ?? 'en' },
    );
    // By the form's fields, whatever the language on screen.
    await page.goto(`${app.baseUrl}/login`);
    await page.locator('input[type="email"]').fill('rep1@demo.test');
    await page.locator('input[type="password"]').fill('setterdesk');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 15_000 });
    return page;
  };

  it('the appointment page passes axe in the dark theme, in Serbian, on a phone', async () => {
    const page = await repPage('rep-journey-dark', { scheme: 'dark', language: 'sr' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.baseUrl}/agenda/${booked.id}`);
    await visible(page.getByTestId('join-meeting'));
    // Before the outcome is marked: the No-show button is there to be checked in the dark theme.
    await visible(page.getByRole('button', { name: 'Није дошао' }));
    await settle(page);
    await checkAccessibility(page);
    await page.screenshot({ path: `${screenshots}/rep-appointment-dark-sr-phone.png`, fullPage: true });
    await page.context().close();
  });

  it('the past meeting waits under "needs an outcome", its link joins, notes save, No-show is readable', async () => {
    const page = await repPage('rep-journey-light');
    const name = `${booked.lead.firstName} ${booked.lead.lastName}`;
    await page.goto(`${app.baseUrl}/agenda`);
    const waiting = page.getByTestId('needs-outcome');
    await visible(waiting.getByRole('heading', { name: /past meetings? needs? an outcome/ }));
    const card = waiting.getByTestId('appointment-card').filter({ hasText: name });
    await visible(card.getByTestId('needs-outcome-badge'));
    await settle(page);
    await page.screenshot({ path: `${screenshots}/rep-needs-outcome.png` });
    await card.click();

    await page.waitForURL(`**/agenda/${booked.id}`);
    const join = page.getByTestId('join-meeting');
    await visible(join);
    expect(await join.getAttribute('href')).toBe(meetingUrl);
    expect(await join.getAttribute('target')).toBe('_blank');
    expect(await join.getAttribute('rel')).toContain('noopener');

    await page.getByLabel('What was discussed, next steps').fill('Did not answer the video call; texted.');
    await page.getByRole('button', { name: 'Save notes' }).click();
    await visible(page.getByText(/^Saved /));
    // The No-show button, enabled now that the meeting is over, passes axe's contrast check.
    const noShow = page.getByRole('button', { name: 'No-show' });
    await visible(noShow);
    expect(await noShow.isEnabled()).toBe(true);
    await settle(page);
    await checkAccessibility(page);
    await page.screenshot({ path: `${screenshots}/rep-appointment-light.png`, fullPage: true });

    await noShow.click();
    await visible(page.getByTestId('appointment-status').filter({ hasText: 'No-show' }));
    await page.reload();
    await visible(page.getByText('Did not answer the video call; texted.'));
    await page.goto(`${app.baseUrl}/agenda`);
    await visible(page.getByRole('heading', { name: 'Agenda', level: 1 }));
    await settle(page);
    expect(await page.getByTestId('needs-outcome').count()).toBe(0);
    await page.context().close();
  });

  it('a rep edits their own weekly hours and gets their calendar-feed link on "My schedule"', async () => {
    const page = await repPage('rep-journey-schedule');
    await page.getByRole('link', { name: 'My schedule' }).click();
    await visible(page.getByRole('heading', { name: 'My schedule', level: 1 }));
    const saturday = page.getByRole('checkbox', { name: 'Saturday' });
    const wasChecked = await saturday.isChecked();
    await saturday.click();
    await page.getByRole('button', { name: 'Save weekly hours' }).click();
    await visible(page.getByText('Weekly hours saved.'));
    await page.reload();
    await visible(page.getByRole('checkbox', { name: 'Saturday' }));
    expect(await page.getByRole('checkbox', { name: 'Saturday' }).isChecked()).toBe(!wasChecked);

    // Time off typed the way English writes dates; empty times make whole days on the rep's clock.
    const timeOff = page.getByRole('form', { name: 'Add time off' });
    await timeOff.getByLabel('Start date').fill('12/24/2027');
    await timeOff.getByLabel('End date').fill('12/26/2027');
    await timeOff.getByLabel('Reason (optional)').fill('Holidays');
    await timeOff.getByRole('button', { name: 'Add time off' }).click();
    await visible(page.getByText('Fri, Dec 24, 2027 → Sun, Dec 26, 2027, whole days · Holidays'));
    await timeOff.getByLabel('Start date').fill('12/28/2027');
    await timeOff.getByLabel('Start time').fill('2 pm');
    await timeOff.getByLabel('End time').fill('16:30');
    await timeOff.getByRole('button', { name: 'Add time off' }).click();
    await visible(page.getByText(/Tue, Dec 28, 14:00 → Tue, Dec 28, 16:30/));

    await page
      .getByRole('button', { name: /calendar link|feed/i })
      .first()
      .click();
    const url = page.getByTestId('feed-url');
    await visible(url);
    expect(await url.textContent()).toMatch(/\/api\/calendar\/reps\/.+\.ics$/);
    await settle(page);
    await checkAccessibility(page);
    await page.screenshot({ path: `${screenshots}/rep-my-schedule.png`, fullPage: true });
    await page.context().close();
  });
});
