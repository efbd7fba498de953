import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium, installed by `npm test`; playwright-core downloads no browser of its own. */
export const chromiumPath = process.env.SETTERDESK_CHROMIUM_PATH ?? '/usr/bin/chromium';

// Quiet and deterministic in a container: no sandbox (root), no GPU, no background traffic.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/**
 * A page in its own context (own cookies, so one signed-in user per page). axe only analyzes pages
 * made through a context, never `browser.newPage()`.
 */
export async function openPage(browser: Browser, options: { baseUrl?: string } = {}): Promise<Page> {
  const context = await browser.newContext({
    locale: 'en-US',
    ...(options.baseUrl ? { baseURL: options.baseUrl } : {}),
  });
  return context.newPage();
}

// axe-core's own type, reached through the builder so the test code needs no direct axe-core import.
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const blockingImpacts: ReadonlyArray<string> = ['serious', 'critical'];

function describeViolation(violation: Violation): string {
  const targets = violation.nodes.slice(0, 5).map((node) => `      ${node.target.join(' ')}`);
  const more = violation.nodes.length > 5 ? [`      … and ${violation.nodes.length - 5} more`] : [];
  return [
    `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
    ...targets,
    ...more,
  ].join('\n');
}

/**
 * Runs axe on the page as it is now and throws when any serious or critical violation remains,
 * listing each rule with the offending elements. Minor and moderate findings are returned, not thrown.
 * The page must come from a browser context (see `openPage`).
 */
export async function checkAccessibility(
  page: Page,
  options: { exclude?: string[]; rules?: string[] } = {},
): Promise<Violation[]> {
  let builder = new AxeBuilder({ page });
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.rules) builder = builder.withRules(options.rules);
  const { violations } = await builder.analyze();
  const blocking = violations.filter((violation) => blockingImpacts.includes(violation.impact ?? ''));
  if (blocking.length > 0) {
    throw new Error(
      `Accessibility violations on ${page.url().slice(0, 100)}:\n${blocking.map(describeViolation).join('\n')}`,
    );
  }
  return violations;
}
