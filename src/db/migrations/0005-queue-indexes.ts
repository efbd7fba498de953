import { type Kysely, sql } from 'kysely';

// The lead queue reads only what it serves, whatever the list's size:
// - leads.time_zone_key names the zones a lead's calling window depends on (written with
//   leads.time_zones), so the queue finds a campaign's zone sets by walking an index and selects
//   the leads of the callable ones by equality instead of grouping every lead on each claim;
// - fresh hot leads of a client, due callbacks and a lead's callbacks are found by index.
// The ordered part of the queue uses one more index per campaign order, made when first needed
// (src/db/repositories/lead-queue-order.ts): its columns depend on the campaign's sort keys.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('leads')
    .addColumn('time_zone_key', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await backfillTimeZoneKeys(db);
  await db.schema
    .createIndex('leads_queue_zone_idx')
    .on('leads')
    .columns(['list_id', 'status', 'time_zone_key', 'next_call_at'])
    .execute();
  await db.schema
    .createIndex('leads_client_hot_idx')
    .on('leads')
    .columns(['client_id', 'hot', 'status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('callbacks_status_due_idx')
    .on('callbacks')
    .columns(['status', 'due_at'])
    .execute();
  // A lease re-checks the lead's pending callbacks, and every disposition closes them.
  await db.schema
    .createIndex('callbacks_lead_status_idx')
    .on('callbacks')
    .columns(['lead_id', 'status', 'due_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('This migration cannot be undone: restore a backup instead.');
}

/** Frozen copy of src/db/time-zone-key.ts as it was when this migration was written. */
function keyOf(timeZones: string): string {
  let candidates: unknown;
  try {
    candidates = JSON.parse(timeZones);
  } catch {
    return '';
  }
  if (!Array.isArray(candidates)) return '';
  const zones = new Set<string>();
  for (const c of candidates as { timeZone?: unknown; source?: unknown }[]) {
    if (typeof c?.timeZone !== 'string') continue;
    zones.add(c.source === 'client_default' ? `~${c.timeZone}` : c.timeZone);
  }
  return [...zones].sort().join(' ');
}

/** One pass over the leads: the few distinct zone lists are keyed here, then joined in. */
async function backfillTimeZoneKeys(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ time_zones: string }>`select distinct time_zones from leads`.execute(db);
  const keyed = rows.map((r) => ({ timeZones: r.time_zones, key: keyOf(r.time_zones) })).filter((r) => r.key);
  if (keyed.length === 0) return;
  await sql`create table zone_key_backfill (time_zones text primary key, time_zone_key text not null)`.execute(
    db,
  );
  for (let i = 0; i < keyed.length; i += 200) {
    const values = keyed.slice(i, i + 200).map((r) => sql`(${r.timeZones}, ${r.key})`);
    await sql`insert into zone_key_backfill (time_zones, time_zone_key) values ${sql.join(values)}`.execute(
      db,
    );
  }
  await sql`update leads set time_zone_key = (
      select k.time_zone_key from zone_key_backfill k where k.time_zones = leads.time_zones
    ) where time_zones in (select time_zones from zone_key_backfill)`.execute(db);
  await sql`drop table zone_key_backfill`.execute(db);
}
