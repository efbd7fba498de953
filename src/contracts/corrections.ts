import { z } from 'zod';
import { instantSchema } from './common.ts';
import { callResultSchema } from './dispositions.ts';
import { leadStatusSchema } from './leads.ts';

/**
 * Why a correction is made. Required by the rules (an empty one answers 400
 * CORRECTION_REASON_REQUIRED, not a schema error), so it defaults to empty here.
 */
const correctionReasonSchema = z
  .string()
  .max(500)
  .default('')
  .describe('Why it is corrected; kept with the before and after (required)');

/** POST /api/attempts/:id/undo — within 60 s of saving, the setter's own latest call on the lead. */
export const undoCallRequestSchema = z
  .object({ reason: z.string().max(500).optional().describe('Optional: what was wrong') })
  .default({});

export const undoCallResponseSchema = z.object({
  leadId: z.number(),
  leadStatus: leadStatusSchema,
  /** The lead is back with the setter (false when another setter took it, or a do-not-call keeps it closed). */
  leased: z.boolean(),
  /** The call had listed the number as do-not-call: the entry stays until a manager lifts it. */
  doNotCallKept: z.boolean(),
});
export type UndoCallResponse = z.infer<typeof undoCallResponseSchema>;

/** PATCH /api/attempts/:id — a setter their own calls for 24 hours, a manager or an admin any. */
export const correctCallRequestSchema = z.object({
  callResult: callResultSchema,
  outcomeId: z.number().int().positive().nullable().default(null),
  reasonId: z.number().int().positive().nullable().default(null),
  reasonText: z.string().trim().max(2000).nullable().default(null),
  notes: z.string().max(5000).nullable().default(null).describe('Null keeps the notes as they are'),
  callbackAt: instantSchema
    .nullable()
    .default(null)
    .describe('For a corrected callback outcome on the lead’s latest call; null keeps an existing callback'),
  callbackFor: z.enum(['me', 'anyone']).default('me'),
  reason: correctionReasonSchema,
});
export type CorrectCallRequest = z.input<typeof correctCallRequestSchema>;

export const correctionResultSchema = z.object({
  correctionId: z.number(),
  leadStatus: leadStatusSchema,
});
export type CorrectionResult = z.infer<typeof correctionResultSchema>;

/** POST /api/appointments/:id/correction — its rep, a manager or an admin. */
export const correctAppointmentRequestSchema = z.object({
  status: z.enum(['held', 'no_show', 'cancelled']),
  outcome: z
    .object({
      result: z.enum(['won', 'lost']),
      amountMinor: z.number().int().min(0).nullable().default(null),
      currency: z.string().length(3).toUpperCase().nullable().default('USD'),
      reason: z.string().trim().max(500).nullable().default(null),
    })
    .nullable()
    .default(null)
    .describe('The sales outcome of a held meeting; null clears it'),
  reason: correctionReasonSchema,
});
export type CorrectAppointmentRequest = z.input<typeof correctAppointmentRequestSchema>;

/** POST /api/leads/:id/dnc/lift — managers and admins only, with a reason. */
export const liftDncRequestSchema = z.object({ reason: correctionReasonSchema });
export type LiftDncRequest = z.input<typeof liftDncRequestSchema>;

export const liftDncResponseSchema = correctionResultSchema.extend({ liftedPhones: z.array(z.string()) });

export const correctionSubjectSchema = z.enum(['attempt', 'appointment', 'dnc']);
export const correctionActionSchema = z.enum(['undo', 'edit', 'status', 'outcome', 'lift']);

/** One correction with its before and after, who, when and why. */
export const correctionSchema = z.object({
  id: z.number(),
  subject: correctionSubjectSchema,
  subjectId: z.number().nullable(),
  action: correctionActionSchema,
  actorName: z.string(),
  reason: z.string(),
  before: z.record(z.string(), z.unknown()),
  after: z.record(z.string(), z.unknown()),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  createdAt: instantSchema,
});
export type CorrectionDto = z.infer<typeof correctionSchema>;

/** GET /api/leads/:id/corrections — newest first. */
export const correctionsResponseSchema = z.object({ items: z.array(correctionSchema) });
