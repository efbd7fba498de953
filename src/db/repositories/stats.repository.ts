import { type Kysely, sql } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Database } from '../schema.ts';

export interface SetterCounts {
  setterId: number;
  setterName: string;
  attempts: number;
  contacts: number;
  appointmentsSet: number;
}

export function createStatsRepository(db: Kysely<Database>) {
  return {
    /** Attempts, contacts and appointments set per setter in [from, to). */
    async setterCounts(
      clientIds: readonly number[],
      from: Temporal.Instant,
      to: Temporal.Instant,
    ): Promise<SetterCounts[]> {
      if (clientIds.length === 0) return [];
      const rows = await db
        .selectFrom('call_attempts as a')
        .innerJoin('users as u', 'u.id', 'a.setter_id')
        .select((eb) => [
          'a.setter_id',
          'u.name',
          eb.fn.countAll<number>().as('attempts'),
          eb.fn.sum<number>('a.contact').as('contacts'),
          eb.fn.sum<number>(sql`case when a.disposition = 'appointment_set' then 1 else 0 end`).as('set'),
        ])
        .where('a.client_id', 'in', clientIds)
        .where('a.started_at', '>=', from.epochMilliseconds)
        .where('a.started_at', '<', to.epochMilliseconds)
        .where('a.undone_at', 'is', null)
        .groupBy(['a.setter_id', 'u.name'])
        .orderBy('u.name')
        .execute();
      return rows.map((r) => ({
        setterId: r.setter_id,
        setterName: r.name,
        attempts: Number(r.attempts),
        contacts: Number(r.contacts ?? 0),
        appointmentsSet: Number(r.set ?? 0),
      }));
    },
  };
}

export type StatsRepository = ReturnType<typeof createStatsRepository>;
