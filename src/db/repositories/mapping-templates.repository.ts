import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { parseJson, toJson } from '../json.ts';
import type { Database } from '../schema.ts';

export interface MappingTemplate {
  id: number;
  clientId: number;
  name: string;
  mapping: Record<string, string>;
  updatedAt: Temporal.Instant;
}

/** Saved column mappings per client, found again by name (saving a name twice replaces it). */
export function createMappingTemplatesRepository(db: Kysely<Database>) {
  const read = (r: { id: number; client_id: number; name: string; mapping: string; updated_at: number }) => ({
    id: r.id,
    clientId: r.client_id,
    name: r.name,
    mapping: parseJson<Record<string, string>>(r.mapping, {}),
    updatedAt: Temporal.Instant.fromEpochMilliseconds(r.updated_at),
  });
  return {
    async list(clientId: number): Promise<MappingTemplate[]> {
      const rows = await db
        .selectFrom('mapping_templates')
        .selectAll()
        .where('client_id', '=', clientId)
        .orderBy('name')
        .execute();
      return rows.map(read);
    },

    async find(id: number): Promise<MappingTemplate | undefined> {
      const row = await db
        .selectFrom('mapping_templates')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? read(row) : undefined;
    },

    async save(
      clientId: number,
      name: string,
      mapping: Record<string, string>,
      userId: number | null,
      now: Temporal.Instant,
    ): Promise<MappingTemplate> {
      const at = now.epochMilliseconds;
      const row = await db
        .insertInto('mapping_templates')
        .values({
          client_id: clientId,
          name,
          mapping: toJson(mapping),
          created_by_user_id: userId,
          created_at: at,
          updated_at: at,
        })
        .onConflict((oc) =>
          oc.columns(['client_id', 'name']).doUpdateSet({ mapping: toJson(mapping), updated_at: at }),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      return read(row);
    },

    async remove(id: number): Promise<void> {
      await db.deleteFrom('mapping_templates').where('id', '=', id).execute();
    },
  };
}
