import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../web/src/i18n/en.json';
import sr from '../../web/src/i18n/sr.json';
import { type RunningApp, startApp } from './support/app.ts';
import { apiAs } from './support/booking-journey.ts';
import { checkAccessibility, launchBrowser, openPage } from './support/browser.ts';

// Every page of every role, in Serbian: no text on screen may be a UI string left in English
// (equal to its English source while the Serbian one differs), and axe finds nothing serious in
// the light theme or the dark one.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const webDist = resolve(repoRoot, process.env.WEB_DIST ?? 'web/dist');
const password = 'setterdesk';

type Role = 'manager' | 'setter' | 'rep' | 'visitor';
interface Screen {
  role: Role;
  path: string;
}

/** Every English UI string whose Serbian translation differs (placeholders left out). */
function englishOnlyStrings(): Set<string> {
  const found = new Set<string>();
  const walk = (english: unknown, serbian: unknown) => {
    if (typeof english === 'string') {
      if (english !== serbian && !english.includes('{{') && /\p{L}{2}/u.test(english))
        found.add(english.trim());
      return;
    }
    if (english && typeof english === 'object') {
      for (const [key, value] of Object.entries(english))
        walk(value, (serbian as Record<string, unknown> | undefined)?.[key]);
    }
  };
  walk(en, sr);
  return found;
}

// Words the product and its data keep in every language.
const allowed = new Set(['SetterDesk', 'EN', 'Email', 'OK']);

const logins: Record<Exclude<Role, 'visitor'>, string> = {
  manager: 'manager@demo.test',
  setter: 'setter1@demo.test',
  rep: 'rep1@demo.test',
};

async function signedInPage(
  browser: Browser,
  baseUrl: string,
  role: Role,
  scheme: 'light' | 'dark',
): Promise<Page> {
  const page = await openPage(browser);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.addInitScript((value) => {
    localStorage.setItem('setterdesk.language', 'sr');
    localStorage.setItem('mantine-color-scheme-value', value);
  }, scheme);
  if (role === 'visitor') return page;
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[type="email"]').fill(logins[role]);
  await page.locator('input[type="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 15_000 });
  return page;
}

/** Waits for the page's data: no loader left, and the animations done. */
async function settle(page: Page): Promise<void> {
  await page
    .locator('main, form')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  await page.waitForTimeout(250);
  await page
    .waitForFunction(() => document.querySelectorAll('.mantine-Loader-root').length === 0, undefined, {
      timeout: 10_000,
    })
    .catch(() => undefined);
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
}

/** The texts a person reads or hears on the page: visible text, labels, placeholders, titles. */
function readTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
      if (!parent.checkVisibility()) continue;
      const text = node.nodeValue?.trim();
      if (text) texts.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      if (!(element as HTMLElement).checkVisibility?.()) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

describe('every page, in Serbian, light and dark', () => {
  let app: RunningApp;
  let browser: Browser;
  let screens: Screen[] = [];

  beforeAll(async () => {
    if (!existsSync(join(webDist, 'index.html')))
      throw new Error('Build the web app first: npm run build:web');
    await mkdir(`${repoRoot}test-results`, { recursive: true });
    app = await startApp();
    browser = await launchBrowser();
    const manager = (await apiAs(app.baseUrl, logins.manager)).call;
    const { campaigns } = await manager<{ campaigns: { id: number; clientId: number }[] }>(
      'GET',
      '/campaigns',
    );
    const campaign = campaigns[0];
    if (!campaign) throw new Error('The demo has no campaign');
    const client = campaign.clientId;
    const { scripts } = await manager<{ scripts: { id: number }[] }>('GET', `/scripts?clientId=${client}`);
    const { forms } = await manager<{ forms: { id: number }[] }>(
      'GET',
      `/qualification-forms?clientId=${client}`,
    );
    const { items: leads } = await manager<{ items: { id: number }[] }>(
      'GET',
      `/leads/search?q=${encodeURIComponent('+1')}`,
    );
    const outbox = await manager<{ messages: { appointmentId: number | null; text: string }[] }>(
      'GET',
      '/outbox',
    );
    const mail = outbox.messages.find((message) => /\/a\/[\w-]+/.test(message.text));
    // The English demo organization's own content stays English on a Serbian screen.
    for (const clientId of new Set(campaigns.map((c) => c.clientId))) {
      const setup = await manager<{ outcomes: { label: string }[]; reasons: { label: string }[] }>(
        'GET',
        `/clients/${clientId}/outcomes`,
      );
      for (const item of [...setup.outcomes, ...setup.reasons]) allowed.add(item.label);
      const library = await manager<{ items: { title: string }[] }>('GET', `/clients/${clientId}/objections`);
      for (const item of library.items) allowed.add(item.title);
      const owned = await manager<{ scripts: { id: number }[] }>('GET', `/scripts?clientId=${clientId}`);
      for (const { id } of owned.scripts) {
        const script = await manager<{ sections: { title: string }[] }>('GET', `/scripts/${id}`);
        for (const section of script.sections) allowed.add(section.title);
      }
    }
    const token = mail ? /\/a\/([\w-]+)/.exec(mail.text)?.[1] : undefined;
    const lead = leads[0]?.id;
    screens = [
      { role: 'visitor', path: '/login' },
      { role: 'manager', path: '/dashboard' },
      { role: 'manager', path: '/campaigns' },
      { role: 'manager', path: `/campaigns/${campaign.id}` },
      { role: 'manager', path: '/imports' },
      { role: 'manager', path: '/dnc' },
      { role: 'manager', path: '/agenda' },
      ...(mail?.appointmentId ? [{ role: 'manager' as const, path: `/agenda/${mail.appointmentId}` }] : []),
      { role: 'manager', path: '/reps' },
      { role: 'manager', path: '/meeting-types' },
      { role: 'manager', path: '/outbox' },
      { role: 'manager', path: `/scripts?client=${client}` },
      ...(scripts[0]
        ? [{ role: 'manager' as const, path: `/scripts/${scripts[0].id}?client=${client}` }]
        : []),
      { role: 'manager', path: `/call-setup?client=${client}` },
      { role: 'manager', path: `/call-setup/objections?client=${client}` },
      { role: 'manager', path: `/call-setup/sources?client=${client}` },
      { role: 'manager', path: `/call-setup/forms?client=${client}` },
      ...(forms[0]
        ? [{ role: 'manager' as const, path: `/call-setup/forms/${forms[0].id}?client=${client}` }]
        : []),
      ...(lead ? [{ role: 'manager' as const, path: `/leads/${lead}` }] : []),
      { role: 'setter', path: '/call' },
      { role: 'setter', path: '/my-callbacks' },
      { role: 'setter', path: '/my-scripts' },
      ...(lead ? [{ role: 'setter' as const, path: `/call/lead/${lead}` }] : []),
      { role: 'rep', path: '/my-schedule' },
      { role: 'rep', path: '/agenda' },
      ...(token ? [{ role: 'visitor' as const, path: `/a/${token}` }] : []),
    ];
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('no UI string is left in English on any page', async () => {
    const english = englishOnlyStrings();
    const leftInEnglish: string[] = [];
    const byRole = new Map<Role, Page>();
    for (const screen of screens) {
      let page = byRole.get(screen.role);
      if (!page) {
        page = await signedInPage(browser, app.baseUrl, screen.role, 'light');
        byRole.set(screen.role, page);
      }
      await page.goto(`${app.baseUrl}${screen.path}`);
      await settle(page);
      const found = [...new Set(await readTexts(page))].filter(
        (text) => english.has(text) && !allowed.has(text),
      );
      if (found.length > 0) {
        leftInEnglish.push(`${screen.path} (${screen.role}): ${found.map((text) => `"${text}"`).join(', ')}`);
        await page.screenshot({
          path: `${repoRoot}test-results/serbian-${screen.role}-${leftInEnglish.length}.png`,
        });
      }
    }
    for (const page of byRole.values()) await page.context().close();
    expect(leftInEnglish).toEqual([]);
  }, 240_000);

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds nothing serious on any page in the ${scheme} theme`, async () => {
      const violations: string[] = [];
      const byRole = new Map<Role, Page>();
      for (const screen of screens) {
        let page = byRole.get(screen.role);
        if (!page) {
          page = await signedInPage(browser, app.baseUrl, screen.role, scheme);
          byRole.set(screen.role, page);
        }
        await page.goto(`${app.baseUrl}${screen.path}`);
        await settle(page);
        // The dark theme changes colours only: its contrast is what needs checking.
        const rules = scheme === 'dark' ? { rules: ['color-contrast'] } : {};
        await checkAccessibility(page, rules).catch((error: Error) =>
          violations.push(`${screen.path}: ${error.message}`),
        );
      }
      for (const page of byRole.values()) await page.context().close();
      expect(violations).toEqual([]);
    }, 300_000);
  }
});
