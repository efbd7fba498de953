import { type Kysely, sql, type Transaction } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { CallResult } from '../../contracts/dispositions.ts';
import type { AttemptRecord } from '../../core/leads/attempt-record.ts';
import type { Disposition, Lead } from '../../core/leads/lead.ts';
import type { LeadWriter } from '../../core/leads/lead-writer.ts';
import { toJson } from '../json.ts';
import type { Database } from '../schema.ts';
import { latestQualifications } from './latest-qualifications.ts';
import { leadRowToLead } from './lead-mapping.ts';
import { insertAttemptObjections } from './objections.repository.ts';

export interface LeadEventRecord {
  id: number;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  actorName: string | null;
  createdAt: Temporal.Instant;
}

const instant = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms);

/** The writes that follow a disposition, bound to one transaction. */
export function createLeadWriter(
  trx: Transaction<Database> | Kysely<Database>,
  organizationId: () => Promise<number>,
): LeadWriter {
  return {
    async insertAttempt(a) {
      const d = a.details;
      const row = await trx
        .insertInto('call_attempts')
        .values({
          client_id: a.clientId,
          lead_id: a.leadId,
          campaign_id: a.campaignId,
          setter_id: a.setterId,
          direction: a.direction ?? 'outbound',
          phone: a.phone,
          started_at: a.startedAt.epochMilliseconds,
          duration_seconds: a.durationSeconds,
          disposition: a.disposition,
          reason: a.reason,
          notes: a.notes,
          contact: a.contact ? 1 : 0,
          created_at: a.now.epochMilliseconds,
          call_result: d?.callResult ?? null,
          outcome_id: d?.outcomeId ?? null,
          reason_id: d?.reasonId ?? null,
          reason_text: d?.reasonText ?? null,
          script_id: d?.scriptId ?? null,
          script_version: d?.scriptVersion ?? null,
          script_variant_id: d?.scriptVariantId ?? null,
          marketing_source_id: a.marketingSourceId ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (a.marketingSourceId) await attributeLeadSource(trx, a.leadId, a.marketingSourceId);
      return row.id;
    },

    insertAttemptObjections: (entry) => insertAttemptObjections(trx, entry),

    async closePendingCallbacks(leadId) {
      await trx
        .updateTable('callbacks')
        .set({ status: 'done' })
        .where('lead_id', '=', leadId)
        .where('status', '=', 'pending')
        .execute();
    },

    async insertCallback(c) {
      const row = await trx
        .insertInto('callbacks')
        .values({
          client_id: c.clientId,
          lead_id: c.leadId,
          campaign_id: c.campaignId,
          owner_user_id: c.ownerUserId,
          due_at: c.dueAt.epochMilliseconds,
          status: 'pending',
          note: c.note,
          created_by_user_id: c.createdByUserId,
          created_at: c.now.epochMilliseconds,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async insertQualification(q) {
      await trx
        .insertInto('qualification_answers')
        .values({
          client_id: q.clientId,
          lead_id: q.leadId,
          form_id: q.formId,
          attempt_id: q.attemptId,
          setter_id: q.setterId,
          answers: toJson(q.answers),
          score: q.score,
          qualified: q.qualified ? 1 : 0,
          interest: q.interest,
          questions_asked: q.questionsAsked,
          created_at: q.now.epochMilliseconds,
        })
        .execute();
      await trx.updateTable('leads').set({ score: q.score }).where('id', '=', q.leadId).execute();
    },

    async insertDnc(entry) {
      const orgId = await organizationId();
      const phones = [...new Set(entry.phones)];
      if (phones.length === 0) return;
      await trx
        .insertInto('dnc_entries')
        .values(
          phones.map((phone) => ({
            organization_id: orgId,
            client_id: entry.clientId,
            phone,
            source: entry.source,
            created_by_user_id: entry.userId,
            created_at: entry.now.epochMilliseconds,
          })),
        )
        .execute();
    },

    async updateLeadAfterAttempt(leadId, change) {
      const now = change.now.epochMilliseconds;
      // One statement: the new status and retry time, and the lease given back — the caller's own,
      // or one that lapsed; a do-not-call ends anyone's. A lease another setter holds now stays.
      const released = change.releaseAnyLease
        ? sql<boolean>`1 = 1`
        : sql<boolean>`(lease_user_id = ${change.actorUserId} or lease_expires_at <= ${now})`;
      await trx
        .updateTable('leads')
        .set((eb) => ({
          status: change.status,
          next_call_at: change.nextCallAt.epochMilliseconds,
          last_attempt_at: change.lastAttemptAt.epochMilliseconds,
          attempt_count: eb('attempt_count', '+', 1),
          updated_at: now,
          lease_user_id: sql<number | null>`case when ${released} then null else lease_user_id end`,
          lease_expires_at: sql<number | null>`case when ${released} then null else lease_expires_at end`,
        }))
        .where('id', '=', leadId)
        .execute();
    },

    async insertEvent(e) {
      await trx
        .insertInto('lead_events')
        .values({
          client_id: e.clientId,
          lead_id: e.leadId,
          actor_user_id: e.actorUserId,
          type: e.type,
          from_status: e.fromStatus,
          to_status: e.toStatus,
          reason: e.reason,
          data: toJson(e.data),
          created_at: e.now.epochMilliseconds,
        })
        .execute();
    },
  };
}

export function createLeadsRepository(db: Kysely<Database>) {
  return {
    async findLead(id: number): Promise<Lead | undefined> {
      const row = await db.selectFrom('leads').selectAll().where('id', '=', id).executeTakeFirst();
      return row && leadRowToLead(row);
    },

    async attempts(leadId: number): Promise<AttemptRecord[]> {
      const rows = await db
        .selectFrom('call_attempts')
        .innerJoin('users', 'users.id', 'call_attempts.setter_id')
        .leftJoin('outcomes', 'outcomes.id', 'call_attempts.outcome_id')
        .selectAll('call_attempts')
        .select(['users.name as setter_name', 'outcomes.label as outcome_label'])
        .where('lead_id', '=', leadId)
        // An undone call stays for the audit (the corrections) and counts nowhere.
        .where('call_attempts.undone_at', 'is', null)
        .orderBy('started_at', 'desc')
        .orderBy('call_attempts.id', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        leadId: r.lead_id,
        campaignId: r.campaign_id,
        setterId: r.setter_id,
        setterName: r.setter_name,
        startedAt: instant(r.started_at),
        durationSeconds: r.duration_seconds,
        disposition: r.disposition as Disposition,
        reason: r.reason,
        notes: r.notes,
        callResult: r.call_result as CallResult | null,
        outcomeId: r.outcome_id,
        outcomeLabel: r.outcome_label,
        scriptVersion: r.script_version,
      }));
    },

    async events(leadId: number): Promise<LeadEventRecord[]> {
      const rows = await db
        .selectFrom('lead_events')
        .leftJoin('users', 'users.id', 'lead_events.actor_user_id')
        .selectAll('lead_events')
        .select('users.name as actor_name')
        .where('lead_id', '=', leadId)
        .orderBy('lead_events.created_at', 'desc')
        .orderBy('lead_events.id', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        type: r.type,
        fromStatus: r.from_status,
        toStatus: r.to_status,
        reason: r.reason,
        actorName: r.actor_name,
        createdAt: instant(r.created_at),
      }));
    },

    /** Extends the actor's lease, or takes a lapsed one back if nobody else holds it; false otherwise. */
    async renewLease(leadId: number, userId: number, now: number, until: number): Promise<boolean> {
      const result = await db
        .updateTable('leads')
        .set({ lease_user_id: userId, lease_expires_at: until })
        .where('id', '=', leadId)
        .where((eb) =>
          eb.or([
            eb('lease_user_id', '=', userId),
            eb('lease_user_id', 'is', null),
            eb('lease_expires_at', '<=', now),
          ]),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async releaseLease(leadId: number, userId: number): Promise<void> {
      await db
        .updateTable('leads')
        .set({ lease_user_id: null, lease_expires_at: null })
        .where('id', '=', leadId)
        .where('lease_user_id', '=', userId)
        .execute();
    },

    /** The leads of these ids, by id, in one query. */
    async findLeads(ids: readonly number[]): Promise<Map<number, Lead>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('leads')
        .selectAll()
        .where('id', 'in', [...new Set(ids)])
        .execute();
      return new Map(rows.map((row) => [row.id, leadRowToLead(row)]));
    },

    latestQualifications: (leadIds: readonly number[]) => latestQualifications(db, leadIds),

    /** A script's client and current version, as a logged call checks the script it names. */
    async findScriptOwner(id: number): Promise<{ clientId: number; version: number } | undefined> {
      const row = await db
        .selectFrom('scripts')
        .select(['client_id', 'version'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row && { clientId: row.client_id, version: row.version };
    },

    async hasScriptVersion(scriptId: number, version: number): Promise<boolean> {
      const row = await db
        .selectFrom('script_versions')
        .select('id')
        .where('script_id', '=', scriptId)
        .where('version', '=', version)
        .executeTakeFirst();
      return row !== undefined;
    },

    async findScriptVariantOwner(id: number): Promise<{ scriptId: number; userId: number } | undefined> {
      const row = await db
        .selectFrom('script_variants')
        .select(['script_id', 'user_id'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row && { scriptId: row.script_id, userId: row.user_id };
    },
  };
}

export type LeadsRepository = ReturnType<typeof createLeadsRepository>;

/** First touch: the lead keeps the first marketing source it named; later calls keep their own. */
export async function attributeLeadSource(
  trx: Transaction<Database> | Kysely<Database>,
  leadId: number,
  sourceId: number,
): Promise<void> {
  await trx
    .updateTable('leads')
    .set({ marketing_source_id: sourceId })
    .where('id', '=', leadId)
    .where('marketing_source_id', 'is', null)
    .execute();
}
