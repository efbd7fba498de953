import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { AppointmentNotice } from '../../core/appointments/appointment-ports.ts';
import type { Database } from '../schema.ts';
import { findNotices } from './appointment-rows.ts';

export interface FeedRep {
  id: number;
  clientId: number;
  userId: number | null;
  name: string;
  timeZone: string;
}

/** A rep's secret iCalendar feed: the hash of its secret on the rep, and the appointments it lists. */
export function createCalendarFeedRepository(db: Kysely<Database>) {
  const selectRep = () => db.selectFrom('reps').select(['id', 'client_id', 'user_id', 'name', 'time_zone']);
  const toRep = (r: {
    id: number;
    client_id: number;
    user_id: number | null;
    name: string;
    time_zone: string;
  }) => ({
    id: r.id,
    clientId: r.client_id,
    userId: r.user_id,
    name: r.name,
    timeZone: r.time_zone,
  });
  return {
    async findRep(id: number): Promise<FeedRep | undefined> {
      const row = await selectRep().where('id', '=', id).executeTakeFirst();
      return row && toRep(row);
    },

    async findRepByFeedTokenHash(hash: string): Promise<FeedRep | undefined> {
      const row = await selectRep().where('feed_token_hash', '=', hash).executeTakeFirst();
      return row && toRep(row);
    },

    /** Stores the hash of a new feed secret; the old URL stops working. */
    async setFeedTokenHash(repId: number, hash: string): Promise<void> {
      await db.updateTable('reps').set({ feed_token_hash: hash }).where('id', '=', repId).execute();
    },

    /**
     * The rep's appointments ending after `from`, earliest first. A rescheduled appointment is left
     * out: the appointment it moved to carries the same UID, so calendars move the event.
     */
    async feedAppointments(repId: number, from: Temporal.Instant): Promise<AppointmentNotice[]> {
      const notices = await findNotices(db, { repId, endsAfter: from, limit: 2000 });
      return notices.filter((n) => n.appointment.status !== 'rescheduled');
    },
  };
}

export type CalendarFeedRepository = ReturnType<typeof createCalendarFeedRepository>;
