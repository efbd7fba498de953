import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from './support/app.ts';
import { apiAs, choose, openRoundTheClockCampaign, signIn, visible } from './support/booking-journey.ts';
import { checkAccessibility, launchBrowser } from './support/browser.ts';
import { leadOnScreen, openScreen, screenshotFailures } from './support/screens.ts';

// A manager runs a campaign after creating it: pauses it (a setter's queue then serves nothing
// and says so), resumes it, swaps its script (the history names the change) and assigns it to one
// setter (the others no longer see it).

const client = 'SunPeak Solar';
const campaignName = `Admin journey ${Date.now().toString(36)}`;
const winterScript = 'Solar — winter wording';

interface Campaign {
  id: number;
  name: string;
  clientId: number;
}

describe('campaign administration', () => {
  let app: RunningApp;
  let browser: Browser;
  let manager: Page;
  let setter: Page;
  let campaign: Campaign;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const pickLabel = await openRoundTheClockCampaign(app.baseUrl, client, campaignName);
    const boss = await apiAs(app.baseUrl, 'manager@demo.test');
    const { campaigns } = await boss.call<{ campaigns: Campaign[] }>('GET', '/campaigns');
    const found = campaigns.find((c) => c.name === campaignName);
    if (!found) throw new Error('the journey campaign was not created');
    campaign = found;
    await boss.call('POST', '/scripts', {
      clientId: campaign.clientId,
      name: winterScript,
      mode: 'verbatim',
      sections: [
        {
          id: 'opening',
          title: 'Opening',
          body: 'Hi {{lead.firstName}}, this is {{setter.firstName}} calling for {{client.name}}: the winter offer.',
        },
      ],
    });
    setter = await openScreen(browser, 'campaign-admin-setter');
    await signIn(setter, app.baseUrl, 'setter1@demo.test');
    await choose(setter, 'Campaign', pickLabel);
    manager = await openScreen(browser, 'campaign-admin-manager');
    await signIn(manager, app.baseUrl, 'manager@demo.test');
  }, 180_000);

  afterEach((context) =>
    screenshotFailures(context, { 'campaign-admin-manager': manager, 'campaign-admin-setter': setter }),
  );

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('the list shows counts and progress, and the campaign picker says how many leads wait', async () => {
    await manager.getByRole('link', { name: 'Campaigns' }).click();
    const row = manager.getByTestId(`campaign-row-${campaign.id}`);
    await visible(row.getByText(/% called · [\d,]+ leads$/));
    expect(await row.getByRole('progressbar').count()).toBe(1);
    // Round the clock: every open lead is callable now.
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[3]).toMatch(/^[1-9][\d,]*$/);
    expect(cells[3]).toBe(cells[4]);
    await setter.getByRole('combobox', { name: 'Campaign', exact: true }).click();
    const option = setter.getByRole('option', { name: new RegExp(campaignName) });
    await visible(option);
    expect(await option.textContent()).toMatch(/[\d,]+ waiting/);
    await setter.keyboard.press('Escape');
  });

  it('a paused campaign serves the setter nothing and says who paused it; resumed, it serves again', async () => {
    await manager.getByRole('link', { name: campaignName }).click();
    await manager.getByRole('button', { name: 'Pause campaign' }).click();
    await visible(manager.getByTestId('campaign-paused-by'));
    expect(await manager.getByTestId('campaign-paused-by').textContent()).toContain('Maya Manager');

    await setter.getByRole('button', { name: /^Next lead/ }).click();
    await visible(setter.getByTestId('empty-paused'));
    expect(await setter.getByTestId('empty-paused').textContent()).toMatch(/paused \(by Maya Manager/);
    expect(await setter.getByTestId('lead-card').count()).toBe(0);

    await manager.getByRole('button', { name: 'Resume campaign' }).click();
    await visible(manager.getByRole('button', { name: 'Pause campaign' }));
    await setter.getByRole('button', { name: /^Check again/ }).click();
    const leadId = await leadOnScreen(setter);
    expect(leadId).toBeGreaterThan(0);
  });

  it('swapping the script after creation is saved, reaches setters and shows in the history', async () => {
    await choose(manager, 'Script', winterScript);
    await manager.getByRole('button', { name: 'Save changes' }).click();
    const history = manager.getByRole('region', { name: 'History' });
    await visible(history.getByText(`Script: SunPeak Solar call script → ${winterScript}`));
    await visible(history.getByText('Status: Paused → Active'));
    await visible(history.getByText('Status: Active → Paused'));
    expect(await history.getByTestId('campaign-change').first().textContent()).toContain('Maya Manager');
    const asSetter = await apiAs(app.baseUrl, 'setter1@demo.test');
    const workspace = await asSetter.call<{ script: { name: string } | null }>(
      'GET',
      `/campaigns/${campaign.id}/workspace`,
    );
    expect(workspace.script?.name).toBe(winterScript);
    await manager.reload();
    await visible(manager.getByRole('combobox', { name: 'Script', exact: true }));
    // The choice shows once the client's scripts are read.
    await expect
      .poll(() => manager.getByRole('combobox', { name: 'Script', exact: true }).inputValue())
      .toBe(winterScript);
  });

  it('assigned to one setter, the others no longer see it; the page says who works it', async () => {
    const summary = manager.getByTestId('campaign-setters-summary');
    expect(await summary.textContent()).toContain('every setter of SunPeak Solar');
    await manager.getByRole('combobox', { name: 'Assigned setters', exact: true }).click();
    await manager.getByRole('option', { name: 'Sam Setter' }).click();
    await manager.keyboard.press('Escape');
    await manager.getByRole('button', { name: 'Save setters' }).click();
    await visible(manager.getByText('Only the assigned setter works this campaign'));
    const history = manager.getByRole('region', { name: 'History' });
    await visible(history.getByText('Setters: everyone of the client → Sam Setter'));
    const seen = async (email: string) =>
      (
        await (await apiAs(app.baseUrl, email)).call<{ campaigns: Campaign[] }>('GET', '/campaigns')
      ).campaigns.some((c) => c.id === campaign.id);
    expect(await seen('setter1@demo.test')).toBe(true);
    expect(await seen('setter2@demo.test')).toBe(false);
    await checkAccessibility(manager);
  });
});
