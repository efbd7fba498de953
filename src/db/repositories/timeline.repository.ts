import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import { leadCreatedEventType } from '../../core/timeline/event-items.ts';
import type { LeadTimelinePort } from '../../core/timeline/lead-timeline.ts';
import { toJson } from '../json.ts';
import type { Database } from '../schema.ts';
import { correctionsOfLead } from './corrections.repository.ts';
import { createTimelineReads, instant } from './timeline-reads.ts';

/**
 * The lead's timeline: the lead's origin (its list and who made it) and every source table read by
 * the lead's id through an index (see createTimelineReads); notes written by the lead's id too.
 */
export function createTimelineRepository(db: Kysely<Database>): LeadTimelinePort {
  const { attempts, objections, events, notes, qualifications, callbacks, appointments } =
    createTimelineReads(db);

  return {
    async leadClientId(leadId) {
      const row = await db
        .selectFrom('leads')
        .select('client_id')
        .where('id', '=', leadId)
        .executeTakeFirst();
      return row?.client_id;
    },

    async sources(leadId) {
      const origin = await db
        .selectFrom('leads as l')
        .leftJoin('lead_lists as ll', 'll.id', 'l.list_id')
        .leftJoin('users as u', 'u.id', 'll.created_by_user_id')
        .select(['l.id', 'l.client_id', 'l.created_at', 'l.source', 'l.hot', 'l.list_id'])
        .select(['ll.name as list_name', 'll.source as list_source', 'u.name as list_creator_name'])
        .where('l.id', '=', leadId)
        .executeTakeFirst();
      if (!origin) return undefined;
      const [[calls, raised], logged, written, answered, promised, booked] = await Promise.all([
        attempts(leadId).then(async (found) => [found, await objections(found.map((a) => a.id))] as const),
        events(leadId),
        notes(leadId),
        qualifications(leadId),
        callbacks(leadId),
        appointments(leadId),
      ]);
      return {
        origin: {
          leadId: origin.id,
          clientId: origin.client_id,
          createdAt: instant(origin.created_at),
          source: origin.source,
          hot: origin.hot === 1,
          listId: origin.list_id,
          listName: origin.list_name,
          listSource: origin.list_source,
          listCreatorName: origin.list_creator_name,
        },
        attempts: calls,
        objections: raised,
        events: logged,
        notes: written,
        qualifications: answered,
        callbacks: promised,
        appointments: booked,
        corrections: (await correctionsOfLead(db, leadId)).map(({ leadId: _leadId, ...c }) => c),
      };
    },

    async insertNote(note) {
      const row = await db
        .insertInto('lead_notes')
        .values({
          client_id: note.clientId,
          lead_id: note.leadId,
          author_user_id: note.authorUserId,
          text: note.text,
          created_at: note.now.epochMilliseconds,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
  };
}

/** Records who created a lead by hand (an inbound call): shared lists do not tell it. */
export async function recordLeadCreated(
  db: Kysely<Database>,
  lead: { clientId: number; leadId: number; userId: number; now: Temporal.Instant },
): Promise<void> {
  await db
    .insertInto('lead_events')
    .values({
      client_id: lead.clientId,
      lead_id: lead.leadId,
      actor_user_id: lead.userId,
      type: leadCreatedEventType,
      from_status: null,
      to_status: null,
      reason: null,
      data: toJson({ source: 'inbound' }),
      created_at: lead.now.epochMilliseconds,
    })
    .execute();
}
