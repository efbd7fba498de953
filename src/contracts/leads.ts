import { z } from 'zod';
import { instantSchema } from './common.ts';
import { attemptObjectionSchema, callResultSchema } from './dispositions.ts';
import { namedSourceSchema } from './marketing-sources.ts';

export const leadStatusSchema = z.enum([
  'new',
  'attempting',
  'callback',
  'nurture',
  'not_interested',
  'disqualified',
  'dnc',
  'bad_number',
  'appointment_set',
  'appointment_held',
  'won',
  'lost',
]);

export const dispositionSchema = z.enum([
  'no_answer',
  'voicemail',
  'busy',
  'wrong_number',
  'call_back',
  'not_interested',
  'not_qualified',
  'appointment_set',
  'do_not_call',
  'contact_made',
]);
export type DispositionName = z.infer<typeof dispositionSchema>;

export const callingDecisionSchema = z.object({
  callable: z.boolean(),
  reasons: z.array(z.string()),
  timeZones: z.array(z.string()),
  primaryTimeZone: z.string().nullable(),
  uncertain: z.boolean(),
  localTime: z.string().nullable(),
  window: z.object({ startLocal: z.string(), endLocal: z.string() }),
  callableUntil: instantSchema.nullable(),
  opensAt: instantSchema.nullable(),
});
export type CallingDecisionDto = z.infer<typeof callingDecisionSchema>;

export const leadSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  listId: z.number().nullable(),
  firstName: z.string(),
  lastName: z.string(),
  company: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string(),
  /** `extension`: written after the number in the source ('ext 4'); shown, never dialled. */
  phones: z.array(z.object({ e164: z.string(), type: z.string(), extension: z.string().optional() })),
  address: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  postalCode: z.string().nullable(),
  country: z.string(),
  timeZone: z.string().nullable(),
  source: z.string(),
  customFields: z.record(z.string(), z.string()),
  status: leadStatusSchema,
  attemptCount: z.number(),
  lastAttemptAt: instantSchema.nullable(),
  createdAt: instantSchema,
});
export type LeadDto = z.infer<typeof leadSchema>;

export const attemptSchema = z.object({
  id: z.number(),
  leadId: z.number(),
  campaignId: z.number().nullable(),
  setterId: z.number(),
  setterName: z.string(),
  startedAt: instantSchema,
  durationSeconds: z.number(),
  disposition: dispositionSchema,
  reason: z.string().nullable(),
  notes: z.string().nullable(),
  /** Null for calls logged before dispositions had two levels. */
  callResult: callResultSchema.nullable(),
  outcomeId: z.number().nullable(),
  outcomeLabel: z.string().nullable(),
  scriptVersion: z.number().nullable(),
});
export type AttemptDto = z.infer<typeof attemptSchema>;

export const leadEventSchema = z.object({
  id: z.number(),
  type: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
  createdAt: instantSchema,
});

export const leadDetailSchema = z.object({
  lead: leadSchema,
  calling: callingDecisionSchema,
  attempts: z.array(attemptSchema),
  events: z.array(leadEventSchema),
  /** The marketing source the lead first named on an inbound call. */
  marketingSource: namedSourceSchema,
});
export type LeadDetail = z.infer<typeof leadDetailSchema>;

/**
 * A call is logged either with a call result (and, when a person was reached, the client's
 * outcome and a reason from its list) or, as before two-level dispositions, with a disposition.
 */
export const logAttemptRequestSchema = z.object({
  campaignId: z.number().int().positive().nullable().optional(),
  disposition: dispositionSchema.optional().describe('Single-level disposition; or use callResult'),
  callResult: callResultSchema.optional(),
  outcomeId: z.number().int().positive().optional().describe('Required when callResult is contact_made'),
  reasonId: z.number().int().positive().optional().describe("One of the client's reasons for the outcome"),
  reasonText: z.string().trim().max(2000).optional(),
  objections: z.array(attemptObjectionSchema).max(50).optional(),
  scriptId: z.number().int().positive().optional(),
  scriptVersion: z.number().int().positive().optional(),
  scriptVariantId: z.number().int().positive().optional(),
  reason: z.string().trim().max(500).optional(),
  notes: z.string().max(5000).optional(),
  startedAt: instantSchema.optional(),
  durationSeconds: z.number().int().min(0).max(86_400).optional(),
  callbackAt: instantSchema.optional().describe('Required for call_back: when to call again'),
  callbackFor: z.enum(['me', 'anyone']).default('me'),
  qualification: z
    .object({
      formId: z.number().int().positive(),
      answers: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.number(), z.null()])),
      interest: z.enum(['cold', 'warm', 'hot']).nullable().optional(),
    })
    .optional(),
  questionsAsked: z.string().max(5000).optional(),
  /** 'inbound' for a call the prospect made to us (the incoming-call action). */
  direction: z.enum(['outbound', 'inbound']).default('outbound'),
  /** The client's marketing source the caller named (the lead keeps the first one named). */
  marketingSourceId: z.number().int().positive().optional(),
});
export type LogAttemptRequest = z.infer<typeof logAttemptRequestSchema>;

export const logAttemptResponseSchema = z.object({
  attempt: attemptSchema,
  leadStatus: leadStatusSchema,
  callbackId: z.number().nullable(),
});
