import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { type RunningApp, startApp } from './support/app.ts';
import { apiAs, choose, openRoundTheClockCampaign, signIn, visible } from './support/booking-journey.ts';
import { checkAccessibility, launchBrowser, openPage } from './support/browser.ts';

// Booking any day of the horizon (21 days in the demo), not only the first 60 slots (~3½ days):
// a setter books two weeks ahead from the call screen; the lead moves it two weeks ahead from the
// page behind the invite's link, sees the new time as the headline, and the old link still acts.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const webDist = resolve(repoRoot, process.env.WEB_DIST ?? 'web/dist');
const client = 'SunPeak Solar';
const dayMs = 86_400_000;

interface Appointment {
  id: number;
  status: string;
  startsAt: string;
  rescheduledFromId: number | null;
  lead: { firstName: string; lastName: string; email: string | null };
}

/** `YYYY-MM-DD` this many days from now (UTC; the tests keep a day of margin for the zones). */
const dateAhead = (days: number) => new Date(Date.now() + days * dayMs).toISOString().slice(0, 10);

async function openScreen(browser: Browser, name: string): Promise<Page> {
  const page = await openPage(browser);
  await page.setViewportSize({ width: 1366, height: 768 });
  onTestFailed(async () => {
    await mkdir(`${repoRoot}test-results`, { recursive: true });
    await page
      .screenshot({ path: `${repoRoot}test-results/booking-horizon-${name}.png` })
      .catch(() => undefined);
  });
  return page;
}

/** Clicks the first enabled day of the navigator on or after `date`; returns its date. */
async function pickDayFrom(page: Page, date: string): Promise<string> {
  const days = page.getByTestId('navigator-day');
  await visible(days);
  const dates = await days.evaluateAll(
    (nodes, from) =>
      nodes
        .filter((node) => !(node as HTMLButtonElement).disabled)
        .map((node) => node.getAttribute('data-date') ?? '')
        .filter((d) => d >= from),
    date,
  );
  const chosen = dates[0];
  if (!chosen) throw new Error(`No open day from ${date}`);
  await page.locator(`[data-testid="navigator-day"][data-date="${chosen}"]`).click();
  return chosen;
}

describe('booking across the whole horizon', () => {
  let app: RunningApp;
  let browser: Browser;
  let campaign = '';
  let booked: Appointment;

  const appointmentsOfLead = async (lead: Appointment['lead']) => {
    const manager = await apiAs(app.baseUrl, 'manager@demo.test');
    const { appointments } = await manager.call<{ appointments: Appointment[] }>('GET', '/appointments');
    return appointments.filter(
      (a) => a.lead.firstName === lead.firstName && a.lead.lastName === lead.lastName,
    );
  };

  beforeAll(async () => {
    if (!existsSync(`${webDist}/index.html`)) throw new Error('Build the web app first: npm run build:web');
    app = await startApp({ env: { WEB_DIST: webDist } });
    browser = await launchBrowser();
    campaign = await openRoundTheClockCampaign(app.baseUrl, client, `Horizon ${Date.now().toString(36)}`);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('a setter books a slot two weeks ahead from the call screen, by the day navigator and the keyboard', async () => {
    const page = await openScreen(browser, 'setter');
    await signIn(page, app.baseUrl, 'setter1@demo.test');
    await choose(page, 'Campaign', campaign);
    await page.keyboard.press('n');
    await visible(page.locator('#lead-name'));
    const panel = page.locator('#qualification-panel');
    await panel.getByLabel('Owns the home').check();
    await panel.getByLabel('Monthly electric bill (USD)').fill('300');
    await panel.getByLabel('Roof age (years)').fill('5');
    await panel.getByLabel('Within 3 months').check();
    await page.getByTestId('call-result-contact_made').click();
    await page.getByTestId('outcome-appointment').click();
    // The heading tells the truth: nothing is booked yet.
    await visible(page.getByRole('heading', { name: 'Book an appointment' }));
    await visible(page.getByTestId('next-available'));
    // The first slot of the next available day has the keyboard.
    await visible(page.getByTestId('slot'));
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'slot');
    const firstDay = await page.getByTestId('slot-day').textContent();
    // ] jumps a day.
    await page.keyboard.press(']');
    await page.waitForFunction(
      (before) => document.querySelector('[data-testid="slot-day"]')?.textContent !== before,
      firstDay,
    );
    const day = await pickDayFrom(page, dateAhead(15));
    await visible(page.getByTestId('slot'));
    // Arrows move between the day's slots; Enter picks.
    await page.getByTestId('slot').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await visible(page.getByTestId('booking-choice'));
    const chosenStart = await page
      .locator('[data-testid="slot"][aria-pressed="true"]')
      .getAttribute('data-starts-at');
    expect(chosenStart).toBeTruthy();
    // Another way to meet keeps the chosen slot while it is still open.
    const meetingBy = page.getByLabel('Meeting by');
    const kinds = await meetingBy
      .locator('option')
      .evaluateAll((nodes) => nodes.map((n) => (n as HTMLOptionElement).value));
    if (kinds.length > 1) {
      await meetingBy.selectOption(kinds[1] ?? '');
      await meetingBy.selectOption(kinds[0] ?? '');
      await visible(page.getByTestId('booking-choice'));
    }
    await checkAccessibility(page);
    const [first = '', ...rest] = ((await page.locator('#lead-name').textContent()) ?? '').trim().split(' ');
    await page.getByRole('button', { name: /^Book/ }).click();
    await visible(page.getByText('Appointment booked'));
    const [appointment] = await appointmentsOfLead({
      firstName: first,
      lastName: rest.join(' '),
      email: null,
    });
    expect(appointment?.startsAt).toBe(chosenStart);
    expect(Date.parse(appointment?.startsAt ?? '') - Date.now()).toBeGreaterThan(14 * dayMs);
    expect(day >= dateAhead(15)).toBe(true);
    booked = appointment as Appointment;
    await page.context().close();
  });

  it('the lead moves it two weeks ahead on the page, which headlines the new time; the old link still acts', async () => {
    const manager = await apiAs(app.baseUrl, 'manager@demo.test');
    const { messages } = await manager.call<{ messages: { appointmentId: number | null; text: string }[] }>(
      'GET',
      '/outbox',
    );
    const link = messages
      .filter((m) => m.appointmentId === booked.id)
      .map((m) => /\/a\/[\w-]+/.exec(m.text)?.[0])
      .find(Boolean);
    expect(link).toBeDefined();
    const page = await openScreen(browser, 'lead');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.baseUrl}${link}`);
    await visible(page.getByRole('heading', { name: `Hello ${booked.lead.firstName}` }));
    await visible(page.getByRole('link', { name: 'Google Calendar' }));
    await page.getByRole('button', { name: 'Reschedule' }).click();
    const current = booked.startsAt.slice(0, 10);
    const day = await pickDayFrom(page, current >= dateAhead(17) ? dateAhead(15) : dateAhead(17));
    const slot = page.getByTestId('self-service-slot').nth(1);
    await visible(slot);
    await slot.click();
    // On a phone the move button stays in view, however many times are listed.
    const move = page.getByRole('button', { name: /^Move to/ });
    const box = await move.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(844);
    await move.click();
    await visible(page.getByTestId('moved-from'));
    const moved = (await appointmentsOfLead(booked.lead)).find((a) => a.rescheduledFromId === booked.id);
    expect(moved?.status).toBe('scheduled');
    expect(Date.parse(moved?.startsAt ?? '') - Date.now()).toBeGreaterThan(14 * dayMs);
    expect(day >= dateAhead(15)).toBe(true);
    // The headline is the new appointment.
    const headline = await page.getByTestId('self-service-date').textContent();
    const newDay = new Intl.DateTimeFormat('en-US', {
      weekday: 'long',
      month: 'long',
      day: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${day}T12:00:00Z`));
    expect(headline).toBe(newDay);
    await checkAccessibility(page);
    // The first invite's link, opened again, acts on the new appointment.
    await page.goto(`${app.baseUrl}${link}`);
    await visible(page.getByTestId('moved-from'));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await visible(page.getByText('You have confirmed this appointment'));
    const after = (await appointmentsOfLead(booked.lead)).find((a) => a.id === moved?.id);
    expect(after?.status).toBe('confirmed');
    await page.context().close();
  });
});
