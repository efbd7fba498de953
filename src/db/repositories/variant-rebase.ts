import type { Kysely, Transaction } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { VariantCarried, VariantInUse } from '../../core/scripts/rebase-variant.ts';
import type { RebaseConflict, ScriptSection, VariantStatus } from '../../core/scripts/script.ts';
import { openVariantStatuses, variantInUseStatuses } from '../../core/scripts/variant-rules.ts';
import { parseJson, toJson } from '../json.ts';
import type { Database } from '../schema.ts';

/**
 * Inside a company save: every variant of the script read on calls or still open (draft,
 * submitted, rejected) is carried onto the new version (as `carry` decides) and stamped with it. Three statements whatever the number of
 * variants read, one update per variant.
 */
export async function carryVariantsInUse(
  trx: Transaction<Database> | Kysely<Database>,
  scriptId: number,
  version: number,
  carry: (variant: VariantInUse, open: boolean) => VariantCarried,
  now: Temporal.Instant,
): Promise<number> {
  const rows = await trx
    .selectFrom('script_variants')
    .select(['id', 'status', 'base_version', 'sections', 'conflicts'])
    .where('script_id', '=', scriptId)
    .where('status', 'in', [...variantInUseStatuses, ...openVariantStatuses])
    .execute();
  if (rows.length === 0) return 0;
  const bases = await trx
    .selectFrom('script_versions')
    .select(['version', 'sections'])
    .where('script_id', '=', scriptId)
    .where('version', 'in', [...new Set(rows.map((r) => r.base_version))])
    .execute();
  const baseOf = new Map(bases.map((b) => [b.version, parseJson<ScriptSection[]>(b.sections, [])]));
  for (const row of rows) {
    const open = openVariantStatuses.includes(row.status as VariantStatus);
    const carried = carry(
      {
        sections: parseJson<ScriptSection[]>(row.sections, []),
        baseSections: baseOf.get(row.base_version) ?? [],
        conflicts: parseJson<RebaseConflict[]>(row.conflicts, []),
      },
      open,
    );
    await trx
      .updateTable('script_variants')
      .set({
        sections: toJson(carried.sections),
        conflicts: toJson(carried.conflicts),
        ...(carried.status === 'open' ? {} : { status: carried.status }),
        base_version: version,
        updated_at: now.epochMilliseconds,
      })
      .where('id', '=', row.id)
      .execute();
  }
  return rows.length;
}
