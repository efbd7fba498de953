// `node --import tsx scripts/bench/queue-server.ts <databaseUrl> <clockStart> <wallStartMs>`: one
// app node of the queue benchmark on 127.0.0.1. Its clock runs in real time from `clockStart`
// (an ISO instant inside every US zone's calling window), counted from the shared wall-clock
// start so that several nodes agree. Prints `{"port":…}` once listening; stops on SIGTERM.
import { Temporal } from 'temporal-polyfill';
import { createDatabase } from '../../src/db/create-database.ts';
import { createTimeZoneLookup } from '../../src/integrations/geo/time-zone-lookup.ts';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config/env.ts';
import { createDeps } from '../../src/server/deps.ts';

const [url, clockStart, wallStart] = process.argv.slice(2);
if (!url || !clockStart || !wallStart)
  throw new Error('usage: queue-server.ts <databaseUrl> <clockStart> <wallStartMs>');
const start = Temporal.Instant.from(clockStart);
const clock = () => start.add({ milliseconds: Temporal.Now.instant().epochMilliseconds - Number(wallStart) });

const database = createDatabase(url);
const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent' });
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
