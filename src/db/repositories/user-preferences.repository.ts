import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import { parseJson, toJson } from '../json.ts';
import type { Database } from '../schema.ts';

/** Small per-user settings, one row per key, JSON values (the client last chosen: key 'client'). */
export function createUserPreferencesRepository(db: Kysely<Database>) {
  return {
    async findPreference<T>(userId: number, key: string): Promise<T | undefined> {
      const row = await db
        .selectFrom('user_preferences')
        .select('value')
        .where('user_id', '=', userId)
        .where('key', '=', key)
        .executeTakeFirst();
      return row ? parseJson<T | undefined>(row.value, undefined) : undefined;
    },

    async savePreference(userId: number, key: string, value: unknown, now: Temporal.Instant): Promise<void> {
      const values = { user_id: userId, key, value: toJson(value), updated_at: now.epochMilliseconds };
      await db
        .insertInto('user_preferences')
        .values(values)
        .onConflict((oc) =>
          oc.columns(['user_id', 'key']).doUpdateSet({ value: values.value, updated_at: values.updated_at }),
        )
        .execute();
    },
  };
}

export type UserPreferencesRepository = ReturnType<typeof createUserPreferencesRepository>;
