import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, launchBrowser, openPage } from './browser.ts';

const page = (body: string): string =>
  `data:text/html,${encodeURIComponent(
    `<!doctype html><html lang="en"><head><title>Check</title></head><body><main>${body}</main></body></html>`,
  )}`;

describe('browser support', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders a page in Chromium and passes an accessible one', async () => {
    const tab = await openPage(browser);
    await tab.goto(page('<h1>SetterDesk</h1><button type="button">Call next lead</button>'));
    expect(await tab.getByRole('button', { name: 'Call next lead' }).isVisible()).toBe(true);
    await expect(checkAccessibility(tab)).resolves.toBeInstanceOf(Array);
  });

  it('fails on a critical violation (an image without alt text) and names the rule', async () => {
    const tab = await openPage(browser);
    await tab.goto(page('<h1>SetterDesk</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'));
    await expect(checkAccessibility(tab)).rejects.toThrow(/\[critical\] image-alt: .+\n\s+img$/);
  });
});
