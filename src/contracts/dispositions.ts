import { z } from 'zod';

/**
 * A disposition has two levels: the system's call result (what happened on the line, the same
 * for every client) and, when a person was reached, the client's business outcome with flags
 * that say what it means (and a reason from the client's list where the outcome needs one).
 */
export const callResultSchema = z.enum([
  'no_answer',
  'busy',
  'voicemail_left',
  'wrong_number',
  'disconnected',
  'contact_made',
]);
export type CallResult = z.infer<typeof callResultSchema>;

export const outcomeFlagsSchema = z.object({
  contact: z.boolean(),
  qualified: z.boolean(),
  appointment: z.boolean(),
  callback: z.boolean(),
  nurture: z.boolean(),
  notInterested: z.boolean(),
  doNotCall: z.boolean(),
});
export type OutcomeFlags = z.infer<typeof outcomeFlagsSchema>;

export const outcomeSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  /** A slug, stable across renames; reasons belong to an outcome by it. */
  key: z.string(),
  label: z.string(),
  flags: outcomeFlagsSchema,
  requiresReason: z.boolean(),
  position: z.number(),
  active: z.boolean(),
});
export type OutcomeDto = z.infer<typeof outcomeSchema>;

export const outcomeReasonSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  outcomeKey: z.string(),
  label: z.string(),
  position: z.number(),
  active: z.boolean(),
});
export type OutcomeReasonDto = z.infer<typeof outcomeReasonSchema>;

/** GET /api/clients/:clientId/outcomes — outcomes (active first, by position) and their reasons. */
export const clientOutcomesSchema = z.object({
  outcomes: z.array(outcomeSchema),
  reasons: z.array(outcomeReasonSchema),
});
export type ClientOutcomesDto = z.infer<typeof clientOutcomesSchema>;

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9_]{1,40}$/, 'lower-case letters, digits and _ (at most 40)');

/**
 * PUT /api/clients/:clientId/outcomes (manager, admin): the whole list in order. An outcome left
 * out is retired (kept for history, `active: false`), never deleted; keys are unique per client.
 */
export const saveClientOutcomesRequestSchema = z.object({
  outcomes: z
    .array(
      z.object({
        key: slug,
        label: z.string().trim().min(1).max(100),
        flags: outcomeFlagsSchema,
        requiresReason: z.boolean().default(false),
        active: z.boolean().default(true),
      }),
    )
    .min(1)
    .max(50),
  reasons: z
    .array(
      z.object({
        outcomeKey: slug,
        label: z.string().trim().min(1).max(100),
        active: z.boolean().default(true),
      }),
    )
    .max(500),
});
export type SaveClientOutcomesRequest = z.infer<typeof saveClientOutcomesRequestSchema>;

/** An objection that came up in the call and the response used (null: none of the prepared ones). */
export const attemptObjectionSchema = z.object({
  objectionId: z.number().int().positive(),
  responseId: z.string().min(1).nullable(),
});

/** The path of a client's outcomes, objections and their stats: /api/clients/:clientId/… */
export const clientIdParamsSchema = z.object({ clientId: z.coerce.number().int().positive() });
