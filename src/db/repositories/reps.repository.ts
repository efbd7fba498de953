import type { Kysely, Selectable } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { Rep, RepDateOverride, RepDetail, RepFields, RepTimeOff } from '../../core/appointments/rep.ts';
import type { RepStore } from '../../core/appointments/rep-store.ts';
import type { LocalInterval, WeeklyInterval } from '../../core/scheduling/availability.ts';
import { anywhere, type Territory } from '../../core/scheduling/rep-eligibility.ts';
import type { DialectName } from '../create-database.ts';
import { parseJson, toJson } from '../json.ts';
import type { Database } from '../schema.ts';
import { createCalendarReads, createSlotHolds } from './rep-calendars.repository.ts';

const instant = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms);
/** A rep as the demo seed and older callers create one: territory and skills default to none. */
export type NewRep = Omit<RepFields, 'active' | 'territory' | 'skills'> &
  Partial<Pick<RepFields, 'active' | 'territory' | 'skills'>>;

function repRowToRep(row: Selectable<Database['reps']>, weeklyHours: WeeklyInterval[]): Rep {
  const territory = parseJson<Partial<Territory>>(row.territory, {});
  return {
    id: row.id,
    clientId: row.client_id,
    userId: row.user_id,
    name: row.name,
    email: row.email,
    timeZone: row.time_zone,
    dailyMax: row.daily_max,
    active: row.active === 1,
    weeklyHours,
    territory: { ...anywhere, ...territory },
    skills: parseJson<string[]>(row.skills, []),
  };
}

const groupBy = <T, K>(items: T[], key: (item: T) => K): Map<K, T[]> => {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

/** Reps, their weekly hours and the exceptions to them; the reads the slot finder needs; holds. */
export function createRepsRepository(db: Kysely<Database>, dialect: DialectName) {
  async function repsWithHours(rows: Selectable<Database['reps']>[]): Promise<Rep[]> {
    if (rows.length === 0) return [];
    const hours = await db
      .selectFrom('rep_working_hours')
      .selectAll()
      .where(
        'rep_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('weekday')
      .orderBy('start_local')
      .execute();
    const byRep = groupBy(hours, (h) => h.rep_id);
    return rows.map((row) =>
      repRowToRep(
        row,
        (byRep.get(row.id) ?? []).map((h) => ({
          weekday: h.weekday,
          startLocal: h.start_local,
          endLocal: h.end_local,
        })),
      ),
    );
  }

  /** The exceptions still ahead: overrides from yesterday on (any zone), time off not yet over. */
  async function withExceptions(reps: Rep[], now: Temporal.Instant): Promise<RepDetail[]> {
    if (reps.length === 0) return [];
    const ids = reps.map((r) => r.id);
    const yesterday = now.toZonedDateTimeISO('UTC').toPlainDate().subtract({ days: 1 }).toString();
    const [overrides, timeOff] = await Promise.all([
      db
        .selectFrom('rep_date_overrides')
        .selectAll()
        .where('rep_id', 'in', ids)
        .where('local_date', '>=', yesterday)
        .orderBy('local_date')
        .execute(),
      db
        .selectFrom('rep_time_off')
        .selectAll()
        .where('rep_id', 'in', ids)
        .where('ends_at', '>', now.epochMilliseconds)
        .orderBy('starts_at')
        .execute(),
    ]);
    const overridesOf = groupBy(overrides, (o) => o.rep_id);
    const timeOffOf = groupBy(timeOff, (t) => t.rep_id);
    return reps.map((rep) => ({
      ...rep,
      overrides: (overridesOf.get(rep.id) ?? []).map(
        (o): RepDateOverride => ({
          localDate: o.local_date,
          intervals: parseJson<LocalInterval[]>(o.intervals, []),
        }),
      ),
      timeOff: (timeOffOf.get(rep.id) ?? []).map(
        (t): RepTimeOff => ({
          id: t.id,
          repId: t.rep_id,
          startsAt: instant(t.starts_at),
          endsAt: instant(t.ends_at),
          reason: t.reason,
        }),
      ),
    }));
  }

  const repValues = (rep: NewRep) => ({
    client_id: rep.clientId,
    user_id: rep.userId,
    name: rep.name,
    email: rep.email,
    time_zone: rep.timeZone,
    daily_max: rep.dailyMax,
    active: rep.active === false ? 0 : 1,
    territory: toJson(rep.territory ?? anywhere),
    skills: toJson(rep.skills ?? []),
  });
  const hoursValues = (repId: number, hours: WeeklyInterval[]) =>
    hours.map((h) => ({
      rep_id: repId,
      weekday: h.weekday,
      start_local: h.startLocal,
      end_local: h.endLocal,
    }));

  async function insertRep(rep: NewRep, now: Temporal.Instant): Promise<number> {
    return db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('reps')
        .values({ ...repValues(rep), created_at: now.epochMilliseconds })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (rep.weeklyHours.length > 0) {
        await trx.insertInto('rep_working_hours').values(hoursValues(row.id, rep.weeklyHours)).execute();
      }
      return row.id;
    });
  }

  const store: RepStore = {
    async findRep(id, now) {
      const rows = await db.selectFrom('reps').selectAll().where('id', '=', id).execute();
      const [rep] = await withExceptions(await repsWithHours(rows), now);
      return rep;
    },
    insertRep,
    async updateRep(id, rep) {
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('reps').set(repValues(rep)).where('id', '=', id).execute();
        await trx.deleteFrom('rep_working_hours').where('rep_id', '=', id).execute();
        if (rep.weeklyHours.length > 0) {
          await trx.insertInto('rep_working_hours').values(hoursValues(id, rep.weeklyHours)).execute();
        }
      });
    },
    async isUserOfOrganization(userId, organizationId) {
      const row = await db
        .selectFrom('users')
        .select('id')
        .where('id', '=', userId)
        .where('organization_id', '=', organizationId)
        .executeTakeFirst();
      return row !== undefined;
    },
    async addTimeOff(repId, timeOff) {
      const row = await db
        .insertInto('rep_time_off')
        .values({
          rep_id: repId,
          starts_at: timeOff.startsAt.epochMilliseconds,
          ends_at: timeOff.endsAt.epochMilliseconds,
          reason: timeOff.reason,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async deleteTimeOff(repId, timeOffId) {
      const result = await db
        .deleteFrom('rep_time_off')
        .where('id', '=', timeOffId)
        .where('rep_id', '=', repId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async saveDateOverride(repId, localDate, intervals) {
      // Delete and insert rather than an upsert: one statement shape on both dialects.
      await db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('rep_date_overrides')
          .where('rep_id', '=', repId)
          .where('local_date', '=', localDate)
          .execute();
        await trx
          .insertInto('rep_date_overrides')
          .values({ rep_id: repId, local_date: localDate, intervals: toJson(intervals) })
          .execute();
      });
    },
    async deleteDateOverride(repId, localDate) {
      const result = await db
        .deleteFrom('rep_date_overrides')
        .where('rep_id', '=', repId)
        .where('local_date', '=', localDate)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };

  return {
    ...store,

    /** Every rep of these clients, active or not, with the exceptions still ahead; by name. */
    async listReps(clientIds: readonly number[], now: Temporal.Instant): Promise<RepDetail[]> {
      if (clientIds.length === 0) return [];
      const rows = await db
        .selectFrom('reps')
        .selectAll()
        .where('client_id', 'in', clientIds)
        .orderBy('name')
        .orderBy('id')
        .execute();
      return withExceptions(await repsWithHours(rows), now);
    },

    async activeReps(clientId: number): Promise<Rep[]> {
      const rows = await db
        .selectFrom('reps')
        .selectAll()
        .where('client_id', '=', clientId)
        .where('active', '=', 1)
        .orderBy('id')
        .execute();
      return repsWithHours(rows);
    },

    /** The demo seed's and older callers' way to add a rep. */
    createRep: insertRep,

    async repClients(repIds: number[]): Promise<Map<number, number>> {
      if (repIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('reps')
        .select(['id', 'client_id'])
        .where('id', 'in', repIds)
        .execute();
      return new Map(rows.map((r) => [r.id, r.client_id]));
    },

    async leadOwnerRepId(leadId: number): Promise<number | null> {
      const row = await db
        .selectFrom('leads')
        .select('owner_rep_id')
        .where('id', '=', leadId)
        .executeTakeFirst();
      return row?.owner_rep_id ?? null;
    },

    ...createCalendarReads(db),
    ...createSlotHolds(db, dialect),
  };
}

export type RepsRepository = ReturnType<typeof createRepsRepository>;
