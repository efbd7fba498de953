import type { Kysely, Selectable } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import {
  type RebaseConflict,
  type ScriptSection,
  type ScriptVariant,
  type VariantStatus,
  variantStatuses,
} from '../../core/scripts/script.ts';
import type { VariantWrite } from '../../core/scripts/script-ports.ts';
import { openVariantStatuses, variantInUseStatuses } from '../../core/scripts/variant-rules.ts';
import type { DialectName } from '../create-database.ts';
import { lockForUpdate } from '../dialect.ts';
import { parseJson, toJson } from '../json.ts';
import type { Database } from '../schema.ts';

/** A variant with what a reviewer reads beside it: names, the script's current version, the base text. */
export interface ScriptVariantView extends ScriptVariant {
  scriptName: string;
  userName: string;
  reviewedByName: string | null;
  currentVersion: number;
  /** The company version the variant was written against: the left side of its diff. */
  baseSections: ScriptSection[];
}

export interface VariantFilter {
  clientIds: readonly number[];
  scriptId?: number;
  /** Only this setter's variants (a setter never lists anyone else's). */
  userId?: number;
  status?: VariantStatus;
}

const instant = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms);
const instantOrNull = (ms: number | null) => (ms === null ? null : instant(ms));
const isVariantStatus = (value: string): value is VariantStatus =>
  (variantStatuses as readonly string[]).includes(value);

function variantRowToVariant(row: Selectable<Database['script_variants']>): ScriptVariant {
  return {
    id: row.id,
    scriptId: row.script_id,
    clientId: row.client_id,
    userId: row.user_id,
    baseVersion: row.base_version,
    sections: parseJson<ScriptSection[]>(row.sections, []),
    status: isVariantStatus(row.status) ? row.status : 'draft',
    conflicts: parseJson<RebaseConflict[]>(row.conflicts, []),
    comment: row.comment,
    reviewComment: row.review_comment,
    reviewedByUserId: row.reviewed_by_user_id,
    reviewedAt: instantOrNull(row.reviewed_at),
    submittedAt: instantOrNull(row.submitted_at),
    updatedAt: instant(row.updated_at),
  };
}

/** Setters' personal variants of scripts and their review. */
export function createScriptVariantsRepository(db: Kysely<Database>, dialect: DialectName) {
  const writeValues = (write: VariantWrite, now: Temporal.Instant) => ({
    sections: toJson(write.sections),
    comment: write.comment,
    base_version: write.baseVersion,
    status: write.status,
    submitted_at: write.submittedAt?.epochMilliseconds ?? null,
    updated_at: now.epochMilliseconds,
  });

  /** Adds names, the current version and the base text to variants, in two queries for any number. */
  async function withViews(rows: Selectable<Database['script_variants']>[]): Promise<ScriptVariantView[]> {
    if (rows.length === 0) return [];
    const scriptIds = [...new Set(rows.map((r) => r.script_id))];
    const userIds = [...new Set(rows.flatMap((r) => [r.user_id, r.reviewed_by_user_id ?? r.user_id]))];
    const [scripts, users, bases] = await Promise.all([
      db.selectFrom('scripts').select(['id', 'name', 'version']).where('id', 'in', scriptIds).execute(),
      db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute(),
      db
        .selectFrom('script_versions')
        .select(['script_id', 'version', 'sections'])
        .where('script_id', 'in', scriptIds)
        .where('version', 'in', [...new Set(rows.map((r) => r.base_version))])
        .execute(),
    ]);
    const scriptOf = new Map(scripts.map((s) => [s.id, s]));
    const nameOf = new Map(users.map((u) => [u.id, u.name]));
    const baseOf = new Map(bases.map((b) => [`${b.script_id}:${b.version}`, b.sections]));
    return rows.map((row) => ({
      ...variantRowToVariant(row),
      scriptName: scriptOf.get(row.script_id)?.name ?? '',
      userName: nameOf.get(row.user_id) ?? '',
      reviewedByName: row.reviewed_by_user_id === null ? null : (nameOf.get(row.reviewed_by_user_id) ?? null),
      currentVersion: scriptOf.get(row.script_id)?.version ?? row.base_version,
      baseSections: parseJson<ScriptSection[]>(baseOf.get(`${row.script_id}:${row.base_version}`), []),
    }));
  }

  return {
    async findVariant(id: number): Promise<ScriptVariant | undefined> {
      const row = await db.selectFrom('script_variants').selectAll().where('id', '=', id).executeTakeFirst();
      return row && variantRowToVariant(row);
    },

    async findVariantView(id: number): Promise<ScriptVariantView | undefined> {
      const rows = await db.selectFrom('script_variants').selectAll().where('id', '=', id).execute();
      return (await withViews(rows))[0];
    },

    /** Variants matching the filter, the most recently changed first. */
    async listVariants(filter: VariantFilter): Promise<ScriptVariantView[]> {
      if (filter.clientIds.length === 0) return [];
      let query = db.selectFrom('script_variants').selectAll().where('client_id', 'in', filter.clientIds);
      if (filter.scriptId !== undefined) query = query.where('script_id', '=', filter.scriptId);
      if (filter.userId !== undefined) query = query.where('user_id', '=', filter.userId);
      if (filter.status !== undefined) query = query.where('status', '=', filter.status);
      return withViews(await query.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(500).execute());
    },

    /** The setter's variant in use for a script, if one is approved (or waiting for its rebase review). */
    async findApprovedVariant(scriptId: number, userId: number): Promise<ScriptVariant | undefined> {
      const row = await db
        .selectFrom('script_variants')
        .selectAll()
        .where('script_id', '=', scriptId)
        .where('user_id', '=', userId)
        .where('status', 'in', [...variantInUseStatuses])
        .orderBy('id', 'desc')
        .executeTakeFirst();
      return row && variantRowToVariant(row);
    },

    /** Submitted variants of a script waiting for review; of one setter only when given. */
    async countSubmitted(scriptId: number, userId?: number): Promise<number> {
      let query = db
        .selectFrom('script_variants')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('script_id', '=', scriptId)
        .where('status', '=', 'submitted');
      if (userId !== undefined) query = query.where('user_id', '=', userId);
      return Number((await query.executeTakeFirst())?.n ?? 0);
    },

    async saveOpenVariant(
      target: { scriptId: number; clientId: number; userId: number },
      decide: (open: ScriptVariant | undefined) => VariantWrite,
      now: Temporal.Instant,
    ): Promise<number> {
      return db.transaction().execute(async (trx) => {
        // The script's row serializes saves per script, so a setter never ends up with two open variants.
        await lockForUpdate(
          dialect,
          trx.selectFrom('scripts').select('id').where('id', '=', target.scriptId),
        ).executeTakeFirst();
        const openRow = await trx
          .selectFrom('script_variants')
          .selectAll()
          .where('script_id', '=', target.scriptId)
          .where('user_id', '=', target.userId)
          .where('status', 'in', [...openVariantStatuses])
          .orderBy('id', 'desc')
          .executeTakeFirst();
        const write = decide(openRow && variantRowToVariant(openRow));
        if (openRow) {
          await trx
            .updateTable('script_variants')
            .set(writeValues(write, now))
            .where('id', '=', openRow.id)
            .execute();
          return openRow.id;
        }
        const inserted = await trx
          .insertInto('script_variants')
          .values({
            ...writeValues(write, now),
            script_id: target.scriptId,
            client_id: target.clientId,
            user_id: target.userId,
            created_at: now.epochMilliseconds,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return inserted.id;
      });
    },

    async moveVariant(
      id: number,
      from: VariantStatus,
      to: {
        status: VariantStatus;
        submittedAt?: Temporal.Instant;
        reviewComment?: string | null;
        reviewedByUserId?: number;
      },
      now: Temporal.Instant,
    ): Promise<boolean> {
      const result = await db
        .updateTable('script_variants')
        .set({
          status: to.status,
          updated_at: now.epochMilliseconds,
          ...(to.submittedAt ? { submitted_at: to.submittedAt.epochMilliseconds } : {}),
          ...(to.reviewedByUserId !== undefined
            ? {
                reviewed_by_user_id: to.reviewedByUserId,
                reviewed_at: now.epochMilliseconds,
                review_comment: to.reviewComment ?? null,
              }
            : {}),
        })
        .where('id', '=', id)
        .where('status', '=', from)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async approveVariant(
      variant: Pick<ScriptVariant, 'id' | 'scriptId' | 'userId' | 'status'>,
      reviewerUserId: number,
      comment: string | null,
      now: Temporal.Instant,
      sections?: ScriptSection[],
    ): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const approved = await trx
          .updateTable('script_variants')
          .set({
            status: 'approved',
            conflicts: '[]',
            ...(sections ? { sections: toJson(sections) } : {}),
            review_comment: comment,
            reviewed_by_user_id: reviewerUserId,
            reviewed_at: now.epochMilliseconds,
            updated_at: now.epochMilliseconds,
          })
          .where('id', '=', variant.id)
          .where('status', '=', variant.status === 'needs_rebase' ? 'needs_rebase' : 'submitted')
          .executeTakeFirst();
        if (Number(approved.numUpdatedRows) !== 1) return false;
        await trx
          .updateTable('script_variants')
          .set({ status: 'retired', updated_at: now.epochMilliseconds })
          .where('script_id', '=', variant.scriptId)
          .where('user_id', '=', variant.userId)
          .where('status', 'in', [...variantInUseStatuses])
          .where('id', '!=', variant.id)
          .execute();
        return true;
      });
    },
  };
}

export type ScriptVariantsRepository = ReturnType<typeof createScriptVariantsRepository>;
