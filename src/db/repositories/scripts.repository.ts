import { type Kysely, type Selectable, sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { VariantCarried, VariantInUse } from '../../core/scripts/rebase-variant.ts';
import type { ScriptSection, StoredScript } from '../../core/scripts/script.ts';
import type { ScriptChange } from '../../core/scripts/script-ports.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { DialectName } from '../create-database.ts';
import { isUniqueViolation, lockForUpdate } from '../dialect.ts';
import { parseJson, toJson } from '../json.ts';
import type { Database } from '../schema.ts';
import { carryVariantsInUse } from './variant-rebase.ts';

/** One recorded company version of a script. */
export interface ScriptVersion {
  scriptId: number;
  version: number;
  sections: ScriptSection[];
  note: string | null;
  createdByName: string | null;
  createdAt: Temporal.Instant;
}

/** Calls made with one version of a script (and one approved variant, or none) and how they ended. */
export interface ScriptOutcomeRow {
  version: number;
  variantId: number | null;
  variantOwner: string | null;
  calls: number;
  contacts: number;
  qualified: number;
  appointments: number;
}

export function scriptRowToScript(row: Selectable<Database['scripts']>): StoredScript {
  return {
    id: row.id,
    clientId: row.client_id,
    name: row.name,
    mode: row.mode === 'personalizable' ? 'personalizable' : 'verbatim',
    purpose: row.purpose === 'inbound' ? 'inbound' : 'outbound',
    version: row.version,
    sections: parseJson<ScriptSection[]>(row.sections, []),
  };
}

/** Scripts, their company versions and the calls made with each version. */
export function createScriptsRepository(db: Kysely<Database>, dialect: DialectName) {
  const versions = () =>
    db
      .selectFrom('script_versions as v')
      .leftJoin('users as u', 'u.id', 'v.created_by_user_id')
      .select([
        'v.script_id',
        'v.version',
        'v.sections',
        'v.note',
        'v.created_at',
        'u.name as created_by_name',
      ]);
  type VersionRow = Awaited<ReturnType<ReturnType<typeof versions>['execute']>>[number];
  const versionRowToVersion = (row: VersionRow): ScriptVersion => ({
    scriptId: row.script_id,
    version: row.version,
    sections: parseJson<ScriptSection[]>(row.sections, []),
    note: row.note,
    createdByName: row.created_by_name,
    createdAt: Temporal.Instant.fromEpochMilliseconds(row.created_at),
  });

  return {
    async findScript(id: number): Promise<StoredScript | undefined> {
      const row = await db.selectFrom('scripts').selectAll().where('id', '=', id).executeTakeFirst();
      return row && scriptRowToScript(row);
    },

    /** Every version of a script, newest first. */
    async listVersions(scriptId: number): Promise<ScriptVersion[]> {
      const rows = await versions()
        .where('v.script_id', '=', scriptId)
        .orderBy('v.version', 'desc')
        .execute();
      return rows.map(versionRowToVersion);
    },

    async findVersion(scriptId: number, version: number): Promise<ScriptVersion | undefined> {
      const row = await versions()
        .where('v.script_id', '=', scriptId)
        .where('v.version', '=', version)
        .executeTakeFirst();
      return row && versionRowToVersion(row);
    },

    async saveVersion(
      scriptId: number,
      change: ScriptChange,
      userId: number,
      now: Temporal.Instant,
      carry: (variant: VariantInUse, open: boolean) => VariantCarried,
    ): Promise<number> {
      try {
        return await db.transaction().execute(async (trx) => {
          const current = await lockForUpdate(
            dialect,
            trx.selectFrom('scripts').select('version').where('id', '=', scriptId),
          ).executeTakeFirstOrThrow();
          const version = current.version + 1;
          const sections = toJson(change.sections);
          await trx
            .insertInto('script_versions')
            .values({
              script_id: scriptId,
              version,
              sections,
              note: change.note,
              created_by_user_id: userId,
              created_at: now.epochMilliseconds,
            })
            .execute();
          await trx
            .updateTable('scripts')
            .set({
              version,
              sections,
              name: change.name,
              mode: change.mode,
              purpose: change.purpose,
              updated_at: now.epochMilliseconds,
            })
            .where('id', '=', scriptId)
            .execute();
          await carryVariantsInUse(trx, scriptId, version, carry, now);
          return version;
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        throw new AppError('CONFLICT', {
          message: 'Someone saved this script a moment ago: reload it and apply your changes again',
          cause: error,
        });
      }
    },

    async updateScriptFields(
      scriptId: number,
      fields: Pick<ScriptChange, 'name' | 'mode' | 'purpose'>,
      now: Temporal.Instant,
    ): Promise<void> {
      await db
        .updateTable('scripts')
        .set({
          name: fields.name,
          mode: fields.mode,
          purpose: fields.purpose,
          updated_at: now.epochMilliseconds,
        })
        .where('id', '=', scriptId)
        .execute();
    },

    /**
     * Calls logged with the script, by company version and approved variant: contacts reached,
     * appointments set, and qualified calls (the outcome counts as qualified, or the call's
     * qualification answers did).
     */
    async outcomes(scriptId: number): Promise<ScriptOutcomeRow[]> {
      const rows = await db
        .selectFrom('call_attempts as a')
        .leftJoin('outcomes as o', 'o.id', 'a.outcome_id')
        .leftJoin('script_variants as sv', 'sv.id', 'a.script_variant_id')
        .leftJoin('users as u', 'u.id', 'sv.user_id')
        .select((eb) => [
          'a.script_version',
          'a.script_variant_id',
          'u.name as variant_owner',
          eb.fn.countAll<number>().as('calls'),
          eb.fn.sum<number>('a.contact').as('contacts'),
          eb.fn
            .sum<number>(sql`case when a.disposition = 'appointment_set' then 1 else 0 end`)
            .as('appointments'),
          eb.fn
            .sum<number>(
              sql`case when o.qualified = 1 or exists (select 1 from qualification_answers q
                where q.attempt_id = a.id and q.qualified = 1) then 1 else 0 end`,
            )
            .as('qualified'),
        ])
        .where('a.script_id', '=', scriptId)
        .where('a.script_version', 'is not', null)
        .where('a.undone_at', 'is', null)
        .groupBy(['a.script_version', 'a.script_variant_id', 'u.name'])
        .execute();
      const items = rows.map((r) => ({
        version: Number(r.script_version),
        variantId: r.script_variant_id,
        variantOwner: r.variant_owner,
        calls: Number(r.calls),
        contacts: Number(r.contacts ?? 0),
        qualified: Number(r.qualified ?? 0),
        appointments: Number(r.appointments ?? 0),
      }));
      // Newest version first; within one, the company text (no variant) before the variants.
      return items.sort((a, b) => b.version - a.version || (a.variantId ?? 0) - (b.variantId ?? 0));
    },
  };
}

export type ScriptsRepository = ReturnType<typeof createScriptsRepository>;
