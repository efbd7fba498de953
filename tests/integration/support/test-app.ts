import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Temporal } from 'temporal-polyfill';
import { seedDemo } from '../../../src/cli/demo/demo-seed.ts';
import { createDatabase } from '../../../src/db/create-database.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { createTimeZoneLookup } from '../../../src/integrations/geo/time-zone-lookup.ts';
import { buildApp } from '../../../src/server/app.ts';
import { type AppConfig, loadConfig } from '../../../src/server/config/env.ts';
import { type AppDeps, createDeps } from '../../../src/server/deps.ts';
import { createTestDatabaseUrl, type Dialect } from '../../support/test-databases.ts';
import { type Api, bearerApi, cookieApi, createApi, type Login, loginAs } from './test-api.ts';
import { createTestClock, defaultTestInstant, type TestClock } from './test-clock.ts';

export interface TestAppOptions {
  /** The clock's first instant; default 2026-06-10T16:00:00Z (noon in New York). */
  now?: string;
  /** Environment overrides, as strings, parsed by the app's own config schema. */
  env?: Record<string, string>;
  leadsPerClient?: number;
}

export interface TestApp {
  dialect: Dialect;
  app: FastifyInstance;
  deps: AppDeps;
  config: AppConfig;
  clock: TestClock;
  /** A client without credentials. */
  anonymous: Api;
  /** A fresh session of the demo user (password `setterdesk`). */
  login(email: string, password?: string): Promise<Login>;
  /** A cookie-authenticated client (cookie + x-csrf-token), one session per user and app. */
  authed(email: string): Promise<Api>;
  /** A client authenticated by a new personal API token of the user. */
  bearer(email: string): Promise<Api>;
  close(): Promise<void>;
}

/**
 * The whole app in-process on a brand-new database of the dialect: migrated, seeded with the demo
 * organization (two clients, their campaigns, setters and reps) and driven by a clock the test
 * controls. Time zones come from the real lookup over the data packages.
 */
export async function createTestApp(dialect: Dialect, options: TestAppOptions = {}): Promise<TestApp> {
  const url = await createTestDatabaseUrl(dialect);
  const config = loadConfig({
    DATABASE_URL: url,
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent/setterdesk-web-dist',
    // Long sessions by default, so tests may move the clock by days; the auth suite sets its own.
    SESSION_TTL_HOURS: String(24 * 60),
    UPLOAD_DIR: join(tmpdir(), `setterdesk-uploads-${randomUUID()}`),
    ...options.env,
  });
  const clock = createTestClock(options.now ?? defaultTestInstant);
  const database = createDatabase(url);
  try {
    await migrateToLatest(database.db);
    const timeZones = await createTimeZoneLookup();
    await seedDemo(database, timeZones, clock(), { leadsPerClient: options.leadsPerClient ?? 60 });
    const deps = createDeps(database, config, timeZones, clock);
    const app = await buildApp(deps);
    await app.ready();
    const sessions = new Map<string, Promise<Api>>();
    return {
      dialect,
      app,
      deps,
      config,
      clock,
      anonymous: createApi(app),
      login: (email, password) => loginAs(app, email, password),
      authed(email) {
        const existing = sessions.get(email);
        if (existing) return existing;
        const api = loginAs(app, email).then((login) => cookieApi(app, login));
        sessions.set(email, api);
        return api;
      },
      async bearer(email) {
        const api = cookieApi(app, await loginAs(app, email));
        const created = await api.post<{ token: string }>('/api/auth/tokens', { name: `test ${email}` });
        if (created.status !== 200) throw new Error(`Token for ${email}: ${created.status}`);
        return bearerApi(app, created.body.token);
      },
      async close() {
        await deps.imports.runner.stop();
        await app.close();
        await database.destroy();
      },
    };
  } catch (error) {
    await database.destroy();
    throw error;
  }
}

/** An instant from an ISO string, for readable arithmetic in tests. */
export const at = (iso: string): Temporal.Instant => Temporal.Instant.from(iso);
