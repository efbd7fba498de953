import { type Kysely, sql } from 'kysely';
import { dialectOf, withId } from './migration-helpers.ts';

// The call workspace: script versions with history and setters' personal variants under review;
// per-client business outcomes (the second level of a disposition) with reason lists; the
// objection library and which objections and responses came up in each call; notes on a lead.
// Every call records its system result, its outcome and reason, and the script version (and
// variant) in front of the setter, so outcomes can be compared by version.

/** Outcomes every client starts with (its managers may rename, add and retire them). */
const defaultOutcomes = [
  { key: 'interested_callback', label: 'Interested — call back', contact: 1, callback: 1 },
  { key: 'appointment', label: 'Appointment booked', contact: 1, qualified: 1, appointment: 1 },
  { key: 'not_interested', label: 'Not interested', contact: 1, not_interested: 1, requires_reason: 1 },
  { key: 'not_qualified', label: 'Not qualified', contact: 1, nurture: 1, requires_reason: 1 },
  { key: 'nurture', label: 'Not now — nurture', contact: 1, nurture: 1 },
  { key: 'do_not_call', label: 'Do not call', contact: 1, do_not_call: 1 },
] as const;

const defaultReasons: Record<string, readonly string[]> = {
  not_interested: ['No budget', 'Already has a provider', 'Bad timing', 'Not the decision maker', 'Other'],
  not_qualified: ['Too small', 'Outside the service area', 'No need', 'Other'],
};

export async function up(db: Kysely<unknown>): Promise<void> {
  const d = dialectOf(db);
  const table = (name: string) => withId(d, db.schema.createTable(name));

  await db.schema
    .alterTable('scripts')
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo('outbound'))
    .execute();
  await db.schema.alterTable('scripts').addColumn('updated_at', 'bigint').execute();

  await table('script_versions')
    .addColumn('script_id', 'integer', (c) => c.notNull().references('scripts.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('script_versions_script_version_idx')
    .on('script_versions')
    .columns(['script_id', 'version'])
    .unique()
    .execute();
  // Every script's current text becomes its first recorded version.
  await sql`insert into script_versions (script_id, version, sections, note, created_at)
    select id, version, sections, null, created_at from scripts`.execute(db);

  await table('script_variants')
    .addColumn('script_id', 'integer', (c) => c.notNull().references('scripts.id'))
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('base_version', 'integer', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('review_comment', 'text')
    .addColumn('reviewed_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'bigint')
    .addColumn('submitted_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('script_variants_script_user_idx')
    .on('script_variants')
    .columns(['script_id', 'user_id', 'status'])
    .execute();

  await table('outcomes')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('contact', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('qualified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('appointment', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('callback', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('nurture', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('not_interested', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('do_not_call', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('requires_reason', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('outcomes_client_key_idx')
    .on('outcomes')
    .columns(['client_id', 'key'])
    .unique()
    .execute();

  await table('outcome_reasons')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('outcome_key', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('outcome_reasons_client_idx')
    .on('outcome_reasons')
    .columns(['client_id', 'outcome_key'])
    .execute();

  const clients = await sql<{ id: number; created_at: number }>`select id, created_at from clients`.execute(
    db,
  );
  for (const client of clients.rows) {
    for (const [position, outcome] of defaultOutcomes.entries()) {
      const flags = outcome as Record<string, unknown>;
      const flag = (name: string) => (flags[name] === 1 ? 1 : 0);
      await sql`insert into outcomes (client_id, key, label, contact, qualified, appointment, callback,
          nurture, not_interested, do_not_call, requires_reason, position, active, created_at)
        values (${client.id}, ${outcome.key}, ${outcome.label}, ${flag('contact')}, ${flag('qualified')},
          ${flag('appointment')}, ${flag('callback')}, ${flag('nurture')}, ${flag('not_interested')},
          ${flag('do_not_call')}, ${flag('requires_reason')}, ${position}, 1, ${client.created_at})`.execute(
        db,
      );
    }
    for (const [outcomeKey, labels] of Object.entries(defaultReasons)) {
      for (const [position, label] of labels.entries()) {
        await sql`insert into outcome_reasons (client_id, outcome_key, label, position, active, created_at)
          values (${client.id}, ${outcomeKey}, ${label}, ${position}, 1, ${client.created_at})`.execute(db);
      }
    }
  }

  await table('objections')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('keywords', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('responses', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('objections_client_idx').on('objections').columns(['client_id']).execute();

  await table('attempt_objections')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('attempt_id', 'integer', (c) => c.notNull().references('call_attempts.id'))
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id'))
    .addColumn('objection_id', 'integer', (c) => c.notNull().references('objections.id'))
    /** The id of the response used, inside the objection's responses; null: none of them. */
    .addColumn('response_id', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attempt_objections_attempt_idx')
    .on('attempt_objections')
    .columns(['attempt_id'])
    .execute();
  await db.schema
    .createIndex('attempt_objections_objection_idx')
    .on('attempt_objections')
    .columns(['objection_id', 'created_at'])
    .execute();

  for (const column of ['call_result', 'reason_text'] as const)
    await db.schema.alterTable('call_attempts').addColumn(column, 'text').execute();
  for (const column of [
    'outcome_id',
    'reason_id',
    'script_id',
    'script_version',
    'script_variant_id',
  ] as const)
    await db.schema.alterTable('call_attempts').addColumn(column, 'integer').execute();
  await db.schema
    .createIndex('call_attempts_script_idx')
    .on('call_attempts')
    .columns(['script_id', 'script_version'])
    .execute();

  await table('lead_notes')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id'))
    .addColumn('author_user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('lead_notes_lead_idx')
    .on('lead_notes')
    .columns(['lead_id', 'created_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('This migration cannot be undone: restore a backup instead.');
}
