import { z } from 'zod';

/**
 * What a library entry is: an objection the prospect raises, a question they ask about the
 * product (with the answer to give), or a product fact to have at hand.
 */
export const knowledgeKinds = ['objection', 'question', 'fact'] as const;
export const knowledgeKindSchema = z.enum(knowledgeKinds);
export type KnowledgeKind = z.infer<typeof knowledgeKindSchema>;

export const objectionResponseSchema = z.object({
  /** Stable within the objection, so counts survive edits of the text. */
  id: z.string().min(1).max(40),
  text: z.string().trim().min(1).max(5000),
});

export const objectionSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  kind: knowledgeKindSchema,
  title: z.string(),
  keywords: z.array(z.string()),
  responses: z.array(objectionResponseSchema),
  position: z.number(),
  active: z.boolean(),
});
export type ObjectionDto = z.infer<typeof objectionSchema>;

/** GET /api/clients/:clientId/objections — the library, active ones by position (?all=true: retired too). */
export const objectionListSchema = z.object({ items: z.array(objectionSchema) });

/** POST /api/clients/:clientId/objections and PUT /api/objections/:id (manager, admin). */
export const saveObjectionRequestSchema = z.object({
  kind: knowledgeKindSchema.default('objection'),
  title: z.string().trim().min(1).max(200),
  keywords: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
  responses: z.array(objectionResponseSchema).min(1).max(20),
  position: z.number().int().min(0).optional(),
  active: z.boolean().default(true),
});
export type SaveObjectionRequest = z.infer<typeof saveObjectionRequestSchema>;

/**
 * GET /api/clients/:clientId/objections/stats?from=YYYY-MM-DD&to=YYYY-MM-DD (manager, admin):
 * how often each objection came up, which response was used and how those calls ended.
 */
export const objectionStatsSchema = z.object({
  /** The period counted, as local dates of the client's time zone (both included). */
  from: z.string(),
  to: z.string(),
  items: z.array(
    z.object({
      objectionId: z.number(),
      title: z.string(),
      raised: z.number(),
      /** Calls where it came up that ended with an appointment. */
      appointments: z.number(),
      responses: z.array(
        z.object({ responseId: z.string().nullable(), used: z.number(), appointments: z.number() }),
      ),
    }),
  ),
});
export type ObjectionStatsDto = z.infer<typeof objectionStatsSchema>;

/** GET /api/clients/:clientId/objections?all=true: retired objections too; ?kind= one kind only. */
export const objectionListQuerySchema = z.object({
  /** Only entries of this kind (objections, questions or facts). */
  kind: knowledgeKindSchema.optional(),
  all: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
});

const localDateSchema = z.iso.date().describe('A local date (YYYY-MM-DD) in the client’s time zone');

/** Both days included; default the last 30 days up to today. */
export const objectionStatsQuerySchema = z.object({
  from: localDateSchema.optional(),
  to: localDateSchema.optional(),
});
