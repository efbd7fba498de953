import type { Kysely } from 'kysely';
import type { IntakePort } from '../../core/lead-import/intake-leads.ts';
import { leadColumns, leadValues, updateAssignments } from '../bulk/import-rows.ts';
import { toJson } from '../json.ts';
import type { Database } from '../schema.ts';

/** Stores leads that arrive through the API, web forms and inbound calls (see intakeLeads). */
export function createIntakeRepository(
  db: Kysely<Database>,
  lookups: Pick<IntakePort, 'findExisting' | 'dncPhones'>,
): IntakePort {
  return {
    ...lookups,
    async apply(input) {
      const at = input.now.epochMilliseconds;
      return db.transaction().execute(async (trx) => {
        const existing = await trx
          .selectFrom('lead_lists')
          .select('id')
          .where('client_id', '=', input.client.id)
          .where('name', '=', input.listName)
          .where('status', '=', 'ready')
          .orderBy('id')
          .executeTakeFirst();
        const listId =
          existing?.id ??
          (
            await trx
              .insertInto('lead_lists')
              .values({
                client_id: input.client.id,
                name: input.listName,
                source: input.source,
                row_count: 0,
                created_by_user_id: input.userId,
                created_at: at,
              })
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id;
        const insertedIds: number[] = [];
        const target = { clientId: input.client.id, listId, source: input.source, hot: input.hot };
        for (const lead of input.inserts) {
          const values = leadValues(lead, target, at);
          const row = Object.fromEntries(leadColumns.map((column, i) => [column, values[i]]));
          const inserted = await trx
            .insertInto('leads')
            .values(row as never)
            .returning('id')
            .executeTakeFirstOrThrow();
          insertedIds.push(inserted.id);
        }
        for (const update of input.updates) {
          await trx
            .updateTable('leads')
            .set({
              ...updateAssignments(toJson({ changes: update.changes, place: update.place })),
              updated_at: at,
            })
            .where('id', '=', update.leadId)
            .execute();
        }
        if (input.hotLeadIds.length > 0) {
          await trx
            .updateTable('leads')
            .set({ hot: 1, next_call_at: at, updated_at: at })
            .where('id', 'in', input.hotLeadIds)
            .execute();
        }
        if (input.inserts.length > 0) {
          await trx
            .updateTable('lead_lists')
            .set((eb) => ({ row_count: eb('row_count', '+', input.inserts.length) }))
            .where('id', '=', listId)
            .execute();
        }
        return { listId, insertedIds };
      });
    },
  };
}
