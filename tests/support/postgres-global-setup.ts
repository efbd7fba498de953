import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the PostgreSQL server the integration suite creates its databases on. */
    postgresAdminUrl: string;
  }
}

/**
 * Gives the integration suite a PostgreSQL server: the one named by SETTERDESK_TEST_POSTGRES_URL,
 * or a throw-away server started here and removed after the run, whether tests passed or not.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const externalUrl = process.env.SETTERDESK_TEST_POSTGRES_URL;
  if (externalUrl) {
    project.provide('postgresAdminUrl', externalUrl);
    return async () => undefined;
  }
  const server = await startPostgres();
  project.provide('postgresAdminUrl', server.adminUrl);
  return () => server.stop();
}
