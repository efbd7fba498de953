import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { CalendarRange, RepExceptions } from '../../core/appointments/find-slots-for-lead.ts';
import { liveAppointmentStatuses } from '../../core/appointments/rep.ts';
import type { NewSlotHold } from '../../core/appointments/slot-hold.ts';
import type { BookedInterval, LocalInterval } from '../../core/scheduling/availability.ts';
import type { RepLoad } from '../../core/scheduling/choose-rep.ts';
import type { DialectName } from '../create-database.ts';
import { lockForUpdate } from '../dialect.ts';
import { parseJson } from '../json.ts';
import type { Database } from '../schema.ts';

const instant = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms);
const live = [...liveAppointmentStatuses];

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

/** What the slot finder and round-robin read of reps' calendars. */
export function createCalendarReads(db: Kysely<Database>) {
  /** Live appointments whose blocked range (their own buffers included) touches [from, to). */
  async function busyIntervals(
    repIds: number[],
    from: Temporal.Instant,
    to: Temporal.Instant,
  ): Promise<Map<number, BookedInterval[]>> {
    const busy = new Map<number, BookedInterval[]>();
    if (repIds.length === 0) return busy;
    const rows = await db
      .selectFrom('appointments')
      .select(['rep_id', 'starts_at', 'ends_at', 'blocked_from', 'blocked_until'])
      .where('rep_id', 'in', repIds)
      .where('status', 'in', live)
      .where('blocked_until', '>', from.epochMilliseconds)
      .where('blocked_from', '<', to.epochMilliseconds)
      .execute();
    for (const [repId, group] of groupBy(rows, (r) => r.rep_id)) {
      busy.set(
        repId,
        group.map((r) => {
          const startsAt = instant(r.starts_at);
          const endsAt = instant(r.ends_at);
          // The blocked range is given only where buffers widen it: hundreds of bookings per
          // search, and each instant costs microseconds to build.
          return {
            startsAt,
            endsAt,
            blockedFrom: r.blocked_from === r.starts_at ? startsAt : instant(r.blocked_from),
            blockedUntil: r.blocked_until === r.ends_at ? endsAt : instant(r.blocked_until),
          };
        }),
      );
    }
    return busy;
  }

  return {
    busyIntervals,

    /** Time off, date overrides and others' live holds of the reps over the range. */
    async repExceptions(repIds: number[], range: CalendarRange): Promise<Map<number, RepExceptions>> {
      const exceptions = new Map<number, RepExceptions>();
      if (repIds.length === 0) return exceptions;
      const fromMs = range.from.epochMilliseconds;
      const toMs = range.to.epochMilliseconds;
      // Local dates of any zone within the range: a day of slack on each side.
      const day = (ms: number, days: number) =>
        instant(ms).toZonedDateTimeISO('UTC').toPlainDate().add({ days }).toString();
      const [timeOff, overrides, holds] = await Promise.all([
        db
          .selectFrom('rep_time_off')
          .select(['rep_id', 'starts_at', 'ends_at'])
          .where('rep_id', 'in', repIds)
          .where('ends_at', '>', fromMs)
          .where('starts_at', '<', toMs)
          .execute(),
        db
          .selectFrom('rep_date_overrides')
          .select(['rep_id', 'local_date', 'intervals'])
          .where('rep_id', 'in', repIds)
          .where('local_date', '>=', day(fromMs, -1))
          .where('local_date', '<=', day(toMs, 1))
          .execute(),
        db
          .selectFrom('slot_holds')
          .select(['rep_id', 'blocked_from', 'blocked_until'])
          .where('rep_id', 'in', repIds)
          .where('expires_at', '>', range.now.epochMilliseconds)
          .where('user_id', '<>', range.exceptHoldsOf)
          .where('blocked_until', '>', fromMs)
          .where('blocked_from', '<', toMs)
          .execute(),
      ]);
      const of = (repId: number): RepExceptions => {
        const existing = exceptions.get(repId);
        if (existing) return existing;
        const fresh: RepExceptions = { timeOff: [], held: [], dateOverrides: new Map() };
        exceptions.set(repId, fresh);
        return fresh;
      };
      for (const t of timeOff)
        of(t.rep_id).timeOff.push({ startsAt: instant(t.starts_at), endsAt: instant(t.ends_at) });
      for (const o of overrides)
        of(o.rep_id).dateOverrides.set(o.local_date, parseJson<LocalInterval[]>(o.intervals, []));
      for (const h of holds)
        of(h.rep_id).held.push({ startsAt: instant(h.blocked_from), endsAt: instant(h.blocked_until) });
      return exceptions;
    },

    async recentLoads(repIds: number[], since: Temporal.Instant): Promise<Map<number, RepLoad>> {
      if (repIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('appointments')
        .select((eb) => ['rep_id', eb.fn.countAll<number>().as('count'), eb.fn.max('created_at').as('last')])
        .where('rep_id', 'in', repIds)
        .where('created_at', '>=', since.epochMilliseconds)
        .groupBy('rep_id')
        .execute();
      return new Map(
        rows.map((r) => [
          r.rep_id,
          { bookedCount: Number(r.count), lastBookedAt: r.last === null ? null : instant(Number(r.last)) },
        ]),
      );
    },
  };
}

/** Short holds on a slot while a setter confirms the details. */
export function createSlotHolds(db: Kysely<Database>, dialect: DialectName) {
  return {
    async placeHold(hold: NewSlotHold): Promise<number | undefined> {
      return db.transaction().execute(async (trx) => {
        // Serializes holds and bookings of the rep (a row lock on PostgreSQL; SQLite's write lock).
        await lockForUpdate(
          dialect,
          trx.selectFrom('reps').select('id').where('id', '=', hold.repId),
        ).execute();
        const nowMs = hold.now.epochMilliseconds;
        await trx
          .deleteFrom('slot_holds')
          .where('rep_id', '=', hold.repId)
          .where('expires_at', '<=', nowMs)
          .execute();
        const from = hold.blockedFrom.epochMilliseconds;
        const until = hold.blockedUntil.epochMilliseconds;
        const clash =
          (await trx
            .selectFrom('appointments')
            .select('id')
            .where('rep_id', '=', hold.repId)
            .where('status', 'in', live)
            .where('blocked_from', '<', until)
            .where('blocked_until', '>', from)
            .executeTakeFirst()) ??
          (await trx
            .selectFrom('slot_holds')
            .select('id')
            .where('rep_id', '=', hold.repId)
            .where('user_id', '<>', hold.userId)
            .where('blocked_from', '<', until)
            .where('blocked_until', '>', from)
            .executeTakeFirst());
        if (clash) return undefined;
        await trx
          .deleteFrom('slot_holds')
          .where('user_id', '=', hold.userId)
          .where('lead_id', '=', hold.leadId)
          .execute();
        const row = await trx
          .insertInto('slot_holds')
          .values({
            rep_id: hold.repId,
            lead_id: hold.leadId,
            user_id: hold.userId,
            starts_at: hold.startsAt.epochMilliseconds,
            blocked_from: from,
            blocked_until: until,
            expires_at: hold.expiresAt.epochMilliseconds,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return row.id;
      });
    },

    async releaseHolds(userId: number, leadId: number): Promise<void> {
      await db.deleteFrom('slot_holds').where('user_id', '=', userId).where('lead_id', '=', leadId).execute();
    },
  };
}
