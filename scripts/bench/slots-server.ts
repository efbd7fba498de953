import type { FastifyInstance } from 'fastify';
import { seedDemo } from '../../src/cli/demo/demo-seed.ts';
import type { RepAvailability } from '../../src/core/scheduling/availability.ts';
import { type AppDatabase, createDatabase } from '../../src/db/create-database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createCatalogRepository } from '../../src/db/repositories/catalog.repository.ts';
import { createRepsRepository } from '../../src/db/repositories/reps.repository.ts';
import { createTimeZoneLookup } from '../../src/integrations/geo/time-zone-lookup.ts';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config/env.ts';
import { createDeps } from '../../src/server/deps.ts';
import { hashToken, newSecret } from '../../src/server/plugins/auth.ts';
import { benchNow, benchRules, leadTimeZone } from './slots-scenario.ts';

export interface BenchServer {
  url: string;
  leadId: number;
  meetingTypeId: number;
  /** Fresh leads for the booking race, one per racer. */
  racerLeadIds: number[];
  /** Bearer tokens of setters and a manager of the client. */
  tokens: string[];
  close(): Promise<void>;
}

const setterEmails = ['setter1@demo.test', 'setter2@demo.test', 'manager@demo.test'];

/**
 * A real server on 127.0.0.1 over `databaseUrl`: the demo organization, and for its software
 * client the scenario's reps (the demo reps made inactive), a 30-minute meeting type, the reps'
 * bookings and a lead in New York. The clock stands still at the scenario's `now`.
 */
export async function startBenchServer(
  databaseUrl: string,
  reps: RepAvailability[],
  racers: number,
): Promise<BenchServer> {
  const database = createDatabase(databaseUrl);
  const { db } = database;
  await migrateToLatest(db);
  const timeZones = await createTimeZoneLookup();
  await seedDemo(database, timeZones, benchNow, { leadsPerClient: racers + 10 });
  const at = benchNow.epochMilliseconds;
  const client = await db
    .selectFrom('clients')
    .select('id')
    .where('slug', '=', 'ledgerly')
    .executeTakeFirstOrThrow();
  await db.updateTable('reps').set({ active: 0 }).where('client_id', '=', client.id).execute();
  const meetingTypeId = await createCatalogRepository(db, database.dialect).createMeetingType(
    { clientId: client.id, name: 'Bench meeting', locationKinds: ['phone'], ...benchRules },
    at,
  );
  const leads = await db
    .selectFrom('leads')
    .select('id')
    .where('client_id', '=', client.id)
    .orderBy('id')
    .execute();
  const [lead, holder, ...rest] = leads.map((l) => l.id);
  if (lead === undefined || holder === undefined || rest.length < racers) throw new Error('Too few leads');
  await db.updateTable('leads').set({ time_zone: leadTimeZone }).where('id', '=', lead).execute();
  await insertReps(database, client.id, meetingTypeId, holder, reps);
  const tokens: string[] = [];
  for (const email of setterEmails) {
    const user = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    const token = `sd_${newSecret()}`;
    await db
      .insertInto('api_tokens')
      .values({ user_id: user.id, name: 'bench', token_hash: hashToken(token), created_at: at })
      .execute();
    tokens.push(token);
  }
  const config = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent' });
  const app: FastifyInstance = await buildApp(createDeps(database, config, timeZones, () => benchNow));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    leadId: lead,
    meetingTypeId,
    racerLeadIds: rest.slice(0, racers),
    tokens,
    async close() {
      await app.close();
      await database.destroy();
    },
  };
}

/** The scenario's reps and their bookings, written as the app writes them. */
async function insertReps(
  database: AppDatabase,
  clientId: number,
  meetingTypeId: number,
  leadId: number,
  reps: RepAvailability[],
): Promise<void> {
  const { db } = database;
  const repository = createRepsRepository(db, database.dialect);
  const setter = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'setter1@demo.test')
    .executeTakeFirstOrThrow();
  for (const rep of reps) {
    const repId = await repository.createRep(
      {
        clientId,
        userId: null,
        name: `Bench rep ${rep.repId}`,
        email: `bench-rep-${rep.repId}@ledgerly.test`,
        timeZone: rep.timeZone,
        dailyMax: null,
        weeklyHours: rep.weeklyHours,
      },
      benchNow,
    );
    await db
      .insertInto('appointments')
      .values(
        rep.booked.map((b) => ({
          client_id: clientId,
          lead_id: leadId,
          rep_id: repId,
          meeting_type_id: meetingTypeId,
          setter_id: setter.id,
          attempt_id: null,
          starts_at: b.startsAt.epochMilliseconds,
          ends_at: b.endsAt.epochMilliseconds,
          blocked_from: b.startsAt.epochMilliseconds,
          blocked_until: b.endsAt.epochMilliseconds,
          lead_time_zone: leadTimeZone,
          location_kind: 'phone',
          location: null,
          status: 'scheduled',
          questions_asked: null,
          notes: null,
          outcome: null,
          idempotency_key: null,
          created_at: benchNow.epochMilliseconds,
          updated_at: benchNow.epochMilliseconds,
        })),
      )
      .execute();
  }
}
