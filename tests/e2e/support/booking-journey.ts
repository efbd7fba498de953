import type { Locator, Page } from 'playwright-core';

// The steps of a booking journey that several journeys share: sign in, pick from a Mantine
// select, call the API as a user.

const password = 'setterdesk';

export const visible = (locator: Locator, timeout = 15_000) =>
  locator.first().waitFor({ state: 'visible', timeout });

export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await visible(page.getByRole('button', { name: 'Log out' }));
}

export async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
}

/** A signed-in API caller, with the CSRF token writes need. */
export async function apiAs(baseUrl: string, email: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const session = (await login.json()) as { user: { name: string }; csrfToken: string };
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': session.csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return { name: session.user.name, call };
}

/**
 * Opens a round-the-clock campaign on the demo client (in the leads' own time), so a journey does
 * not depend on the hour it runs at. Returns the name to pick on the call screen.
 */
export async function openRoundTheClockCampaign(
  baseUrl: string,
  client: string,
  name: string,
): Promise<string> {
  const manager = await apiAs(baseUrl, 'manager@demo.test');
  type Campaign = {
    clientId: number;
    clientName: string;
    listIds: number[];
    scriptId: number | null;
    qualificationFormId: number | null;
    meetingTypeId: number | null;
  };
  const { campaigns } = await manager.call<{ campaigns: Campaign[] }>('GET', '/campaigns');
  const demo = campaigns.find((campaign) => campaign.clientName === client);
  if (!demo) throw new Error(`No campaign of ${client}`);
  await manager.call('POST', '/campaigns', {
    clientId: demo.clientId,
    name,
    listIds: demo.listIds,
    scriptId: demo.scriptId,
    qualificationFormId: demo.qualificationFormId,
    meetingTypeId: demo.meetingTypeId,
    callingWindow: { startLocal: '00:00', endLocal: '23:59', days: [1, 2, 3, 4, 5, 6, 7], blackoutDates: [] },
  });
  return `${name} · ${client}`;
}
