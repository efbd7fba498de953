import type { Kysely, Selectable } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import {
  isAssignmentPolicy,
  type MeetingTypeDetail,
  type MeetingTypeFields,
} from '../../core/appointments/meeting-type-detail.ts';
import {
  type CallingWindowPolicy,
  defaultCallingWindow,
} from '../../core/calling-hours/calling-window-policy.ts';
import {
  type Campaign,
  defaultSortKeys,
  type LeadFilter,
  type SortKey,
} from '../../core/campaigns/campaign.ts';
import type {
  LeadList,
  LocationKind,
  MeetingType,
  Script,
  StoredQualificationForm,
} from '../../core/campaigns/catalog.ts';
import { defaultQueueSettings, type QueueSettings } from '../../core/lead-queue/queue-settings.ts';
import { defaultRetryPolicy, type RetryPolicy } from '../../core/leads/retry-policy.ts';
import type { QualificationForm } from '../../core/qualification/qualification-form.ts';
import type { ScriptPurpose, StoredScript } from '../../core/scripts/script.ts';
import type { DialectName } from '../create-database.ts';
import { numberArrayFrom, numbersOf } from '../dialect.ts';
import { parseJson, toJson } from '../json.ts';
import type { Database } from '../schema.ts';
import { type CampaignExtras, loadCampaignExtras } from './campaign-extras.ts';
import { scriptRowToScript } from './scripts.repository.ts';

export interface NewCampaign {
  clientId: number;
  name: string;
  listIds: number[];
  scriptId: number | null;
  qualificationFormId: number | null;
  meetingTypeId: number | null;
  callingWindow: CallingWindowPolicy;
  sortKeys: SortKey[];
  filters: LeadFilter[];
  retryPolicy?: RetryPolicy;
  createdByUserId: number | null;
}

const instant = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms);

const formRowToForm = (r: Selectable<Database['qualification_forms']>): StoredQualificationForm => ({
  id: r.id,
  clientId: r.client_id,
  name: r.name,
  ...parseJson<QualificationForm>(r.definition, { questions: [], threshold: 100 }),
});

export function createCatalogRepository(db: Kysely<Database>, dialect: DialectName) {
  async function campaignListIds(campaignIds: number[]): Promise<Map<number, number[]>> {
    const byCampaign = new Map<number, number[]>();
    if (campaignIds.length === 0) return byCampaign;
    const rows = await db
      .selectFrom('campaign_lists')
      .selectAll()
      .where('campaign_id', 'in', campaignIds)
      .orderBy('position')
      .execute();
    for (const row of rows)
      byCampaign.set(row.campaign_id, [...(byCampaign.get(row.campaign_id) ?? []), row.list_id]);
    return byCampaign;
  }

  function campaignRowToCampaign(
    row: Selectable<Database['campaigns']>,
    listIds: number[],
    extras: CampaignExtras | undefined,
  ): Campaign {
    return {
      id: row.id,
      clientId: row.client_id,
      name: row.name,
      status: row.status === 'paused' ? 'paused' : 'active',
      listIds,
      scriptId: row.script_id,
      qualificationFormId: row.qualification_form_id,
      meetingTypeId: row.meeting_type_id,
      callingWindow: {
        ...defaultCallingWindow,
        ...parseJson<Partial<CallingWindowPolicy>>(row.calling_window, {}),
      },
      sortKeys: parseJson<SortKey[]>(row.sort_keys, defaultSortKeys),
      filters: parseJson<LeadFilter[]>(row.filters, []),
      retryPolicy: { ...defaultRetryPolicy, ...parseJson<Partial<RetryPolicy>>(row.retry_policy, {}) },
      queueSettings: {
        ...defaultQueueSettings,
        ...parseJson<Partial<QueueSettings>>(row.queue_settings, {}),
      },
      createdAt: instant(row.created_at),
      setterIds: extras?.setterIds ?? [],
      paused: extras?.paused ?? null,
    };
  }

  async function withRepIds(rows: Selectable<Database['meeting_types']>[]): Promise<MeetingTypeDetail[]> {
    if (rows.length === 0) return [];
    const links = await db
      .selectFrom('meeting_type_reps')
      .selectAll()
      .where(
        'meeting_type_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('rep_id')
      .execute();
    const repIdsOf = new Map<number, number[]>();
    for (const link of links)
      repIdsOf.set(link.meeting_type_id, [...(repIdsOf.get(link.meeting_type_id) ?? []), link.rep_id]);
    return rows.map((r) => ({
      id: r.id,
      clientId: r.client_id,
      name: r.name,
      durationMinutes: r.duration_minutes,
      bufferBeforeMinutes: r.buffer_before_minutes,
      bufferAfterMinutes: r.buffer_after_minutes,
      minimumNoticeMinutes: r.minimum_notice_minutes,
      slotStepMinutes: r.slot_step_minutes,
      horizonDays: r.horizon_days,
      locationKinds: parseJson<LocationKind[]>(r.location_kinds, ['phone']),
      assignment: isAssignmentPolicy(r.assignment) ? r.assignment : 'round_robin',
      requiredSkills: parseJson<string[]>(r.required_skills, []),
      repIds: repIdsOf.get(r.id) ?? [],
      active: r.active === 1,
    }));
  }

  const meetingTypeValues = (type: Omit<MeetingType, 'id'> & Partial<MeetingTypeFields>) => ({
    client_id: type.clientId,
    name: type.name,
    duration_minutes: type.durationMinutes,
    buffer_before_minutes: type.bufferBeforeMinutes,
    buffer_after_minutes: type.bufferAfterMinutes,
    minimum_notice_minutes: type.minimumNoticeMinutes,
    slot_step_minutes: type.slotStepMinutes,
    horizon_days: type.horizonDays,
    location_kinds: toJson(type.locationKinds),
    assignment: type.assignment ?? 'round_robin',
    required_skills: toJson(type.requiredSkills ?? []),
    active: type.active === false ? 0 : 1,
  });

  async function insertMeetingType(
    type: Omit<MeetingType, 'id'> & Partial<MeetingTypeFields>,
    now: Temporal.Instant,
  ): Promise<number> {
    return db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('meeting_types')
        .values({ ...meetingTypeValues(type), created_at: now.epochMilliseconds })
        .returning('id')
        .executeTakeFirstOrThrow();
      const repIds = type.repIds ?? [];
      if (repIds.length > 0) {
        await trx
          .insertInto('meeting_type_reps')
          .values(repIds.map((repId) => ({ meeting_type_id: row.id, rep_id: repId })))
          .execute();
      }
      return row.id;
    });
  }

  return {
    async listLists(clientIds: readonly number[]): Promise<LeadList[]> {
      if (clientIds.length === 0) return [];
      const rows = await db
        .selectFrom('lead_lists')
        .selectAll()
        .where('client_id', 'in', clientIds)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        clientId: r.client_id,
        name: r.name,
        source: r.source,
        rowCount: r.row_count,
        status: r.status,
        createdAt: instant(r.created_at),
      }));
    },

    /** The owning client of each id of one kind of catalog item (lists: only lists done importing). */
    async ownerClients(
      kind: 'list' | 'script' | 'form' | 'meetingType',
      ids: number[],
    ): Promise<Map<number, number>> {
      if (ids.length === 0) return new Map();
      const table = (
        {
          list: 'lead_lists',
          script: 'scripts',
          form: 'qualification_forms',
          meetingType: 'meeting_types',
        } as const
      )[kind];
      if (kind === 'list') {
        const lists = await db
          .selectFrom('lead_lists')
          .select(['id', 'client_id'])
          .where('id', 'in', ids)
          .where('status', '=', 'ready')
          .execute();
        return new Map(lists.map((r) => [r.id, r.client_id]));
      }
      const rows = await db.selectFrom(table).select(['id', 'client_id']).where('id', 'in', ids).execute();
      return new Map(rows.map((r) => [r.id, r.client_id]));
    },

    /** Scripts of these clients by name; only outbound or only inbound ones when asked. */
    async listScripts(clientIds: readonly number[], purpose?: ScriptPurpose): Promise<StoredScript[]> {
      if (clientIds.length === 0) return [];
      let query = db.selectFrom('scripts').selectAll().where('client_id', 'in', clientIds);
      if (purpose !== undefined) query = query.where('purpose', '=', purpose);
      const rows = await query.orderBy('name').orderBy('id').execute();
      return rows.map(scriptRowToScript);
    },

    /** A new script and its first recorded version, together. */
    async createScript(
      script: Omit<Script, 'id' | 'version'> & { purpose?: ScriptPurpose; createdByUserId?: number | null },
      now: number,
    ): Promise<number> {
      const sections = toJson(script.sections);
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('scripts')
          .values({
            client_id: script.clientId,
            name: script.name,
            version: 1,
            mode: script.mode,
            purpose: script.purpose ?? 'outbound',
            sections,
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('script_versions')
          .values({
            script_id: row.id,
            version: 1,
            sections,
            note: null,
            created_by_user_id: script.createdByUserId ?? null,
            created_at: now,
          })
          .execute();
        return row.id;
      });
    },

    async listForms(clientIds: readonly number[]): Promise<StoredQualificationForm[]> {
      if (clientIds.length === 0) return [];
      const rows = await db
        .selectFrom('qualification_forms')
        .selectAll()
        .where('client_id', 'in', clientIds)
        .orderBy('name')
        .execute();
      return rows.map(formRowToForm);
    },

    async findForm(id: number): Promise<StoredQualificationForm | undefined> {
      const row = await db
        .selectFrom('qualification_forms')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && formRowToForm(row);
    },

    async createForm(form: Omit<StoredQualificationForm, 'id'>, now: number): Promise<number> {
      const row = await db
        .insertInto('qualification_forms')
        .values({
          client_id: form.clientId,
          name: form.name,
          definition: toJson({ questions: form.questions, threshold: form.threshold }),
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /**
     * Replaces a form's name and definition in place: campaigns point at the form by id, so the
     * next call uses the new questions, while answers already stored keep the score they got.
     */
    async updateForm(id: number, form: Pick<StoredQualificationForm, 'name' | 'questions' | 'threshold'>) {
      await db
        .updateTable('qualification_forms')
        .set({
          name: form.name,
          definition: toJson({ questions: form.questions, threshold: form.threshold }),
        })
        .where('id', '=', id)
        .execute();
    },

    /** Meeting types of these clients, active or not, with the reps who take them; by name. */
    async listMeetingTypes(clientIds: readonly number[]): Promise<MeetingTypeDetail[]> {
      if (clientIds.length === 0) return [];
      const rows = await db
        .selectFrom('meeting_types')
        .selectAll()
        .where('client_id', 'in', clientIds)
        .orderBy('name')
        .execute();
      return withRepIds(rows);
    },

    async findMeetingType(id: number): Promise<MeetingTypeDetail | undefined> {
      const rows = await db.selectFrom('meeting_types').selectAll().where('id', '=', id).execute();
      const [type] = await withRepIds(rows);
      return type;
    },

    /** The demo seed's way to add a meeting type: round-robin over every rep unless told otherwise. */
    async createMeetingType(
      type: Omit<MeetingType, 'id'> & Partial<MeetingTypeFields>,
      now: number,
    ): Promise<number> {
      return insertMeetingType(type, Temporal.Instant.fromEpochMilliseconds(now));
    },

    insertMeetingType,

    async updateMeetingType(id: number, type: MeetingTypeFields): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('meeting_types').set(meetingTypeValues(type)).where('id', '=', id).execute();
        await trx.deleteFrom('meeting_type_reps').where('meeting_type_id', '=', id).execute();
        if (type.repIds.length > 0) {
          await trx
            .insertInto('meeting_type_reps')
            .values(type.repIds.map((repId) => ({ meeting_type_id: id, rep_id: repId })))
            .execute();
        }
      });
    },

    async listCampaigns(clientIds: readonly number[]): Promise<Campaign[]> {
      if (clientIds.length === 0) return [];
      const rows = await db
        .selectFrom('campaigns')
        .selectAll()
        .where('client_id', 'in', clientIds)
        .orderBy('created_at', 'desc')
        .execute();
      const [lists, extras] = await Promise.all([
        campaignListIds(rows.map((r) => r.id)),
        loadCampaignExtras(db, rows),
      ]);
      return rows.map((r) => campaignRowToCampaign(r, lists.get(r.id) ?? [], extras.get(r.id)));
    },

    /** A campaign with its lists, setters and who paused it: one statement, on the hot path of every claim. */
    async findCampaign(id: number): Promise<Campaign | undefined> {
      const row = await db
        .selectFrom('campaigns')
        .leftJoin('users as pauser', 'pauser.id', 'campaigns.paused_by_user_id')
        .selectAll('campaigns')
        .select((eb) => [
          'pauser.name as paused_by_name',
          numberArrayFrom(
            dialect,
            eb
              .selectFrom('campaign_lists')
              .select('campaign_lists.list_id')
              .whereRef('campaign_lists.campaign_id', '=', 'campaigns.id')
              .orderBy('campaign_lists.position'),
            'list_id',
          ).as('list_ids'),
          numberArrayFrom(
            dialect,
            eb
              .selectFrom('campaign_setters')
              .select('campaign_setters.user_id')
              .whereRef('campaign_setters.campaign_id', '=', 'campaigns.id')
              .orderBy('campaign_setters.user_id'),
            'user_id',
          ).as('setter_ids'),
        ])
        .where('campaigns.id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      const { paused_by_name, list_ids, setter_ids, ...campaign } = row;
      return campaignRowToCampaign(campaign, numbersOf(list_ids), {
        setterIds: numbersOf(setter_ids),
        paused:
          campaign.status === 'paused'
            ? {
                byUserId: campaign.paused_by_user_id,
                byName: paused_by_name ?? '',
                at: instant(campaign.paused_at ?? 0),
              }
            : null,
      });
    },

    async insertCampaign(campaign: NewCampaign, now: Temporal.Instant): Promise<number> {
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('campaigns')
          .values({
            client_id: campaign.clientId,
            name: campaign.name,
            script_id: campaign.scriptId,
            qualification_form_id: campaign.qualificationFormId,
            meeting_type_id: campaign.meetingTypeId,
            calling_window: toJson(campaign.callingWindow),
            sort_keys: toJson(campaign.sortKeys),
            filters: toJson(campaign.filters),
            retry_policy: toJson(campaign.retryPolicy ?? defaultRetryPolicy),
            status: 'active',
            created_by_user_id: campaign.createdByUserId,
            created_at: now.epochMilliseconds,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('campaign_lists')
          .values(
            campaign.listIds.map((listId, position) => ({ campaign_id: row.id, list_id: listId, position })),
          )
          .execute();
        return row.id;
      });
    },
  };
}

export type CatalogRepository = ReturnType<typeof createCatalogRepository>;
