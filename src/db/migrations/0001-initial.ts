import { type Kysely, sql } from 'kysely';
import { dialectOf, withId } from './migration-helpers.ts';

// Instants are bigint epoch milliseconds, flags 0/1 integers, structured values JSON text.
export async function up(db: Kysely<unknown>): Promise<void> {
  const d = dialectOf(db);
  const table = (name: string) => withId(d, db.schema.createTable(name));

  await table('organizations')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await table('clients')
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('clients_org_slug_unique', ['organization_id', 'slug'])
    .execute();

  await table('users')
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('user_clients')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addPrimaryKeyConstraint('user_clients_pk', ['user_id', 'client_id'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await table('api_tokens')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_used_at', 'bigint')
    .execute();

  await table('lead_lists')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await table('leads')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('list_id', 'integer', (c) => c.references('lead_lists.id'))
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('company', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('phones', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('city', 'text')
    .addColumn('state', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text')
    .addColumn('time_zone_source', 'text')
    .addColumn('time_zones', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('custom_fields', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('score', 'integer')
    .addColumn('hot', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('owner_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('attempt_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_attempt_at', 'bigint')
    .addColumn('next_call_at', 'bigint', (c) => c.notNull())
    .addColumn('lease_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('lease_expires_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('leads_list_queue_idx')
    .on('leads')
    .columns(['list_id', 'status', 'next_call_at'])
    .execute();
  await db.schema
    .createIndex('leads_client_status_idx')
    .on('leads')
    .columns(['client_id', 'status'])
    .execute();
  await db.schema.createIndex('leads_client_phone_idx').on('leads').columns(['client_id', 'phone']).execute();
  await db.schema.createIndex('leads_client_email_idx').on('leads').columns(['client_id', 'email']).execute();
  await db.schema.createIndex('leads_lease_idx').on('leads').columns(['lease_user_id']).execute();

  await table('dnc_entries')
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('client_id', 'integer', (c) => c.references('clients.id'))
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('dnc_entries_phone_idx')
    .on('dnc_entries')
    .columns(['organization_id', 'phone'])
    .execute();

  await table('scripts')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await table('qualification_forms')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await table('meeting_types')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('buffer_before_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('buffer_after_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('minimum_notice_minutes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('slot_step_minutes', 'integer', (c) => c.notNull())
    .addColumn('horizon_days', 'integer', (c) => c.notNull())
    .addColumn('location_kinds', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await table('campaigns')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('script_id', 'integer', (c) => c.references('scripts.id'))
    .addColumn('qualification_form_id', 'integer', (c) => c.references('qualification_forms.id'))
    .addColumn('meeting_type_id', 'integer', (c) => c.references('meeting_types.id'))
    .addColumn('calling_window', 'text', (c) => c.notNull())
    .addColumn('sort_keys', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('campaign_lists')
    .addColumn('campaign_id', 'integer', (c) => c.notNull().references('campaigns.id'))
    .addColumn('list_id', 'integer', (c) => c.notNull().references('lead_lists.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('campaign_lists_pk', ['campaign_id', 'list_id'])
    .execute();

  await table('call_attempts')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id'))
    .addColumn('campaign_id', 'integer', (c) => c.references('campaigns.id'))
    .addColumn('setter_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('duration_seconds', 'integer', (c) => c.notNull())
    .addColumn('disposition', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('notes', 'text')
    .addColumn('contact', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('call_attempts_lead_idx')
    .on('call_attempts')
    .columns(['lead_id', 'started_at'])
    .execute();
  await db.schema
    .createIndex('call_attempts_client_day_idx')
    .on('call_attempts')
    .columns(['client_id', 'started_at'])
    .execute();

  await table('callbacks')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id'))
    .addColumn('campaign_id', 'integer', (c) => c.references('campaigns.id'))
    .addColumn('owner_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('due_at', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by_user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('callbacks_due_idx')
    .on('callbacks')
    .columns(['campaign_id', 'status', 'due_at'])
    .execute();

  await table('qualification_answers')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id'))
    .addColumn('form_id', 'integer', (c) => c.notNull().references('qualification_forms.id'))
    .addColumn('attempt_id', 'integer', (c) => c.references('call_attempts.id'))
    .addColumn('setter_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('qualified', 'integer', (c) => c.notNull())
    .addColumn('interest', 'text')
    .addColumn('questions_asked', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('qualification_answers_lead_idx')
    .on('qualification_answers')
    .column('lead_id')
    .execute();

  await table('reps')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('daily_max', 'integer')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await table('rep_working_hours')
    .addColumn('rep_id', 'integer', (c) => c.notNull().references('reps.id'))
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('start_local', 'text', (c) => c.notNull())
    .addColumn('end_local', 'text', (c) => c.notNull())
    .execute();

  await table('appointments')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id'))
    .addColumn('rep_id', 'integer', (c) => c.notNull().references('reps.id'))
    .addColumn('meeting_type_id', 'integer', (c) => c.notNull().references('meeting_types.id'))
    .addColumn('setter_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('attempt_id', 'integer', (c) => c.references('call_attempts.id'))
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('ends_at', 'bigint', (c) => c.notNull())
    .addColumn('blocked_from', 'bigint', (c) => c.notNull())
    .addColumn('blocked_until', 'bigint', (c) => c.notNull())
    .addColumn('lead_time_zone', 'text')
    .addColumn('location_kind', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('questions_asked', 'text')
    .addColumn('notes', 'text')
    .addColumn('outcome', 'text')
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('appointments_rep_time_idx')
    .on('appointments')
    .columns(['rep_id', 'starts_at'])
    .execute();
  // A second line of defence behind the transactional overlap check: one live appointment per rep and start.
  await db.schema
    .createIndex('appointments_rep_start_live_unique')
    .on('appointments')
    .columns(['rep_id', 'starts_at'])
    .unique()
    .where(sql.ref('status'), 'in', ['scheduled', 'confirmed'])
    .execute();
  await db.schema.createIndex('appointments_lead_idx').on('appointments').column('lead_id').execute();

  await table('lead_events')
    .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('leads.id'))
    .addColumn('actor_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('reason', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('lead_events_lead_idx')
    .on('lead_events')
    .columns(['lead_id', 'created_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('The initial migration cannot be undone: restore a backup instead.');
}
