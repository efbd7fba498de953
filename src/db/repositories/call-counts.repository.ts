import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Database } from '../schema.ts';

/** Calls per phone number, whatever client or campaign made them (state call caps). */
export function createCallCountsRepository(db: Kysely<Database>) {
  return {
    async callsSince(phones: string[], since: Temporal.Instant): Promise<Map<string, number>> {
      const unique = [...new Set(phones)];
      if (unique.length === 0) return new Map();
      const rows = await db
        .selectFrom('call_attempts')
        .select((eb) => ['phone', eb.fn.countAll<number>().as('calls')])
        .where('phone', 'in', unique)
        .where('started_at', '>=', since.epochMilliseconds)
        .groupBy('phone')
        .execute();
      return new Map(rows.map((r) => [r.phone, Number(r.calls)]));
    },
  };
}
