import { createDatabase } from '../db/create-database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createTimeZoneLookup } from '../integrations/geo/time-zone-lookup.ts';
import { buildApp } from './app.ts';
import { type AppConfig, loadConfig } from './config/env.ts';
import { createDeps } from './deps.ts';
import { createWorker } from './worker.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Composition root: environment → database → adapters → app → listen. */
export async function startServer(config: AppConfig = loadConfig()): Promise<RunningServer> {
  const database = createDatabase(config.DATABASE_URL);
  await migrateToLatest(database.db);
  const deps = createDeps(database, config, await createTimeZoneLookup());
  const app = await buildApp(deps, {
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
  });
  await app.listen({ port: config.PORT, host: config.HOST });
  const worker =
    config.WORKER === 'on'
      ? createWorker(deps, {
          onError: (error) => app.log.error({ err: error }, 'Background worker pass failed'),
        })
      : null;
  worker?.start();
  const imports = deps.imports.runner;
  if (config.WORKER === 'on') {
    imports.start(Math.max(config.WORKER_POLL_MS, 1000));
    await deps.imports.uploads.prune(7 * 24 * 3600 * 1000, Date.now());
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return {
    url: `http://localhost:${port}`,
    close: async () => {
      await worker?.stop();
      await imports.stop();
      await app.close();
      await database.destroy();
    },
  };
}
