import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errorResponseSchema, idParamsSchema } from '../../contracts/common.ts';
import {
  addNoteRequestSchema,
  leadSearchResultSchema,
  type TimelineItemDto,
  timelineItemSchema,
  timelineSchema,
} from '../../contracts/timeline.ts';
import { searchLeads } from '../../core/lead-search/search-leads.ts';
import { addLeadNote, readLeadTimeline } from '../../core/timeline/lead-timeline.ts';
import type { TimelineItem } from '../../core/timeline/timeline.ts';
import { createLeadSearchRepository } from '../../db/repositories/lead-search.repository.ts';
import { createTimelineRepository } from '../../db/repositories/timeline.repository.ts';
import type { AppDeps } from '../deps.ts';
import { iso } from '../http/mappers.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';

const itemToDto = (item: TimelineItem): TimelineItemDto => ({ ...item, at: iso(item.at) });

const searchQuerySchema = z.object({
  q: z
    .string()
    .max(200)
    .default('')
    .describe('Digits of a phone number, or the start of a name, company or email'),
  clientId: z.coerce.number().int().positive().optional().describe('Only this client; default: all of yours'),
});

/** A lead's history and notes, and the as-you-type lead search of the incoming-call action. */
export function registerLeadTimelineRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);
  const { db, dialect } = deps.database;
  const timeline = createTimelineRepository(db);
  const search = createLeadSearchRepository(db, dialect);

  // A static path: the router prefers it to /api/leads/:id whatever the order of registration.
  api.get(
    '/api/leads/search',
    {
      schema: {
        tags: ['leads'],
        summary: 'Find a lead as you type (incoming calls): by phone digits or name, company, email prefix',
        description:
          'Leads of your clients (or of `clientId`) whose phone starts with the digits typed — national digits ' +
          '(“212 555”), with the country code (“1 212”, “+1 212…”) or a whole E.164 number — or whose first name, ' +
          'last name, company or email starts with the text, case-insensitively (“john smi” tries first + last ' +
          'name). At most 10, best matches first. Another client’s id answers 404.',
        querystring: searchQuerySchema,
        response: { 200: leadSearchResultSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const hits = await searchLeads(search, requireActor(request), {
        text: request.query.q,
        clientId: request.query.clientId ?? null,
      });
      return {
        items: hits.map((hit) => ({
          id: hit.id,
          clientId: hit.clientId,
          clientName: hit.clientName,
          name: `${hit.firstName} ${hit.lastName}`.trim(),
          company: hit.company,
          phone: hit.phone,
          email: hit.email,
          status: hit.status,
        })),
      };
    },
  );

  api.get(
    '/api/leads/:id/timeline',
    {
      schema: {
        tags: ['leads'],
        summary: 'Everything that happened to a lead, with who and when, newest first',
        description:
          'Calls (result, outcome, reason, notes, duration, objections and the response used, script version), ' +
          'status changes, notes, qualifications, callbacks (promised, done, cancelled), appointments (booked, ' +
          'rescheduled, confirmed, held, no-show, cancelled, sale outcome), do-not-call and the lead’s creation. ' +
          '`kind` and `data` describe each item; `title` is a short English line.',
        params: idParamsSchema,
        response: { 200: timelineSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const items = await readLeadTimeline(timeline, requireActor(request), request.params.id);
      return { items: items.map(itemToDto) };
    },
  );

  api.post(
    '/api/leads/:id/notes',
    {
      schema: {
        tags: ['leads'],
        summary:
          'Add a note to a lead (setters, managers and admins of its client); it is in the timeline at once',
        params: idParamsSchema,
        body: addNoteRequestSchema,
        response: {
          201: timelineItemSchema,
          400: errorResponseSchema,
          403: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const item = await addLeadNote(
        timeline,
        requireActor(request),
        request.params.id,
        request.body.text,
        deps.clock(),
      );
      return reply.status(201).send(itemToDto(item));
    },
  );
}
