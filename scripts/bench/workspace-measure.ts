import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { type ApiRun, apiRoundTrips } from './workspace-api.ts';
import { startWorkspaceServer } from './workspace-app.ts';
import { type CallsRun, emptyCallsRun, openCallScreen, signIn, workCalls } from './workspace-browser.ts';
import { buildWorkspaceBench, findServedTwice, type ServedTwice, setterPassword } from './workspace-data.ts';
import type { FirstLoad, RequestSeen } from './workspace-probe.ts';

/** A Wednesday, 15:00 in New York and 09:00 in Honolulu: every US zone inside 08:00–21:00. */
export const clockStart = '2026-06-10T19:00:00Z';

export interface WorkspaceOptions {
  leads: number;
  /** "No answer" recorded on the call screen, each timed to the next lead's card. */
  calls: number;
  /** Bare API round trips (POST attempts + POST next) from the same page. */
  apiCalls: number;
  /** A directory for the SQLite file; the caller removes it. */
  directory: string;
  /** The built web app to serve; web/dist by default. */
  webDist?: string;
  /** Progress lines while building and measuring. */
  log?: (line: string) => void;
}

export interface WorkspaceMeasurement {
  leads: number;
  buildSeconds: number;
  /** The campaign's first claim, taken before timing (it may build the order's index). */
  warmupSeconds: number;
  firstLoad: FirstLoad;
  /** Asset file names the call screen fetched before its first card. */
  initialAssets: string[];
  /** The API requests answered before the first card. */
  initialRequests: RequestSeen[];
  calls: CallsRun;
  api: ApiRun;
  /** Read from the database after the run: leads called more than once in the campaign. */
  servedTwice: ServedTwice;
  /** Anything that went wrong: the figures are then not to be trusted. */
  errors: string[];
}

/**
 * Builds a campaign of `leads` leads, starts the app on it serving the built web app (build it
 * first: `ensureWebBuild`), signs the setter in, opens the call screen in a cold context, then
 * times `calls` dispositions on the screen and `apiCalls` bare API round trips.
 */
export async function measureWorkspace(
  browser: Browser,
  options: WorkspaceOptions,
): Promise<WorkspaceMeasurement> {
  const log = options.log ?? (() => undefined);
  const url = `file:${join(options.directory, `workspace-${options.leads}.db`)}`;
  const data = await buildWorkspaceBench(url, options.leads, Temporal.Instant.from(clockStart));
  log(
    `  ${options.leads.toLocaleString('en')} leads built in ${data.buildSeconds.toFixed(1)} s; ` +
      `the campaign's first claim (untimed warm-up) took ${data.warmupSeconds.toFixed(1)} s`,
  );
  const server = await startWorkspaceServer(url, clockStart, options.webDist);
  try {
    const session = await signIn(browser, server.url, data.setter.email, setterPassword);
    const screen = await openCallScreen(browser, server, session, data.campaignId);
    try {
      const errors: string[] = [];
      if ('error' in screen.firstLoad.card) errors.push(`first load: ${screen.firstLoad.card.error}`);
      const calls = errors.length === 0 ? await workCalls(screen, options.calls) : emptyCallsRun();
      const api = await apiRoundTrips(screen.page, data.campaignId, options.apiCalls);
      errors.push(...calls.errors.map((error) => `screen: ${error}`), ...api.errors.map((e) => `API: ${e}`));
      return {
        leads: options.leads,
        buildSeconds: data.buildSeconds,
        warmupSeconds: data.warmupSeconds,
        firstLoad: screen.firstLoad,
        initialAssets: screen.initialAssets,
        initialRequests: screen.initialRequests,
        calls,
        api,
        servedTwice: await findServedTwice(url, data.campaignId),
        errors,
      };
    } finally {
      await screen.context.close();
    }
  } finally {
    await server.stop();
  }
}
