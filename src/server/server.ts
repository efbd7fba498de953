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
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return {
    url: `http://localhost:${port}`,
    close: async () => {
      await worker?.stop();
      await app.close();
      await database.destroy();
    },
  };
}
