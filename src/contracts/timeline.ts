import { z } from 'zod';
import { instantSchema } from './common.ts';
import { leadStatusSchema } from './leads.ts';

export const timelineKindSchema = z.enum([
  'created',
  'attempt',
  'status_change',
  'note',
  'qualification',
  'callback',
  'appointment',
  'do_not_call',
  /** A correction of a call, an appointment or a do-not-call: before, after, who and why. */
  'correction',
  'event',
]);
export type TimelineKind = z.infer<typeof timelineKindSchema>;

/**
 * One thing that happened to a lead, with who and when. `title` is a short plain-language line
 * (English; the web translates by `kind` and `data`), `data` the details of its kind.
 */
export const timelineItemSchema = z.object({
  id: z.string(),
  kind: timelineKindSchema,
  at: instantSchema,
  actorName: z.string().nullable(),
  title: z.string(),
  detail: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type TimelineItemDto = z.infer<typeof timelineItemSchema>;

/** GET /api/leads/:id/timeline — newest first. */
export const timelineSchema = z.object({ items: z.array(timelineItemSchema) });

/** POST /api/leads/:id/notes */
export const addNoteRequestSchema = z.object({ text: z.string().trim().min(1).max(5000) });

/**
 * GET /api/leads/search?q=…&clientId=… — as the user types: by phone (any format, digits
 * matched from the start of the national number) or by name / company / email prefix; 10 at most.
 */
export const leadSearchResultSchema = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      clientId: z.number(),
      clientName: z.string(),
      name: z.string(),
      company: z.string().nullable(),
      phone: z.string(),
      email: z.string().nullable(),
      status: leadStatusSchema,
    }),
  ),
});
export type LeadSearchResultDto = z.infer<typeof leadSearchResultSchema>;
