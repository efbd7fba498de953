// `node --import tsx scripts/bench/workspace-server.ts <databaseUrl> <clockStart> <wallStartMs> <webDist>`:
// the app of the workspace benchmark on 127.0.0.1, serving the built web app. Its clock runs in
// real time from `clockStart` (an ISO instant inside every US zone's calling window), counted from
// `wallStartMs` (so the browser's clock can be set to the same time). Prints `{"port":…}` once
// listening; stops on SIGTERM.
import { Temporal } from 'temporal-polyfill';
import { createDatabase } from '../../src/db/create-database.ts';
import { createTimeZoneLookup } from '../../src/integrations/geo/time-zone-lookup.ts';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config/env.ts';
import { createDeps } from '../../src/server/deps.ts';

const [url, clockStart, wallStart, webDist] = process.argv.slice(2);
if (!url || !clockStart || !wallStart || !webDist)
  throw new Error('usage: workspace-server.ts <databaseUrl> <clockStart> <wallStartMs> <webDist>');
const start = Temporal.Instant.from(clockStart);
const clock = () => start.add({ milliseconds: Date.now() - Number(wallStart) });

const database = createDatabase(url);
// Like `setterdesk start` without the background worker (buildApp never starts it): the benchmark
// times a setter's screen, and reminders polling beside it would only add noise.
const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', WEB_DIST: webDist });
const app = await buildApp(createDeps(database, config, await createTimeZoneLookup(), clock));
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }));

process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => database.destroy())
    .finally(() => process.exit(0));
});
