import { z } from 'zod';
import { instantSchema } from './common.ts';
import { leadSchema } from './leads.ts';

export const slotSchema = z.object({
  startsAt: instantSchema,
  endsAt: instantSchema,
  repIds: z.array(z.number()),
});
export const repSummarySchema = z.object({ id: z.number(), name: z.string(), timeZone: z.string() });

export const slotsQuerySchema = z.object({
  meetingTypeId: z.coerce.number().int().positive(),
  limit: z.coerce.number().int().min(1).max(500).default(60),
});
export const slotsResponseSchema = z.object({
  leadTimeZone: z.string().nullable(),
  reps: z.array(repSummarySchema),
  slots: z.array(slotSchema),
});
export type SlotsResponse = z.infer<typeof slotsResponseSchema>;

export const bookAppointmentRequestSchema = z.object({
  leadId: z.number().int().positive(),
  campaignId: z.number().int().positive().nullable().optional(),
  meetingTypeId: z.number().int().positive(),
  startsAt: instantSchema,
  repId: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('A chosen rep; omitted: fair round-robin among the free ones'),
  locationKind: z.enum(['phone', 'video', 'in_person']).default('phone'),
  location: z.string().max(500).optional(),
  questionsAsked: z.string().max(5000).optional(),
  notes: z.string().max(5000).optional(),
  durationSeconds: z.number().int().min(0).max(86_400).optional(),
  qualification: z
    .object({
      formId: z.number().int().positive(),
      answers: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.number(), z.null()])),
      interest: z.enum(['cold', 'warm', 'hot']).nullable().optional(),
    })
    .optional(),
  idempotencyKey: z.string().min(8).max(100).optional(),
});
export type BookAppointmentRequest = z.infer<typeof bookAppointmentRequestSchema>;

export const qualificationSummarySchema = z.object({
  score: z.number(),
  qualified: z.boolean(),
  interest: z.string().nullable(),
  answers: z.array(z.object({ question: z.string(), answer: z.string() })),
});

export const appointmentSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  clientName: z.string(),
  status: z.enum(['scheduled', 'confirmed', 'held', 'no_show', 'cancelled', 'rescheduled']),
  startsAt: instantSchema,
  endsAt: instantSchema,
  leadTimeZone: z.string().nullable(),
  locationKind: z.string(),
  location: z.string().nullable(),
  rep: z.object({ id: z.number(), name: z.string(), timeZone: z.string() }),
  setter: z.object({ id: z.number(), name: z.string() }),
  meetingTypeName: z.string(),
  lead: leadSchema,
  questionsAsked: z.string().nullable(),
  notes: z.string().nullable(),
  qualification: qualificationSummarySchema.nullable(),
});
export type AppointmentDto = z.infer<typeof appointmentSchema>;

export const appointmentsQuerySchema = z.object({
  from: instantSchema.optional(),
  to: instantSchema.optional(),
});
