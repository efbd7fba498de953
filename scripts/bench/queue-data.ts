import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { Temporal } from 'temporal-polyfill';
import { type DemoPlace, demoPlaces } from '../../src/cli/demo/demo-places.ts';
import { seedDemo } from '../../src/cli/demo/demo-seed.ts';
import type { Actor } from '../../src/core/access/actor.ts';
import type { SortKey } from '../../src/core/campaigns/campaign.ts';
import type { LeadToInsert } from '../../src/core/lead-import/classify-rows.ts';
import { resolvePlace } from '../../src/core/lead-import/resolve-time-zones.ts';
import { type CellValue, leadColumns, leadValues } from '../../src/db/bulk/import-rows.ts';
import { type AppDatabase, createDatabase } from '../../src/db/create-database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createUsersRepository } from '../../src/db/repositories/users.repository.ts';
import { createTimeZoneLookup, type TimeZoneLookup } from '../../src/integrations/geo/time-zone-lookup.ts';
import { hashToken, newSecret } from '../../src/server/plugins/auth.ts';
import { random } from './import-data.ts';

/** The campaign's order: two keys, as a manager would set them. */
export const benchSortKeys: SortKey[] = [
  { field: 'area_code', direction: 'asc' },
  { field: 'created_at', direction: 'asc' },
];

/** Places beyond the demo's, so that every US zone (and the odd ones of Indiana, Kentucky, Texas) holds leads. */
const morePlaces: DemoPlace[] = [
  { city: 'Indianapolis', state: 'IN', zipPrefix: '462', areaCode: '317' },
  { city: 'Louisville', state: 'KY', zipPrefix: '402', areaCode: '502' },
  { city: 'El Paso', state: 'TX', zipPrefix: '799', areaCode: '915' },
  { city: 'Juneau', state: 'AK', zipPrefix: '998', areaCode: '907' },
  { city: 'Hilo', state: 'HI', zipPrefix: '967', areaCode: '808' },
  { city: 'Sioux Falls', state: 'SD', zipPrefix: '571', areaCode: '605' },
  { city: 'Billings', state: 'MT', zipPrefix: '591', areaCode: '406' },
];
const places = [...demoPlaces, ...morePlaces];

export interface QueueBenchData {
  database: AppDatabase;
  campaignId: number;
  listId: number;
  /** Setters assigned to the campaign's client, with a bearer token each. */
  setters: { userId: number; token: string; actor: Actor }[];
  /** Distinct zone sets among the leads. */
  zoneSets: number;
}

/** One bench lead: a place, a 5-digit ZIP of its prefix, a unique phone of its area code. */
function benchLead(i: number, place: DemoPlace, serial: number, next: () => number, zones: TimeZoneLookup) {
  let exchange = 200 + Math.floor(serial / 10_000);
  if (exchange >= 555) exchange++;
  const phone = `+1${place.areaCode}${exchange}${String(serial % 10_000).padStart(4, '0')}`;
  const prepared = {
    rowNumber: i + 1,
    firstName: `Lead${i}`,
    lastName: place.city,
    company: null,
    email: null,
    phone,
    phones: [{ e164: phone, type: 'fixed_line_or_mobile' as const, country: 'US' }],
    address: null,
    city: place.city,
    state: place.state,
    postalCode: `${place.zipPrefix}${String(Math.floor(next() * 100)).padStart(2, '0')}`,
    country: 'US',
    timeZone: null,
    source: 'bench',
    customFields: {},
  };
  const lead: LeadToInsert = { ...prepared, ...resolvePlace(prepared, zones), onDncList: false };
  return lead;
}

/** The rows of `count` leads as `leadColumns` values; created one second apart, in random places. */
function* leadRows(
  count: number,
  target: { clientId: number; listId: number },
  nowMs: number,
  zones: TimeZoneLookup,
) {
  const next = random(count);
  const serials = new Array<number>(places.length).fill(0);
  const createdAt = leadColumns.indexOf('created_at');
  for (let i = 0; i < count; i++) {
    const at = Math.floor(next() * places.length);
    const place = places[at] as DemoPlace;
    const serial = serials[at] ?? 0;
    serials[at] = serial + 1;
    const values = leadValues(
      benchLead(i, place, serial, next, zones),
      { ...target, source: 'bench' },
      nowMs,
    );
    values[createdAt] = nowMs - (count - i) * 1000;
    yield values;
  }
}

async function insertLeads(database: AppDatabase, rows: Iterable<CellValue[]>): Promise<void> {
  const columns = leadColumns.join(', ');
  if (database.raw.dialect === 'sqlite') {
    const { sqlite } = database.raw;
    const insert = sqlite.prepare(
      `insert into leads (${columns}) values (${leadColumns.map(() => '?').join(', ')})`,
    );
    let batch: CellValue[][] = [];
    const flush = sqlite.transaction((values: CellValue[][]) => {
      for (const row of values) insert.run(...row);
    });
    for (const row of rows) {
      batch.push(row);
      if (batch.length === 20_000) {
        flush(batch);
        batch = [];
      }
    }
    flush(batch);
    return;
  }
  const client = await database.raw.pool.connect();
  try {
    const target = client.query(copyFrom(`copy leads (${columns}) from stdin with (format csv)`));
    const csv = function* () {
      let chunk = '';
      for (const row of rows) {
        chunk += `${row.map((v) => (v === null ? '' : `"${String(v).replaceAll('"', '""')}"`)).join(',')}\n`;
        if (chunk.length > 1 << 16) {
          yield chunk;
          chunk = '';
        }
      }
      if (chunk) yield chunk;
    };
    await pipeline(Readable.from(csv()), target);
    await client.query('analyze leads');
  } finally {
    client.release();
  }
}

/** Setters of the client, each with a personal API token (the HTTP phase authenticates with it). */
async function addSetters(
  database: AppDatabase,
  org: { organizationId: number; clientId: number },
  count: number,
  nowMs: number,
): Promise<QueueBenchData['setters']> {
  const { db } = database;
  const users = createUsersRepository(db);
  const setters: QueueBenchData['setters'] = [];
  for (let i = 0; i < count; i++) {
    const user = await db
      .insertInto('users')
      .values({
        organization_id: org.organizationId,
        email: `bench-setter-${i}@bench.test`,
        name: `Bench Setter ${i}`,
        role: 'setter',
        password_hash: null,
        time_zone: 'America/New_York',
        locale: 'en',
        active: 1,
        created_at: nowMs,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('user_clients').values({ user_id: user.id, client_id: org.clientId }).execute();
    const token = `sd_${newSecret()}`;
    await db
      .insertInto('api_tokens')
      .values({ user_id: user.id, name: 'bench', token_hash: hashToken(token), created_at: nowMs })
      .execute();
    const actor = await users.loadActor(user.id);
    if (!actor) throw new Error('A bench setter could not be loaded');
    setters.push({ userId: user.id, token, actor });
  }
  return setters;
}

/**
 * A database at `url` with the demo organization and, for its software client, one list of
 * `leads` leads spread over every US zone and a campaign over it in `benchSortKeys` order,
 * open every day 08:00–21:00; plus `setters` setters of that client.
 */
export async function buildQueueBench(
  url: string,
  leads: number,
  setters: number,
  now: Temporal.Instant,
): Promise<QueueBenchData> {
  const database = createDatabase(url);
  const { db } = database;
  await migrateToLatest(db);
  const zones = await createTimeZoneLookup();
  await seedDemo(database, zones, now, { leadsPerClient: 20 });
  const nowMs = now.epochMilliseconds;
  const client = await db
    .selectFrom('clients')
    .select(['id', 'organization_id'])
    .where('slug', '=', 'ledgerly')
    .executeTakeFirstOrThrow();
  const list = await db
    .insertInto('lead_lists')
    .values({
      client_id: client.id,
      name: `Bench ${leads}`,
      source: 'bench',
      row_count: leads,
      created_by_user_id: null,
      created_at: nowMs,
      import_job_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertLeads(database, leadRows(leads, { clientId: client.id, listId: list.id }, nowMs, zones));
  const campaign = await db
    .insertInto('campaigns')
    .values({
      client_id: client.id,
      name: `Bench ${leads}`,
      script_id: null,
      qualification_form_id: null,
      meeting_type_id: null,
      calling_window: JSON.stringify({
        startLocal: '08:00',
        endLocal: '21:00',
        days: [1, 2, 3, 4, 5, 6, 7],
        blackoutDates: [],
      }),
      sort_keys: JSON.stringify(benchSortKeys),
      status: 'active',
      created_by_user_id: null,
      created_at: nowMs,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('campaign_lists')
    .values({ campaign_id: campaign.id, list_id: list.id, position: 0 })
    .execute();
  const zoneCount = await db
    .selectFrom('leads')
    .select((eb) => eb.fn.count<number>('time_zone_key').distinct().as('sets'))
    .where('list_id', '=', list.id)
    .executeTakeFirstOrThrow();
  return {
    database,
    campaignId: campaign.id,
    listId: list.id,
    setters: await addSetters(
      database,
      { organizationId: client.organization_id, clientId: client.id },
      setters,
      nowMs,
    ),
    zoneSets: Number(zoneCount.sets),
  };
}
