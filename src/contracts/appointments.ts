import { z } from 'zod';
import { instantSchema } from './common.ts';
import { attemptObjectionSchema } from './dispositions.ts';
import { leadSchema } from './leads.ts';

export const slotSchema = z.object({
  startsAt: instantSchema,
  endsAt: instantSchema,
  repIds: z.array(z.number()),
});
export const repSummarySchema = z.object({ id: z.number(), name: z.string(), timeZone: z.string() });

/** A window over the open slots of the horizon; an answer that stops early says so (`hasMore`). */
export const slotRangeQuerySchema = z.object({
  from: instantSchema
    .optional()
    .describe('Slots starting at or after this (default: now); a `nextFrom` continues'),
  to: instantSchema.optional().describe('… and strictly before this (default: the horizon’s end)'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(5000)
    .default(1000)
    .describe('At most this many; more are announced by `hasMore` and `nextFrom`, never dropped silently'),
});
export const slotFilterQuerySchema = z.object({
  meetingTypeId: z.coerce.number().int().positive(),
  repId: z.coerce.number().int().positive().optional().describe('Only this rep’s slots'),
  locationKind: z.enum(['phone', 'video', 'in_person']).optional(),
});
export const slotsQuerySchema = slotFilterQuerySchema.extend(slotRangeQuerySchema.shape);
/** Where the slots continue: the horizon's end, and the next slot after the page. */
export const slotPagingSchema = z.object({
  hasMore: z.boolean().describe('Open slots exist after this page, before the horizon’s end'),
  nextFrom: instantSchema.nullable().describe('The next slot’s start: pass it as `from` for the next page'),
  horizonEnd: instantSchema.describe('No slot starts at or after this'),
});
export const slotsResponseSchema = z
  .object({
    leadTimeZone: z.string().nullable(),
    reps: z.array(repSummarySchema),
    slots: z.array(slotSchema),
  })
  .extend(slotPagingSchema.shape);
export type SlotsResponse = z.infer<typeof slotsResponseSchema>;

/** Every date of the horizon in one zone: the day navigator's answer. */
export const slotDaySchema = z.object({
  date: z.string().describe('Local date, YYYY-MM-DD'),
  startsAt: instantSchema.describe('The day’s first instant in the zone'),
  endsAt: instantSchema.describe('The next day’s first instant'),
  slots: z.number().int().describe('Open slots starting that day; 0: nothing to book'),
  firstStartsAt: instantSchema.nullable(),
});
export const slotDaysQuerySchema = slotFilterQuerySchema.extend({
  timeZone: z.string().min(1).max(64).optional().describe('The zone of the dates (default: the lead’s)'),
});
export const slotDaysResponseSchema = z.object({
  timeZone: z.string(),
  horizonEnd: instantSchema,
  firstStartsAt: instantSchema.nullable().describe('The next available slot'),
  days: z.array(slotDaySchema),
});
export type SlotDaysResponse = z.infer<typeof slotDaysResponseSchema>;

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
  /** The script in front of the setter and the objections raised in the call that booked. */
  scriptId: z.number().int().positive().optional(),
  scriptVersion: z.number().int().positive().optional(),
  scriptVariantId: z.number().int().positive().optional(),
  /** 'inbound' when the prospect called us. */
  direction: z.enum(['outbound', 'inbound']).optional(),
  /** The client's marketing source an inbound caller named (the lead keeps the first one named). */
  marketingSourceId: z.number().int().positive().optional(),
  objections: z.array(attemptObjectionSchema).max(50).optional(),
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
  sequence: z.number().default(0),
  statusReason: z.string().nullable().default(null),
  outcome: z
    .object({
      result: z.enum(['won', 'lost']),
      amountMinor: z.number().nullable(),
      currency: z.string().nullable(),
      reason: z.string().nullable(),
    })
    .nullable()
    .default(null),
  rescheduledFromId: z.number().nullable().default(null),
  /** The rep's own notes on the meeting and when they were last saved (PUT …/rep-notes). */
  repNotes: z.object({ text: z.string(), updatedAt: instantSchema }).nullable().default(null),
});
export type AppointmentDto = z.infer<typeof appointmentSchema>;

export const appointmentsQuerySchema = z.object({
  from: instantSchema.optional(),
  to: instantSchema.optional(),
});

export const appointmentStatusChangeSchema = z.object({
  status: z.enum(['confirmed', 'held', 'no_show', 'cancelled']),
  reason: z.string().trim().max(500).optional().describe('Required for cancelled'),
});
export const appointmentOutcomeSchema = z.object({
  outcome: z.enum(['won', 'lost']),
  amountMinor: z.number().int().min(0).optional().describe('Sale amount in minor units (cents), for won'),
  currency: z.string().length(3).toUpperCase().default('USD'),
  reason: z.string().trim().max(500).optional().describe('Required for lost'),
});
export const rescheduleRequestSchema = z.object({
  startsAt: instantSchema,
  repId: z.number().int().positive().optional(),
  idempotencyKey: z.string().min(8).max(100).optional(),
});

/** What a lead sees behind the private link in the invite: no login. */
export const selfServiceViewSchema = z.object({
  status: z.enum(['scheduled', 'confirmed', 'held', 'no_show', 'cancelled', 'rescheduled']),
  startsAt: instantSchema,
  endsAt: instantSchema,
  timeZone: z.string().describe('The lead’s zone, in which the page shows times'),
  locale: z.string(),
  clientName: z.string(),
  repName: z.string(),
  meetingTypeName: z.string(),
  locationKind: z.string(),
  location: z.string().nullable(),
  leadFirstName: z.string(),
  canChange: z.boolean().describe('False once the appointment has passed, was cancelled or the link expired'),
  /** Where a rescheduled appointment now lives (its own link is sent again). */
  rescheduledTo: z.object({ startsAt: instantSchema, endsAt: instantSchema }).nullable(),
  /** The link follows reschedules: the time it was first sent for, when the appointment has moved. */
  movedFrom: z.object({ startsAt: instantSchema, endsAt: instantSchema }).nullable().default(null),
  /** "Add to calendar" links (the `.ics` is at …/calendar.ics); null once not live. */
  calendar: z.object({ google: z.string(), outlook: z.string() }).nullable().default(null),
});
export type SelfServiceView = z.infer<typeof selfServiceViewSchema>;

export const outboxMessageSchema = z.object({
  id: z.number(),
  appointmentId: z.number().nullable(),
  to: z.array(z.object({ name: z.string().optional(), email: z.string() })),
  subject: z.string(),
  text: z.string(),
  icsMethod: z.string().nullable(),
  ics: z.string().nullable(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: instantSchema,
  sentAt: instantSchema.nullable(),
});
export type OutboxMessageDto = z.infer<typeof outboxMessageSchema>;
