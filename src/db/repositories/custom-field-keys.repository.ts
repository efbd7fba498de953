import type { Kysely } from 'kysely';
import { parseJson } from '../json.ts';
import type { Database } from '../schema.ts';

/** Recent leads read for their keys: enough to know a client's fields, cheap with a million leads. */
const sampledLeads = 2000;
/** Recent imports whose mappings name keys (a key only an old file used is still offered). */
const sampledImports = 50;

const customTargets = (mapping: Record<string, string>): string[] =>
  Object.values(mapping)
    .filter((target) => target.startsWith('custom:') && target.length > 'custom:'.length)
    .map((target) => target.slice('custom:'.length));

/**
 * The custom-field keys a client's leads use, most used first: read from the client's most
 * recent leads, its saved mapping templates and its recent imports' mappings (see
 * docs/decisions/0016-import-report.md).
 */
export function createCustomFieldKeysRepository(db: Kysely<Database>) {
  return {
    async keysOf(clientId: number): Promise<string[]> {
      const [leads, templates, jobs] = await Promise.all([
        db
          .selectFrom('leads')
          .select('custom_fields')
          .where('client_id', '=', clientId)
          .where('custom_fields', '!=', '{}')
          .orderBy('id', 'desc')
          .limit(sampledLeads)
          .execute(),
        db.selectFrom('mapping_templates').select('mapping').where('client_id', '=', clientId).execute(),
        db
          .selectFrom('import_jobs')
          .select('options')
          .where('client_id', '=', clientId)
          .where('dry_run', '=', 0)
          .where('status', '=', 'done')
          .orderBy('id', 'desc')
          .limit(sampledImports)
          .execute(),
      ]);
      const uses = new Map<string, number>();
      const count = (key: string, weight: number) => uses.set(key, (uses.get(key) ?? 0) + weight);
      for (const row of leads) {
        for (const key of Object.keys(parseJson<Record<string, unknown>>(row.custom_fields, {})))
          count(key, 1);
      }
      for (const row of templates) for (const key of customTargets(parseJson(row.mapping, {}))) count(key, 0);
      for (const row of jobs) {
        const options = parseJson<{ mapping?: Record<string, string> }>(row.options, {});
        for (const key of customTargets(options.mapping ?? {})) count(key, 0);
      }
      return [...uses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key);
    },
  };
}

export type CustomFieldKeysRepository = ReturnType<typeof createCustomFieldKeysRepository>;
