import type { Kysely } from 'kysely';
import type { RepNotesStore } from '../../core/appointments/rep-notes.ts';
import { toJson } from '../json.ts';
import type { Database } from '../schema.ts';

/** The rep's own notes on an appointment (migration 0014), each saved version in the lead's events. */
export function createRepNotesRepository(db: Kysely<Database>): RepNotesStore {
  return {
    async findTarget(appointmentId) {
      const row = await db
        .selectFrom('appointments as a')
        .innerJoin('reps as r', 'r.id', 'a.rep_id')
        .select(['a.id', 'a.client_id', 'a.lead_id', 'r.user_id'])
        .where('a.id', '=', appointmentId)
        .executeTakeFirst();
      return row && { id: row.id, clientId: row.client_id, leadId: row.lead_id, repUserId: row.user_id };
    },

    async saveNotes(target, notes) {
      const at = notes.at.epochMilliseconds;
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('appointments')
          .set({ rep_notes: notes.text, rep_notes_by_user_id: notes.byUserId, rep_notes_at: at })
          .where('id', '=', target.id)
          .execute();
        await trx
          .insertInto('lead_events')
          .values({
            client_id: target.clientId,
            lead_id: target.leadId,
            actor_user_id: notes.byUserId,
            type: 'rep_notes_saved',
            from_status: null,
            to_status: null,
            reason: null,
            data: toJson({ appointmentId: target.id, text: notes.text }),
            created_at: at,
          })
          .execute();
      });
    },
  };
}
