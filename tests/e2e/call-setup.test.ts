import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QualificationFormDto } from '../../src/contracts/campaigns.ts';
import type { ClientOutcomesDto } from '../../src/contracts/dispositions.ts';
import type { ObjectionDto } from '../../src/contracts/objections.ts';
import { type RunningApp, startApp } from './support/app.ts';
import { signIn, visible } from './support/booking-journey.ts';
import { checkAccessibility, launchBrowser } from './support/browser.ts';
import { openScreen as openLaptopScreen } from './support/screens.ts';
import { screenshots } from './support/screenshots.ts';

// A manager sets up SunPeak Solar's calls: an outcome with its reasons, an objection with two
// prepared responses, and a qualification form whose preview turns "not qualified" when the
// knock-out answer is chosen. After a reload everything is there, in the UI and through the API.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const password = 'setterdesk';
const clientName = 'SunPeak Solar';

type Api = <T>(method: string, path: string) => Promise<T>;

async function managerApi(baseUrl: string): Promise<Api> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'manager@demo.test', password }),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  return async (method, path) => {
    const response = await fetch(`${baseUrl}/api${path}`, { method, headers: { cookie } });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as never;
  };
}

/** The manager's own page at 1366×768, named for the screenshot a failing step leaves. */
const openScreen = (browser: Browser, name: string) => openLaptopScreen(browser, `call-setup-${name}`);

describe('a manager sets up a client’s calls', () => {
  let app: RunningApp;
  let browser: Browser;
  let api: Api;
  let clientId = 0;
  let formId = 0;

  beforeAll(async () => {
    if (!existsSync(`${repoRoot}web/dist/index.html`))
      throw new Error('Build the web app first: npm run build:web');
    app = await startApp();
    browser = await launchBrowser();
    api = await managerApi(app.baseUrl);
    const session = await api<{ user: { clients: { id: number; name: string }[] } }>('GET', '/auth/session');
    clientId = session.user.clients.find((client) => client.name === clientName)?.id ?? 0;
    expect(clientId).toBeGreaterThan(0);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('adds an outcome with a reason list, moved up from the keyboard, and saves it', async () => {
    const page = await openScreen(browser, 'outcomes');
    await signIn(page, app.baseUrl, 'manager@demo.test');
    await page.getByRole('link', { name: 'Call setup' }).click();
    await visible(page.getByTestId('outcome-card'));
    await page.getByRole('combobox', { name: 'Client', exact: true }).click();
    await page.getByRole('option', { name: clientName }).click();
    await page.waitForURL(`**/call-setup?client=${clientId}`);
    await visible(page.getByRole('tab', { name: 'Outcomes & reasons', selected: true }));
    await visible(page.getByTestId('outcome-card'));
    const before = await page.getByTestId('outcome-card').count();

    await page.getByRole('button', { name: 'Add outcome' }).click();
    // Focus lands on the new outcome's label.
    await page.keyboard.type('Wants a brochure');
    const card = page.getByRole('listitem', { name: 'Wants a brochure' });
    await visible(card.getByText('wants_a_brochure'));
    await card.getByRole('checkbox', { name: 'Nurture' }).check();
    await card.getByRole('switch', { name: 'Requires a reason' }).check();
    const newReason = card.getByRole('textbox', { name: 'New reason for Wants a brochure' });
    for (const reason of ['By mail', 'By email']) {
      await newReason.fill(reason);
      await newReason.press('Enter');
    }
    expect(await card.getByRole('textbox', { name: 'Reason 2 of Wants a brochure' }).inputValue()).toBe(
      'By email',
    );
    await card.getByRole('button', { name: 'Move Wants a brochure up' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page
          .getByTestId('outcome-card')
          .nth(before - 1)
          .getAttribute('data-key'),
      )
      .toBe('wants_a_brochure');
    await checkAccessibility(page);
    await page.getByRole('button', { name: 'Save outcomes' }).click();
    await visible(page.getByText('Outcomes saved.'));

    const stored = await api<ClientOutcomesDto>('GET', `/clients/${clientId}/outcomes`);
    const outcome = stored.outcomes.find((o) => o.key === 'wants_a_brochure');
    expect(outcome).toMatchObject({ label: 'Wants a brochure', requiresReason: true, active: true });
    expect(outcome?.flags).toMatchObject({ nurture: true, contact: true, doNotCall: false });
    expect(stored.outcomes.filter((o) => o.active).at(-2)?.key).toBe('wants_a_brochure');
    expect(
      stored.reasons.filter((r) => r.outcomeKey === 'wants_a_brochure').map((r) => [r.label, r.position]),
    ).toEqual([
      ['By mail', 0],
      ['By email', 1],
    ]);
    await page.context().close();
  });

  it('adds an objection with two responses, finds it by keyword and sees its (empty) statistics', async () => {
    const page = await openScreen(browser, 'objections');
    await signIn(page, app.baseUrl, 'manager@demo.test');
    await page.goto(`${app.baseUrl}/call-setup/objections?client=${clientId}`);
    await page.getByRole('button', { name: 'New objection' }).click();
    const dialog = page.getByRole('dialog', { name: 'New objection' });
    await dialog.getByRole('textbox', { name: 'Objection', exact: true }).fill('Just send me an email');
    const keywords = dialog.getByLabel('Keywords', { exact: true });
    for (const keyword of ['email', 'brochure']) {
      await keywords.fill(keyword);
      await keywords.press('Enter');
    }
    await dialog
      .getByRole('textbox', { name: /^Response 1/ })
      .fill('Happy to. What would you like it to cover?');
    await dialog.getByRole('button', { name: 'Add response' }).click();
    await page.keyboard.type('I will, and may I call Thursday to walk you through it?');
    await checkAccessibility(page);
    await dialog.getByRole('button', { name: 'Create objection' }).click();
    await visible(page.getByText('Objection “Just send me an email” saved.'));

    const rows = page.getByTestId('objection-row');
    const all = await rows.count();
    // The setters' search: words in any case, a title word or keyword starting with what is typed.
    await page.getByRole('searchbox', { name: 'Search objections' }).fill('BROCH EMA');
    await visible(page.getByRole('rowheader', { name: 'Just send me an email' }));
    await expect.poll(() => rows.count()).toBeLessThan(all);

    await page.getByRole('tab', { name: 'Statistics' }).click();
    await visible(page.getByLabel('From'));
    await visible(page.getByText(/No objection was marked|How often each objection came up/));
    await checkAccessibility(page);

    const { items } = await api<{ items: ObjectionDto[] }>('GET', `/clients/${clientId}/objections`);
    expect(items.find((o) => o.title === 'Just send me an email')).toMatchObject({
      keywords: ['email', 'brochure'],
      responses: [
        { id: 'r1', text: 'Happy to. What would you like it to cover?' },
        { id: 'r2', text: 'I will, and may I call Thursday to walk you through it?' },
      ],
      active: true,
    });
    await page.context().close();
  });

  it('builds a form whose preview turns not qualified on the knock-out answer, saves and edits it', async () => {
    const page = await openScreen(browser, 'form');
    await signIn(page, app.baseUrl, 'manager@demo.test');
    await page.goto(`${app.baseUrl}/call-setup/forms?client=${clientId}`);
    await page.getByRole('link', { name: 'New form' }).click();
    await page.getByRole('textbox', { name: 'Form name' }).fill('Quick solar check');
    await page.getByRole('textbox', { name: 'Threshold', exact: true }).fill('50');
    const question = page.getByTestId('question-card');
    await question.getByRole('textbox', { name: 'Question', exact: true }).fill('Do you own the home?');
    await question.getByRole('combobox', { name: 'Judges' }).selectOption('authority');
    await question
      .getByRole('textbox', { name: 'Option 1 of Do you own the home?', exact: true })
      .fill('Owns it');
    await question
      .getByRole('textbox', { name: 'Option 2 of Do you own the home?', exact: true })
      .fill('Rents');
    await question.getByRole('checkbox', { name: 'Knock-out: option 2 of Do you own the home?' }).check();

    const preview = page.getByRole('region', { name: 'Preview' });
    const verdict = page.getByTestId('preview-verdict');
    await preview.getByRole('radio', { name: 'Owns it' }).check();
    await expect.poll(() => verdict.textContent()).toBe('Qualified');
    expect(await page.getByTestId('preview-score').textContent()).toBe('Score 100 / needs 50');
    await visible(preview.getByRole('row', { name: 'Authority 100' }));
    await preview.getByRole('radio', { name: 'Rents' }).check();
    await expect.poll(() => verdict.textContent()).toBe('Not qualified');
    await visible(preview.getByText('Disqualified by: Do you own the home?'));
    await checkAccessibility(page);
    await mkdir(screenshots, { recursive: true });
    await page.screenshot({ path: `${screenshots}/call-setup-form.png` });

    await page.getByRole('button', { name: 'Create form' }).click();
    await visible(page.getByText('Form “Quick solar check” saved.'));
    await page.waitForURL(/\/call-setup\/forms\/\d+\?client=/);
    formId = Number(/forms\/(\d+)/.exec(page.url())?.[1]);
    // The stored form opens in its own editor: "Create form" becomes "Save form".
    await visible(page.getByRole('button', { name: 'Save form' }));

    // An edit goes through PUT and keeps the stored ids: the threshold rises, a question is renamed.
    await page.getByRole('textbox', { name: 'Threshold', exact: true }).fill('70');
    await page.getByRole('textbox', { name: 'Question', exact: true }).fill('Is the home yours?');
    const edited = page.waitForResponse(
      (response) =>
        response.request().method() === 'PUT' &&
        response.url().endsWith(`/api/qualification-forms/${formId}`),
    );
    await page.getByRole('button', { name: 'Save form' }).click();
    expect((await edited).status()).toBe(200);
    await visible(page.getByRole('button', { name: 'Save form', disabled: true }));
    await page.context().close();
  });

  it('after a reload, everything is stored: the outcome, the objection and the edited form', async () => {
    const page = await openScreen(browser, 'reload');
    await signIn(page, app.baseUrl, 'manager@demo.test');
    await page.goto(`${app.baseUrl}/call-setup?client=${clientId}`);
    const card = page.getByRole('listitem', { name: 'Wants a brochure' });
    await visible(card);
    expect(await card.getByRole('textbox', { name: 'Reason 1 of Wants a brochure' }).inputValue()).toBe(
      'By mail',
    );
    expect(await card.getByRole('checkbox', { name: 'Nurture' }).isChecked()).toBe(true);

    await page.getByRole('tab', { name: 'Objections' }).click();
    await visible(page.getByRole('rowheader', { name: 'Just send me an email' }));

    await page.getByRole('tab', { name: 'Qualification forms' }).click();
    await page.getByRole('link', { name: 'Edit Quick solar check' }).click();
    const threshold = page.getByRole('textbox', { name: 'Threshold', exact: true });
    await visible(threshold);
    expect(await threshold.inputValue()).toBe('70');
    expect(await page.getByRole('textbox', { name: 'Question', exact: true }).inputValue()).toBe(
      'Is the home yours?',
    );
    await page.getByRole('region', { name: 'Preview' }).getByRole('radio', { name: 'Rents' }).check();
    await expect.poll(() => page.getByTestId('preview-verdict').textContent()).toBe('Not qualified');

    const { forms } = await api<{ forms: QualificationFormDto[] }>(
      'GET',
      `/qualification-forms?clientId=${clientId}`,
    );
    expect(forms.find((form) => form.id === formId)).toEqual({
      id: formId,
      clientId,
      name: 'Quick solar check',
      threshold: 70,
      questions: [
        {
          id: 'do_you_own_the_home',
          label: 'Is the home yours?',
          type: 'single_choice',
          criterion: 'authority',
          weight: 1,
          required: false,
          options: [
            { value: 'owns_it', label: 'Owns it', points: 100 },
            { value: 'rents', label: 'Rents', points: 0, knockOut: true },
          ],
        },
      ],
    });
    await page.context().close();
  });
});
