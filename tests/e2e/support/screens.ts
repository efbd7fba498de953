import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { expect, onTestFailed } from 'vitest';
import { openPage } from './browser.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * A page of its own (own cookies: one signed-in user per page) at a laptop size, 1366×768 unless
 * told. Opened inside a test, a failing step leaves `test-results/<name>.png` to look at; a page
 * opened in `beforeAll` gets the same from `screenshotFailures` in `afterEach`.
 */
export async function openScreen(
  browser: Browser,
  name: string,
  viewport: { width: number; height: number } = { width: 1366, height: 768 },
): Promise<Page> {
  const page = await openPage(browser);
  await page.setViewportSize(viewport);
  if (expect.getState().currentTestName !== undefined) onTestFailed(() => saveScreenshot(page, name));
  return page;
}

async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(`${repoRoot}test-results`, { recursive: true });
  await page
    .screenshot({ path: `${repoRoot}test-results/${name}.png`, fullPage: true })
    .catch(() => undefined);
}

/** For `afterEach`: after a failed test, a screenshot of each page named by its key. */
export async function screenshotFailures(
  context: { task: { result?: { state?: string } } },
  pages: Record<string, Page | undefined>,
): Promise<void> {
  if (context.task.result?.state !== 'fail') return;
  for (const [name, page] of Object.entries(pages)) if (page) await saveScreenshot(page, name);
}

/** The id of the lead on the call screen, once a card other than `previous` is there. */
export async function leadOnScreen(page: Page, previous: number | null = null): Promise<number> {
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

/**
 * Follows a link of the sidebar as a person would: on the call screen (and on a phone) the sidebar
 * starts folded, so the burger opens it first.
 */
export async function openFromNav(page: Page, name: string): Promise<void> {
  // A folded sidebar is moved off screen, not hidden: its burger tells whether it is open.
  const burger = page.getByRole('button', { name: 'Show or hide the navigation' }).filter({ visible: true });
  if ((await burger.getAttribute('aria-expanded')) !== 'true') await burger.click();
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}
