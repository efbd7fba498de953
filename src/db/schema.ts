import type { Generated } from 'kysely';

/**
 * Table types as stored. Instants are integer milliseconds since the epoch (`*_at`), flags are
 * 0/1 integers and structured values are JSON text, so one set of queries serves SQLite and
 * PostgreSQL alike (docs/decisions/0003-two-sql-dialects.md). Rows never leave src/db: the
 * repositories map them to domain types.
 */
export interface OrganizationsTable {
  id: Generated<number>;
  name: string;
  created_at: number;
  /** 'en' | 'sr' (contracts/auth.ts languages): the words seeded into its data, such as outcomes. */
  locale: Generated<string>;
}

export interface ClientsTable {
  id: Generated<number>;
  organization_id: number;
  name: string;
  slug: string;
  country: string;
  time_zone: string;
  created_at: number;
  /** SHA-256 of the key web forms send to POST /api/intake/{client}; null: intake closed. */
  intake_key_hash: string | null;
}

export interface UsersTable {
  id: Generated<number>;
  organization_id: number;
  email: string;
  name: string;
  role: string;
  password_hash: string | null;
  time_zone: string;
  locale: string;
  active: number;
  created_at: number;
}

export interface UserClientsTable {
  user_id: number;
  client_id: number;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  csrf_token: string;
  expires_at: number;
  created_at: number;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: number;
  last_used_at: number | null;
}

export interface LeadListsTable {
  id: Generated<number>;
  client_id: number;
  name: string;
  source: string;
  row_count: number;
  created_by_user_id: number | null;
  created_at: number;
  /** 'importing' while its import job runs: such a list cannot join a campaign. */
  status: Generated<LeadListStatus>;
  import_job_id: number | null;
}

export type LeadListStatus = 'importing' | 'ready';

export interface LeadsTable {
  id: Generated<number>;
  client_id: number;
  list_id: number | null;
  first_name: string;
  last_name: string;
  company: string | null;
  email: string | null;
  phone: string;
  phones: string;
  address: string | null;
  city: string | null;
  state: string | null;
  postal_code: string | null;
  country: string;
  time_zone: string | null;
  time_zone_source: string | null;
  /** JSON: the time-zone candidates (zone + source) the calling window intersects. */
  time_zones: string;
  /** The zones of `time_zones` as one indexable text (src/db/time-zone-key.ts); written with it. */
  time_zone_key: string;
  source: string;
  custom_fields: string;
  status: string;
  score: number | null;
  hot: number;
  owner_user_id: number | null;
  attempt_count: number;
  last_attempt_at: number | null;
  /** The earliest instant the queue may serve the lead again (callbacks, retry gaps). */
  next_call_at: number;
  lease_user_id: number | null;
  lease_expires_at: number | null;
  created_at: number;
  updated_at: number;
  /** The rep who already owns the relationship: offered first when booking. */
  owner_rep_id: number | null;
  /** The marketing source the lead first named on an inbound call (migration 0017). */
  marketing_source_id: number | null;
}

/** A client's marketing source an inbound caller can name: a mailer, a coupon, an ad code. */
export interface MarketingSourcesTable {
  id: Generated<number>;
  organization_id: number;
  client_id: number;
  code: string;
  /** The code without case or spacing: unique per client, what a typed code is matched by. */
  code_key: string;
  label: string;
  /** 'mailer' | 'coupon' | 'ad' | 'web' | 'referral' | 'other' */
  kind: string;
  active: number;
  created_at: number;
  updated_at: number;
}

export interface DncEntriesTable {
  id: Generated<number>;
  organization_id: number;
  client_id: number | null;
  phone: string;
  source: string;
  created_by_user_id: number | null;
  created_at: number;
  dnc_list_id: number | null;
}

export interface DncListsTable {
  id: Generated<number>;
  organization_id: number;
  /** null: the whole organization. */
  client_id: number | null;
  source: string;
  /** The date the list was issued (ISO date), as its source states it. */
  list_date: string;
  file_name: string | null;
  entry_count: number;
  created_by_user_id: number | null;
  created_at: number;
}

export type ImportJobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface ImportJobsTable {
  id: Generated<number>;
  organization_id: number;
  client_id: number;
  list_id: number | null;
  created_by_user_id: number | null;
  status: ImportJobStatus;
  dry_run: number;
  file_path: string;
  file_name: string;
  file_size: number;
  /** JSON ImportOptions: mapping, dedupe policy, list name, encoding, delimiter, sheet. */
  options: string;
  format: string | null;
  /** JSON string[] once the file's header is read. */
  headers: string | null;
  /** The last source row whose outcome is committed: a resumed job continues after it. */
  checkpoint_row: Generated<number>;
  bytes_read: Generated<number>;
  rows: Generated<number>;
  imported: Generated<number>;
  updated: Generated<number>;
  duplicates: Generated<number>;
  invalid: Generated<number>;
  dnc: Generated<number>;
  warnings: Generated<number>;
  conflicts: Generated<number>;
  error: string | null;
  error_field: string | null;
  locked_by: string | null;
  locked_until: number | null;
  attempts: Generated<number>;
  created_at: number;
  started_at: number | null;
  finished_at: number | null;
  updated_at: number;
}

export type ImportRejectKind = 'invalid' | 'duplicate' | 'warning';

export interface ImportRejectsTable {
  id: Generated<number>;
  job_id: number;
  kind: ImportRejectKind;
  row_number: number;
  field: string;
  reason: string;
  /** The existing lead a duplicate matched. */
  lead_id: number | null;
  /** JSON of the row's cells as read from the file. */
  cells: string;
  /** A stable problem code (contracts/imports.ts rowProblemCodes) and its JSON params, when it has one. */
  code: string | null;
  params: string | null;
}

export interface ImportUpdatesTable {
  id: Generated<number>;
  job_id: number;
  lead_id: number;
  row_number: number;
  /** JSON of the lead columns to set when the job finishes. */
  fields: string;
}

export interface MappingTemplatesTable {
  id: Generated<number>;
  client_id: number;
  name: string;
  mapping: string;
  created_by_user_id: number | null;
  created_at: number;
  updated_at: number;
}

export interface LeadBatchesTable {
  id: Generated<number>;
  user_id: number;
  idempotency_key: string;
  response: string;
  created_at: number;
}

export interface CampaignsTable {
  id: Generated<number>;
  client_id: number;
  name: string;
  script_id: number | null;
  qualification_form_id: number | null;
  meeting_type_id: number | null;
  calling_window: string;
  sort_keys: string;
  /** JSON LeadFilter[]. */
  filters: Generated<string>;
  /** JSON Partial<RetryPolicy>; missing keys take the defaults. */
  retry_policy: Generated<string>;
  /** JSON Partial<QueueSettings> (skip length, callback hand-over); missing keys take the defaults. */
  queue_settings: Generated<string>;
  status: string;
  created_by_user_id: number | null;
  created_at: number;
  /** Who paused the campaign and when (null while active). */
  paused_by_user_id: number | null;
  paused_at: number | null;
}

/** The setters a campaign is assigned to; none: every setter of its client. */
export interface CampaignSettersTable {
  campaign_id: number;
  user_id: number;
}

/** A campaign's change log: JSON CampaignChange[] (field, before, after). */
export interface CampaignChangesTable {
  id: Generated<number>;
  campaign_id: number;
  actor_user_id: number | null;
  changes: string;
  created_at: number;
}

/** Small per-user settings by key (e.g. 'client': the client last chosen), JSON values. */
export interface UserPreferencesTable {
  user_id: number;
  key: string;
  value: string;
  updated_at: number;
}

export interface CampaignListsTable {
  campaign_id: number;
  list_id: number;
  position: number;
}

export interface ScriptsTable {
  id: Generated<number>;
  client_id: number;
  name: string;
  /** The current (company) version; its text is also in script_versions. */
  version: number;
  mode: string;
  sections: string;
  /** 'outbound' | 'inbound' (the script for incoming calls). */
  purpose: Generated<string>;
  created_at: number;
  updated_at: number | null;
}

/** Every company version of a script, kept for history and for comparing outcomes. */
export interface ScriptVersionsTable {
  id: Generated<number>;
  script_id: number;
  version: number;
  /** JSON ScriptSection[]. */
  sections: string;
  note: string | null;
  created_by_user_id: number | null;
  created_at: number;
}

/** A setter's own wording of a personalizable script, reviewed by a manager. */
export interface ScriptVariantsTable {
  id: Generated<number>;
  script_id: number;
  client_id: number;
  user_id: number;
  /** The company version the variant was written against (the diff's left side). */
  base_version: number;
  sections: string;
  /** 'draft' | 'submitted' | 'approved' | 'rejected' | 'retired' | 'needs_rebase'. */
  status: string;
  /** JSON RebaseConflict[]: sections changed on both sides by the last rebase (migration 0013). */
  conflicts: Generated<string>;
  comment: string | null;
  review_comment: string | null;
  reviewed_by_user_id: number | null;
  reviewed_at: number | null;
  submitted_at: number | null;
  created_at: number;
  updated_at: number;
}

/** A client's business outcomes: the second level of a disposition, with what each one means. */
export interface OutcomesTable {
  id: Generated<number>;
  client_id: number;
  key: string;
  label: string;
  contact: number;
  qualified: number;
  appointment: number;
  callback: number;
  nurture: number;
  not_interested: number;
  do_not_call: number;
  requires_reason: number;
  position: number;
  active: number;
  created_at: number;
}

/** The reasons a setter picks from for an outcome that needs one (by the outcome's key). */
export interface OutcomeReasonsTable {
  id: Generated<number>;
  client_id: number;
  outcome_key: string;
  label: string;
  position: number;
  active: number;
  created_at: number;
}

export interface ObjectionsTable {
  id: Generated<number>;
  client_id: number;
  /** 'objection' | 'question' | 'fact': the library holds the product knowledge too (migration 0013). */
  kind: Generated<string>;
  title: string;
  /** JSON string[]: words a setter may type to find it. */
  keywords: string;
  /** JSON { id: string; text: string }[]. */
  responses: string;
  position: number;
  active: number;
  created_at: number;
  updated_at: number;
}

/** An objection that came up in a call, and the response used (an id inside its responses). */
export interface AttemptObjectionsTable {
  id: Generated<number>;
  client_id: number;
  attempt_id: number;
  lead_id: number;
  objection_id: number;
  response_id: string | null;
  created_at: number;
}

export interface LeadNotesTable {
  id: Generated<number>;
  client_id: number;
  lead_id: number;
  author_user_id: number;
  text: string;
  created_at: number;
}

export interface QualificationFormsTable {
  id: Generated<number>;
  client_id: number;
  name: string;
  definition: string;
  created_at: number;
}

export interface CallAttemptsTable {
  id: Generated<number>;
  client_id: number;
  lead_id: number;
  campaign_id: number | null;
  setter_id: number;
  direction: string;
  phone: string;
  started_at: number;
  duration_seconds: number;
  disposition: string;
  reason: string | null;
  notes: string | null;
  contact: number;
  created_at: number;
  /** The system call result: no_answer, busy, voicemail_left, wrong_number, disconnected, contact_made. */
  call_result: string | null;
  /** The client's business outcome (outcomes.id), when a person was reached. */
  outcome_id: number | null;
  reason_id: number | null;
  reason_text: string | null;
  /** The script and company version in front of the setter, and their approved variant if any. */
  script_id: number | null;
  script_version: number | null;
  script_variant_id: number | null;
  /** Set when the setter undid the call: it stays for the audit and counts nowhere (migration 0010). */
  undone_at: number | null;
  undone_by_user_id: number | null;
  /** The marketing source the caller named on an inbound call (migration 0017). */
  marketing_source_id: number | null;
}

/** A setter's skip of a lead: not served to them again before `until_at`. */
export interface LeadSkipsTable {
  id: Generated<number>;
  client_id: number;
  lead_id: number;
  campaign_id: number | null;
  user_id: number;
  /** 'wrong_time' | 'needs_research' | 'other', or null. */
  reason: string | null;
  note: string | null;
  skipped_at: number;
  until_at: number;
}

export interface CallbacksTable {
  id: Generated<number>;
  client_id: number;
  lead_id: number;
  campaign_id: number | null;
  owner_user_id: number | null;
  due_at: number;
  status: string;
  note: string | null;
  created_by_user_id: number;
  created_at: number;
}

export interface QualificationAnswersTable {
  id: Generated<number>;
  client_id: number;
  lead_id: number;
  form_id: number;
  attempt_id: number | null;
  setter_id: number;
  answers: string;
  score: number;
  qualified: number;
  interest: string | null;
  questions_asked: string | null;
  created_at: number;
}

export interface RepsTable {
  id: Generated<number>;
  client_id: number;
  user_id: number | null;
  name: string;
  email: string;
  time_zone: string;
  daily_max: number | null;
  active: number;
  created_at: number;
  /** JSON: { states: string[]; postalPrefixes: string[]; areaCodes: string[] } — empty means anywhere. */
  territory: Generated<string>;
  /** JSON: string[] of skills or products. */
  skills: Generated<string>;
  /** SHA-256 of the secret in the rep's iCalendar feed URL. */
  feed_token_hash: string | null;
}

export interface RepDateOverridesTable {
  id: Generated<number>;
  rep_id: number;
  local_date: string;
  /** JSON: { startLocal, endLocal }[]; [] means a day off. */
  intervals: string;
}

export interface RepTimeOffTable {
  id: Generated<number>;
  rep_id: number;
  starts_at: number;
  ends_at: number;
  reason: string | null;
}

export interface MeetingTypeRepsTable {
  meeting_type_id: number;
  rep_id: number;
}

export interface SlotHoldsTable {
  id: Generated<number>;
  rep_id: number;
  lead_id: number;
  user_id: number;
  starts_at: number;
  blocked_from: number;
  blocked_until: number;
  expires_at: number;
}

export interface MailOutboxTable {
  id: Generated<number>;
  client_id: number | null;
  appointment_id: number | null;
  /** JSON: { name?, email }[] */
  to_addresses: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  ics: string | null;
  ics_method: string | null;
  status: string;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: number;
  sent_at: number | null;
}

/** Durable background work (reminders, mail): claimed with a lock that expires, so a crash loses nothing. */
export interface JobsTable {
  id: Generated<number>;
  kind: string;
  run_at: number;
  payload: string;
  status: string;
  dedupe_key: string | null;
  locked_by: string | null;
  locked_until: number | null;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: number;
  finished_at: number | null;
}

export interface RepWorkingHoursTable {
  id: Generated<number>;
  rep_id: number;
  weekday: number;
  start_local: string;
  end_local: string;
}

export interface MeetingTypesTable {
  id: Generated<number>;
  client_id: number;
  name: string;
  duration_minutes: number;
  buffer_before_minutes: number;
  buffer_after_minutes: number;
  minimum_notice_minutes: number;
  slot_step_minutes: number;
  horizon_days: number;
  location_kinds: string;
  created_at: number;
  /** 'round_robin' (fair, least recently booked first) or 'chosen' (the setter picks the rep). */
  assignment: Generated<string>;
  /** JSON: string[] of skills a rep needs to take this meeting type. */
  required_skills: Generated<string>;
  active: Generated<number>;
}

export interface AppointmentsTable {
  id: Generated<number>;
  client_id: number;
  lead_id: number;
  rep_id: number;
  meeting_type_id: number;
  setter_id: number;
  attempt_id: number | null;
  starts_at: number;
  ends_at: number;
  /** Busy range including buffers: what no other appointment of the rep may overlap. */
  blocked_from: number;
  blocked_until: number;
  lead_time_zone: string | null;
  location_kind: string;
  location: string | null;
  status: string;
  questions_asked: string | null;
  notes: string | null;
  outcome: string | null;
  /** Unique per setter (migration 0003); `retired_idempotency_key`, always null, is not read. */
  idempotency_key: string | null;
  created_at: number;
  updated_at: number;
  /** iCalendar SEQUENCE: raised on every change the attendees must see. */
  sequence: Generated<number>;
  rescheduled_from_id: number | null;
  status_reason: string | null;
  outcome_amount_minor: number | null;
  outcome_currency: string | null;
  outcome_reason: string | null;
  self_service_token_hash: string | null;
  self_service_expires_at: number | null;
  confirmed_at: number | null;
  /** The rep's own notes on the meeting, who saved them last and when (migration 0014). */
  rep_notes: string | null;
  rep_notes_by_user_id: number | null;
  rep_notes_at: number | null;
}

export interface LeadEventsTable {
  id: Generated<number>;
  client_id: number;
  lead_id: number;
  actor_user_id: number | null;
  type: string;
  from_status: string | null;
  to_status: string | null;
  reason: string | null;
  data: string;
  created_at: number;
}

/** Every correction of a call, an appointment or a do-not-call entry: before, after, who, when, why. */
export interface CorrectionsTable {
  id: Generated<number>;
  client_id: number;
  lead_id: number;
  actor_user_id: number;
  subject: string;
  subject_id: number | null;
  action: string;
  reason: string;
  /** JSON of what the subject was and became (labels included, for the timeline). */
  before: string;
  after: string;
  from_status: string | null;
  to_status: string | null;
  created_at: number;
}

/** One stretch of one agent state (migration 0015); ended_at null while it is the current one. */
export interface AgentStateIntervalsTable {
  id: Generated<number>;
  organization_id: number;
  user_id: number;
  /** 'ready' | 'on_call' | 'wrap_up' | 'paused' (logged-out time is not stored). */
  state: string;
  reason_key: string | null;
  client_id: number | null;
  campaign_id: number | null;
  lead_id: number | null;
  started_at: number;
  ended_at: number | null;
}

/** A setter's current state, last heartbeat and pending "stop after this lead" (JSON). */
export interface AgentPresenceTable {
  user_id: number;
  organization_id: number;
  state: string;
  reason_key: string | null;
  client_id: number | null;
  campaign_id: number | null;
  lead_id: number | null;
  since: number;
  last_seen_at: number | null;
  stop_after: string | null;
  /** Bumped by every write: two changes at once never both apply. */
  version: Generated<number>;
}

export interface AgentPauseReasonsTable {
  id: Generated<number>;
  organization_id: number;
  key: string;
  label: string | null;
  active: number;
  position: number;
}

export interface AgentSettingsTable {
  organization_id: number;
  wrap_up_seconds: number;
  idle_timeout_seconds: number;
  updated_at: number;
}

export interface Database {
  organizations: OrganizationsTable;
  clients: ClientsTable;
  users: UsersTable;
  user_clients: UserClientsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  lead_lists: LeadListsTable;
  leads: LeadsTable;
  dnc_entries: DncEntriesTable;
  campaigns: CampaignsTable;
  script_versions: ScriptVersionsTable;
  script_variants: ScriptVariantsTable;
  outcomes: OutcomesTable;
  outcome_reasons: OutcomeReasonsTable;
  objections: ObjectionsTable;
  marketing_sources: MarketingSourcesTable;
  attempt_objections: AttemptObjectionsTable;
  lead_notes: LeadNotesTable;
  campaign_lists: CampaignListsTable;
  campaign_setters: CampaignSettersTable;
  campaign_changes: CampaignChangesTable;
  user_preferences: UserPreferencesTable;
  scripts: ScriptsTable;
  qualification_forms: QualificationFormsTable;
  call_attempts: CallAttemptsTable;
  lead_skips: LeadSkipsTable;
  callbacks: CallbacksTable;
  qualification_answers: QualificationAnswersTable;
  reps: RepsTable;
  rep_working_hours: RepWorkingHoursTable;
  meeting_types: MeetingTypesTable;
  appointments: AppointmentsTable;
  lead_events: LeadEventsTable;
  rep_date_overrides: RepDateOverridesTable;
  rep_time_off: RepTimeOffTable;
  meeting_type_reps: MeetingTypeRepsTable;
  slot_holds: SlotHoldsTable;
  mail_outbox: MailOutboxTable;
  jobs: JobsTable;
  import_jobs: ImportJobsTable;
  import_rejects: ImportRejectsTable;
  import_updates: ImportUpdatesTable;
  mapping_templates: MappingTemplatesTable;
  dnc_lists: DncListsTable;
  lead_batches: LeadBatchesTable;
  corrections: CorrectionsTable;
  agent_state_intervals: AgentStateIntervalsTable;
  agent_presence: AgentPresenceTable;
  agent_pause_reasons: AgentPauseReasonsTable;
  agent_settings: AgentSettingsTable;
}
