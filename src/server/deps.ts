import { Temporal } from 'temporal-polyfill';
import type { AppDatabase } from '../db/create-database.ts';
import { createAgentStatesRepository } from '../db/repositories/agent-states.repository.ts';
import { createAppointmentWriter } from '../db/repositories/appointment-writer.ts';
import { createAppointmentsRepository } from '../db/repositories/appointments.repository.ts';
import { createCalendarFeedRepository } from '../db/repositories/calendar-feed.repository.ts';
import { createCallCountsRepository } from '../db/repositories/call-counts.repository.ts';
import { createCampaignAdminRepository } from '../db/repositories/campaign-admin.repository.ts';
import { createCatalogRepository } from '../db/repositories/catalog.repository.ts';
import { createClientsRepository } from '../db/repositories/clients.repository.ts';
import { createCorrectionsRepository } from '../db/repositories/corrections.repository.ts';
import { createJobsRepository } from '../db/repositories/jobs.repository.ts';
import { createLeadQueueRepository } from '../db/repositories/lead-queue.repository.ts';
import { createLeadsRepository } from '../db/repositories/leads.repository.ts';
import { createMarketingSourcesRepository } from '../db/repositories/marketing-sources.repository.ts';
import { createObjectionsRepository } from '../db/repositories/objections.repository.ts';
import { createOrganizationsRepository } from '../db/repositories/organizations.repository.ts';
import { createOutboxRepository } from '../db/repositories/outbox.repository.ts';
import { createOutcomesRepository } from '../db/repositories/outcomes.repository.ts';
import { createQueueFlowRepository } from '../db/repositories/queue-flow.repository.ts';
import { createRepsRepository } from '../db/repositories/reps.repository.ts';
import { createScriptVariantsRepository } from '../db/repositories/script-variants.repository.ts';
import { createScriptsRepository } from '../db/repositories/scripts.repository.ts';
import { createStatsRepository } from '../db/repositories/stats.repository.ts';
import { createUserPreferencesRepository } from '../db/repositories/user-preferences.repository.ts';
import { createUsersRepository } from '../db/repositories/users.repository.ts';
import type { TimeZoneLookup } from '../integrations/geo/time-zone-lookup.ts';
import { appointmentMessaging, mailTransport } from './appointment-messaging.ts';
import { loadCallingRules } from './config/calling-rules.ts';
import type { AppConfig } from './config/env.ts';
import { createImportRunner } from './imports/import-runner.ts';
import { createUploadStore } from './imports/uploads.ts';

/** Everything the HTTP layer needs, built once in one place (server.ts, the CLI, tests). */
export function createDeps(
  database: AppDatabase,
  config: AppConfig,
  timeZones: TimeZoneLookup,
  clock = systemClock,
) {
  const { db, dialect } = database;
  const catalog = createCatalogRepository(db, dialect);
  const clients = createClientsRepository(db);
  const callingRules = loadCallingRules(config.CALLING_RULES_FILE);
  const queue = {
    ...createLeadQueueRepository(
      db,
      {
        findCampaign: (id) => catalog.findCampaign(id),
        findClient: (id) => clients.findById(id),
      },
      dialect,
    ),
    callingRules: () => callingRules,
    stateLookups: {
      stateByPostalCode: (country: string, postalCode: string) =>
        timeZones.stateByPostalCode(country, postalCode),
      stateByPhone: (e164: string) => timeZones.stateByPhone?.(e164) ?? null,
    },
    ...(({ callsSince, lastContactsSince }) => ({ callsSince, lastContactsSince }))(
      createCallCountsRepository(db),
    ),
  };
  return {
    config,
    database,
    clock,
    timeZones,
    users: createUsersRepository(db, dialect),
    /** The organization's own settings (its language). */
    organizations: createOrganizationsRepository(db),
    clients,
    catalog,
    /** Campaign settings as managers change them: change log, assigned setters, progress counts. */
    campaignAdmin: createCampaignAdminRepository(db, dialect),
    /** Per-user settings such as the client last chosen. */
    preferences: createUserPreferencesRepository(db),
    leads: createLeadsRepository(db),
    /** Undo, edits of calls and appointments, do-not-call lifts: each in one transaction, audited. */
    corrections: createCorrectionsRepository(db, dialect),
    /** Clients' business outcomes and reasons (the second level of a disposition). */
    outcomes: createOutcomesRepository(db),
    /** Clients' objection libraries and their use in calls. */
    objections: createObjectionsRepository(db),
    /** Clients' marketing sources, named by inbound callers. */
    marketingSources: createMarketingSourcesRepository(db),
    queue,
    /** Skips and setters' own callbacks (My callbacks), a campaign's queue settings. */
    queueFlow: createQueueFlowRepository(db),
    /** Import jobs (run in the background of every node) and the uploads they read. */
    imports: {
      runner: createImportRunner({
        database,
        clients,
        timeZones,
        clock,
        lockSeconds: config.IMPORT_LOCK_SECONDS,
      }),
      uploads: createUploadStore(config.UPLOAD_DIR, config.UPLOAD_LIMIT_MB * 1024 * 1024),
    },
    reps: createRepsRepository(db, dialect),
    appointments: createAppointmentsRepository(db, dialect),
    outbox: createOutboxRepository(db),
    calendarFeed: createCalendarFeedRepository(db),
    /** The durable job table; completions write through the appointment lifecycle's writer. */
    jobs: createJobsRepository(db, (trx) => createAppointmentWriter(trx, dialect)),
    messaging: appointmentMessaging(config),
    /** Null without SMTP_URL: mail then stays in the outbox, shown by the outbox page. */
    mailer: mailTransport(config),
    stats: createStatsRepository(db),
    /** Setters' states over time, their presence, pause reasons and agent settings. */
    agentStates: createAgentStatesRepository(db),
    /** Scripts' company versions, and setters' personal variants under review. */
    scripts: createScriptsRepository(db, dialect),
    scriptVariants: createScriptVariantsRepository(db, dialect),
  };
}

export type AppDeps = ReturnType<typeof createDeps>;

export function systemClock(): Temporal.Instant {
  return Temporal.Now.instant();
}
