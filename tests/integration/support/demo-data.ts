import { randomUUID } from 'node:crypto';
import type { Role } from '../../../src/core/leads/lead.ts';
import { hashToken, newSecret } from '../../../src/server/plugins/auth.ts';
import { type Api, bearerApi } from './test-api.ts';
import type { TestApp } from './test-app.ts';

export type DemoClientSlug = 'sunpeak-solar' | 'ledgerly';

/** The ids of one seeded demo client and what was seeded for it. */
export interface DemoClient {
  id: number;
  campaignId: number;
  listId: number;
  meetingTypeId: number;
  formId: number;
}

/**
 * Looks up the ids the demo seed gave the clients, their campaign, list, meeting type and
 * qualification form. Read from the database: the seed is deterministic in content, not in ids.
 */
export async function demoClient(testApp: TestApp, slug: DemoClientSlug): Promise<DemoClient> {
  const { db } = testApp.deps.database;
  const client = await db
    .selectFrom('clients')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  const first = async (table: 'campaigns' | 'lead_lists' | 'meeting_types' | 'qualification_forms') =>
    (
      await db
        .selectFrom(table)
        .select('id')
        .where('client_id', '=', client.id)
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).id;
  return {
    id: client.id,
    campaignId: await first('campaigns'),
    listId: await first('lead_lists'),
    meetingTypeId: await first('meeting_types'),
    formId: await first('qualification_forms'),
  };
}

/** The rep record (not the user) of a demo rep login such as rep1@demo.test. */
export async function repIdOf(testApp: TestApp, email: string): Promise<number> {
  const row = await testApp.deps.database.db
    .selectFrom('reps')
    .innerJoin('users', 'users.id', 'reps.user_id')
    .select('reps.id')
    .where('users.email', '=', email)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function userIdOf(testApp: TestApp, email: string): Promise<number> {
  const row = await testApp.deps.database.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Untouched leads of a client (status new, not leased), lowest ids first, optionally in one zone. */
export async function freshLeadIds(
  testApp: TestApp,
  clientId: number,
  count: number,
  options: { timeZone?: string; exclude?: readonly number[] } = {},
): Promise<number[]> {
  let query = testApp.deps.database.db
    .selectFrom('leads')
    .select('id')
    .where('client_id', '=', clientId)
    .where('status', '=', 'new')
    .where('lease_user_id', 'is', null)
    .where('attempt_count', '=', 0);
  if (options.timeZone) query = query.where('time_zone', '=', options.timeZone);
  if (options.exclude && options.exclude.length > 0) query = query.where('id', 'not in', options.exclude);
  const rows = await query.orderBy('id').limit(count).execute();
  if (rows.length < count) throw new Error(`Only ${rows.length} fresh leads, ${count} wanted`);
  return rows.map((r) => r.id);
}

/**
 * A real user of the organization with the role, assigned to the clients only, signed in by a
 * personal API token stored the way POST /api/auth/tokens stores it.
 */
export async function extraUser(
  testApp: TestApp,
  role: Role,
  clientIds: readonly number[],
  name = `Extra ${role}`,
): Promise<{ userId: number; api: Api }> {
  const { users } = testApp.deps;
  const admin = await users.loadActor(await userIdOf(testApp, 'admin@demo.test'));
  if (!admin) throw new Error('No demo admin');
  const at = testApp.clock().epochMilliseconds;
  const userId = await users.createUser(
    {
      organizationId: admin.organizationId,
      email: `${name.toLowerCase().replaceAll(' ', '-')}-${randomUUID()}@demo.test`,
      name,
      role,
      passwordHash: null,
      timeZone: 'America/New_York',
      locale: 'en',
    },
    at,
  );
  for (const clientId of clientIds) await users.assignClient(userId, clientId);
  const token = `sd_${newSecret()}`;
  await users.createApiToken({ userId, name: 'test', tokenHash: hashToken(token) }, at);
  return { userId, api: bearerApi(testApp.app, token) };
}

/** More setters than the demo has, for races: each assigned to the clients. */
export async function extraSetters(
  testApp: TestApp,
  count: number,
  clientIds: readonly number[],
): Promise<{ userId: number; api: Api }[]> {
  const setters: { userId: number; api: Api }[] = [];
  for (let i = 0; i < count; i++)
    setters.push(await extraUser(testApp, 'setter', clientIds, `Extra Setter ${i}`));
  return setters;
}
