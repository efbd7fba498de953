import { Temporal } from 'temporal-polyfill';
import type { AppDatabase } from '../db/create-database.ts';
import { createAppointmentsRepository } from '../db/repositories/appointments.repository.ts';
import { createCatalogRepository } from '../db/repositories/catalog.repository.ts';
import { createClientsRepository } from '../db/repositories/clients.repository.ts';
import { createLeadQueueRepository } from '../db/repositories/lead-queue.repository.ts';
import { createLeadsRepository } from '../db/repositories/leads.repository.ts';
import { createStatsRepository } from '../db/repositories/stats.repository.ts';
import { createUsersRepository } from '../db/repositories/users.repository.ts';
import type { TimeZoneLookup } from '../integrations/geo/time-zone-lookup.ts';
import type { AppConfig } from './config/env.ts';

/** Everything the HTTP layer needs, built once in one place (server.ts, the CLI, tests). */
export function createDeps(
  database: AppDatabase,
  config: AppConfig,
  timeZones: TimeZoneLookup,
  clock = systemClock,
) {
  const { db, dialect } = database;
  const catalog = createCatalogRepository(db);
  const clients = createClientsRepository(db);
  return {
    config,
    database,
    clock,
    timeZones,
    users: createUsersRepository(db),
    clients,
    catalog,
    leads: createLeadsRepository(db),
    queue: createLeadQueueRepository(db, {
      findCampaign: (id) => catalog.findCampaign(id),
      findClient: (id) => clients.findById(id),
    }),
    appointments: createAppointmentsRepository(db, dialect),
    stats: createStatsRepository(db),
  };
}

export type AppDeps = ReturnType<typeof createDeps>;

export function systemClock(): Temporal.Instant {
  return Temporal.Now.instant();
}
