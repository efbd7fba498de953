import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as initial from './migrations/0001-initial.ts';
import * as appointmentsLifecycle from './migrations/0002-appointments-lifecycle.ts';
import * as idempotencyPerSetter from './migrations/0003-idempotency-per-setter.ts';
import * as intakeJobs from './migrations/0004-intake-jobs.ts';
import * as queueIndexes from './migrations/0005-queue-indexes.ts';
import * as campaignFilters from './migrations/0006-campaign-filters.ts';
import * as callWorkspace from './migrations/0007-call-workspace.ts';
import * as leadSearch from './migrations/0008-lead-search.ts';
import * as corrections from './migrations/0010-corrections.ts';
import * as skipsAndCallbacks from './migrations/0011-skips-and-callbacks.ts';
import * as campaignAdministration from './migrations/0012-campaign-administration.ts';
import * as scriptsAndKnowledge from './migrations/0013-scripts-and-knowledge.ts';
import * as importReportAndRepNotes from './migrations/0014-import-report-and-rep-notes.ts';
import * as agentStates from './migrations/0015-agent-states.ts';
import * as marketingSources from './migrations/0017-marketing-sources.ts';
import * as organizationLocale from './migrations/0018-organization-locale.ts';
import type { Database } from './schema.ts';

/** Migrations are listed here explicitly so that they ship inside any bundle and run in order. */
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-appointments-lifecycle': appointmentsLifecycle,
  '0003-idempotency-per-setter': idempotencyPerSetter,
  '0004-intake-jobs': intakeJobs,
  '0005-queue-indexes': queueIndexes,
  '0006-campaign-filters': campaignFilters,
  '0007-call-workspace': callWorkspace,
  '0008-lead-search': leadSearch,
  '0010-corrections': corrections,
  '0011-skips-and-callbacks': skipsAndCallbacks,
  '0012-campaign-administration': campaignAdministration,
  '0013-scripts-and-knowledge': scriptsAndKnowledge,
  '0014-import-report-and-rep-notes': importReportAndRepNotes,
  '0015-agent-states': agentStates,
  '0017-marketing-sources': marketingSources,
  '0018-organization-locale': organizationLocale,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema to the newest version; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
