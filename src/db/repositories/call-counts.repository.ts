import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { dialectOfDb, inTextList } from '../dialect.ts';
import type { Database } from '../schema.ts';

/** Calls per phone number, whatever client or campaign made them (state call caps). */
export function createCallCountsRepository(db: Kysely<Database>) {
  const dialect = dialectOfDb(db);
  return {
    async callsSince(phones: string[], since: Temporal.Instant): Promise<Map<string, number>> {
      const unique = [...new Set(phones)];
      if (unique.length === 0) return new Map();
      const rows = await db
        .selectFrom('call_attempts')
        .select((eb) => ['phone', eb.fn.countAll<number>().as('calls')])
        .where(inTextList(dialect, 'phone', unique))
        .where('started_at', '>=', since.epochMilliseconds)
        // An undone call (a wrong key taken back) counts nowhere.
        .where('undone_at', 'is', null)
        .groupBy('phone')
        .execute();
      return new Map(rows.map((r) => [r.phone, Number(r.calls)]));
    },

    async lastContactsSince(
      phones: string[],
      since: Temporal.Instant,
    ): Promise<Map<string, Temporal.Instant>> {
      const unique = [...new Set(phones)];
      if (unique.length === 0) return new Map();
      const rows = await db
        .selectFrom('call_attempts')
        .select((eb) => ['phone', eb.fn.max<number>('started_at').as('last')])
        .where(inTextList(dialect, 'phone', unique))
        .where('started_at', '>=', since.epochMilliseconds)
        // An undone call (a wrong key taken back) counts nowhere.
        .where('undone_at', 'is', null)
        .where('contact', '=', 1)
        // A person who asked to be called back wants the next call: their callback (and its
        // retries when it rings out) is not held back.
        .where('disposition', '<>', 'call_back')
        .groupBy('phone')
        .execute();
      return new Map(rows.map((r) => [r.phone, Temporal.Instant.fromEpochMilliseconds(Number(r.last))]));
    },
  };
}
