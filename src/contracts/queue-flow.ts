import { z } from 'zod';
import { instantSchema } from './common.ts';

/** Why a setter skipped a lead; optional. */
export const skipReasons = ['wrong_time', 'needs_research', 'other'] as const;
export type SkipReason = (typeof skipReasons)[number];

export const skipLeadRequestSchema = z.object({
  /** The campaign the lead was served from (its skip length applies); none: the default. */
  campaignId: z.number().int().positive().optional(),
  reason: z.enum(skipReasons).optional(),
  note: z.string().trim().max(500).optional(),
});
export type SkipLeadRequest = z.infer<typeof skipLeadRequestSchema>;

export const skipLeadResponseSchema = z.object({
  /** The lead is not served again to this setter before this instant. */
  skippedUntil: instantSchema,
});

/** A campaign's queue settings; PATCH takes any of them. */
export const queueSettingsSchema = z.object({
  /** Minutes a skipped lead is not served again to the setter who skipped it (1…1440). */
  skipMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  /** Minutes an overdue personal callback waits for its owner before anyone may take it (0…720). */
  callbackHandoverMinutes: z
    .number()
    .int()
    .min(0)
    .max(12 * 60),
});

/** Details of a refused callback time: the next times the lead may be called, soonest first. */
export const callbackRefusalSchema = z.object({
  reasons: z.array(z.string()),
  timeZone: z.string().nullable(),
  nextPermitted: z.array(instantSchema),
});
export type CallbackRefusal = z.infer<typeof callbackRefusalSchema>;

export const myCallbackSchema = z.object({
  id: z.number(),
  leadId: z.number(),
  leadName: z.string(),
  dueAt: instantSchema,
  campaignId: z.number().nullable(),
  campaignName: z.string().nullable(),
  /** The lead's zone (most trusted), for the lead's clock; null when unknown. */
  leadTimeZone: z.string().nullable(),
  note: z.string().nullable(),
  /** When the callback passes to anyone on the team if the setter has not taken it. */
  handoverAt: instantSchema,
});
export type MyCallback = z.infer<typeof myCallbackSchema>;

export const myCallbacksResponseSchema = z.object({ callbacks: z.array(myCallbackSchema) });
