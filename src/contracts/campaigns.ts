import { z } from 'zod';
import { instantSchema } from './common.ts';
import { callingDecisionSchema, leadSchema } from './leads.ts';
import { queueSettingsSchema } from './queue-flow.ts';

export const callingWindowSchema = z.object({
  startLocal: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM'),
  endLocal: z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'HH:MM'),
  days: z.array(z.number().int().min(1).max(7)).min(1),
  blackoutDates: z.array(z.iso.date()).default([]),
  /** Other hours on some weekdays (key: ISO weekday '1'…'7'), e.g. { "6": { startLocal: "10:00", endLocal: "16:00" } }. */
  hoursByDay: z
    .partialRecord(
      z.enum(['1', '2', '3', '4', '5', '6', '7']),
      z.object({
        startLocal: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM'),
        endLocal: z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'HH:MM'),
      }),
    )
    .optional(),
});
export type CallingWindowDto = z.infer<typeof callingWindowSchema>;

export const scriptSectionSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  body: z.string(),
  branches: z.array(z.object({ label: z.string(), target: z.string() })).optional(),
  /** Locked word for word: a setter's variant reads the company wording here (the opening always is). */
  mandatory: z.boolean().optional(),
});

export const scriptSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  name: z.string(),
  version: z.number(),
  mode: z.enum(['verbatim', 'personalizable']),
  /** 'inbound': the script for incoming calls. */
  purpose: z.enum(['outbound', 'inbound']).default('outbound'),
  sections: z.array(scriptSectionSchema),
});
export type ScriptDto = z.infer<typeof scriptSchema>;
export const createScriptRequestSchema = z.object({
  clientId: z.number().int().positive(),
  name: z.string().trim().min(1).max(200),
  mode: z.enum(['verbatim', 'personalizable']).default('verbatim'),
  sections: z.array(scriptSectionSchema).min(1),
});

export const questionOptionSchema = z.object({
  value: z.string().min(1),
  label: z.string().min(1),
  points: z.number().min(0).max(100),
  knockOut: z.boolean().optional(),
});
export const qualificationQuestionSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  type: z.enum(['single_choice', 'multiple_choice', 'number', 'money', 'date', 'text']),
  criterion: z.enum(['interest', 'budget', 'authority', 'need', 'timeline', 'custom']),
  weight: z.number().min(0),
  required: z.boolean().optional(),
  options: z.array(questionOptionSchema).optional(),
  scoring: z.array(z.object({ atLeast: z.number(), points: z.number().min(0).max(100) })).optional(),
});
export const qualificationFormSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  name: z.string(),
  questions: z.array(qualificationQuestionSchema),
  threshold: z.number(),
});
export type QualificationFormDto = z.infer<typeof qualificationFormSchema>;
export const createQualificationFormRequestSchema = z.object({
  clientId: z.number().int().positive(),
  name: z.string().trim().min(1).max(200),
  questions: z.array(qualificationQuestionSchema).min(1),
  threshold: z.number().min(0).max(100),
});

export const meetingTypeSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  name: z.string(),
  durationMinutes: z.number(),
  locationKinds: z.array(z.enum(['phone', 'video', 'in_person'])),
});
export type MeetingTypeDto = z.infer<typeof meetingTypeSchema>;

const customField = z
  .string()
  .regex(/^custom:[A-Za-z0-9_]{1,60}$/, 'custom:<key> with letters, digits and _');

export const sortKeySchema = z.object({
  field: z.union([
    z.enum([
      'area_code',
      'postal_code',
      'state',
      'score',
      'source',
      'created_at',
      'attempts',
      'last_attempt_at',
      'random',
    ]),
    customField,
  ]),
  direction: z.enum(['asc', 'desc']),
});

export const leadFilterSchema = z.object({
  field: z.union([z.enum(['state', 'postal_prefix', 'area_code', 'status', 'source']), customField]),
  op: z.enum(['in', 'not_in']),
  values: z.array(z.string().trim().min(1).max(200)).min(1).max(500),
});

const dispositionGapSchema = z.partialRecord(
  z.enum([
    'no_answer',
    'voicemail',
    'busy',
    'wrong_number',
    'call_back',
    'not_interested',
    'not_qualified',
    'do_not_call',
    'contact_made',
  ]),
  z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 90),
);

/** How the queue comes back to a lead: minimum gaps per outcome, attempt caps, rotation. */
export const retryPolicySchema = z.object({
  gapMinutes: dispositionGapSchema,
  maxAttemptsTotal: z.number().int().min(1).max(100).nullable(),
  maxAttemptsPerDay: z.number().int().min(1).max(20).nullable(),
  rotate: z.boolean(),
  /** Hours after a conversation before the number is called again (callbacks exempt); null: none. */
  coolOffHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .nullable()
    .default(24),
});

export const campaignSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  clientName: z.string(),
  name: z.string(),
  status: z.enum(['active', 'paused']),
  listIds: z.array(z.number()),
  scriptId: z.number().nullable(),
  qualificationFormId: z.number().nullable(),
  meetingTypeId: z.number().nullable(),
  callingWindow: callingWindowSchema,
  /** The campaign's order after callbacks and hot leads: first key first. */
  sortKeys: z.array(sortKeySchema),
  filters: z.array(leadFilterSchema),
  retryPolicy: retryPolicySchema,
  /** How long a skip lasts; when an overdue personal callback passes to anyone. */
  queueSettings: queueSettingsSchema,
  createdAt: instantSchema,
  /** The setters it is assigned to; empty: every setter of its client. */
  setterIds: z.array(z.number()),
  /** Who paused it and when; null while active. */
  paused: z.object({ byName: z.string(), at: instantSchema }).nullable(),
});
export type CampaignDto = z.infer<typeof campaignSchema>;

export const createCampaignRequestSchema = z.object({
  clientId: z.number().int().positive(),
  name: z.string().trim().min(1).max(200),
  listIds: z.array(z.number().int().positive()).min(1, 'Choose at least one lead list'),
  scriptId: z.number().int().positive().nullable().optional(),
  qualificationFormId: z.number().int().positive().nullable().optional(),
  meetingTypeId: z.number().int().positive().nullable().optional(),
  callingWindow: callingWindowSchema.optional(),
  sortKeys: z.array(sortKeySchema).max(6).optional(),
  filters: z.array(leadFilterSchema).max(10).optional(),
  retryPolicy: retryPolicySchema.optional(),
});
export type CreateCampaignRequest = z.infer<typeof createCampaignRequestSchema>;

/** Changes to a campaign: lists, script, form, meeting type, ordering rules, window, setters, status. */
export const updateCampaignRequestSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  status: z.enum(['active', 'paused']).optional(),
  listIds: z.array(z.number().int().positive()).min(1, 'Choose at least one lead list').optional(),
  scriptId: z.number().int().positive().nullable().optional(),
  qualificationFormId: z.number().int().positive().nullable().optional(),
  meetingTypeId: z.number().int().positive().nullable().optional(),
  /** The setters it is assigned to; an empty list: every setter of the client. */
  setterIds: z.array(z.number().int().positive()).max(500).optional(),
  callingWindow: callingWindowSchema.optional(),
  sortKeys: z.array(sortKeySchema).max(6).optional(),
  filters: z.array(leadFilterSchema).max(10).optional(),
  retryPolicy: retryPolicySchema.optional(),
});
export type UpdateCampaignRequest = z.infer<typeof updateCampaignRequestSchema>;

/** Everything the call screen needs for a campaign, fetched once and cached. */
export const campaignWorkspaceSchema = z.object({
  campaign: campaignSchema,
  script: scriptSchema.nullable(),
  qualificationForm: qualificationFormSchema.nullable(),
  meetingType: meetingTypeSchema.nullable(),
  client: z.object({ id: z.number(), name: z.string(), timeZone: z.string() }),
});
export type CampaignWorkspace = z.infer<typeof campaignWorkspaceSchema>;

export const nextLeadResponseSchema = z.object({
  item: z
    .object({
      lead: leadSchema,
      calling: callingDecisionSchema,
      leaseExpiresAt: instantSchema,
      reason: z.enum(['callback_due', 'hot_lead', 'queue']),
      callback: z.object({ id: z.number(), dueAt: instantSchema, note: z.string().nullable() }).nullable(),
    })
    .nullable(),
  /** Why the queue is empty, when it is. */
  empty: z
    .object({
      candidates: z.number(),
      blocked: z.record(z.string(), z.number()),
      nextOpensAt: instantSchema.nullable(),
      /** Leads this setter skipped (served to others meanwhile) and when the first comes back to them. */
      skipped: z.object({ leads: z.number(), firstReturnAt: instantSchema }).optional(),
      /** Set when the campaign is paused: nothing is served until a manager resumes it. */
      paused: z.object({ byName: z.string(), at: instantSchema }).optional(),
    })
    .nullable(),
});
export type NextLeadResponse = z.infer<typeof nextLeadResponseSchema>;

/** A manager's look at what the queue serves next, and what holds the rest back. */
export const queuePreviewSchema = z.object({
  entries: z.array(
    z.object({
      position: z.number(),
      reason: z.enum(['callback_due', 'hot_lead', 'queue']),
      callbackOwnerUserId: z.number().nullable(),
      lead: leadSchema,
      calling: callingDecisionSchema,
      /** The viewer skipped this lead: not served to them before this instant (others get it). */
      skippedByYouUntil: instantSchema.nullable().optional(),
    }),
  ),
  /** Open leads whose calling window is open now and whose retry gap has passed. */
  callableNow: z.number(),
  openLeads: z.number(),
  /** Open leads blocked now, by reason code (a lead may count under several). */
  blocked: z.record(z.string(), z.number()),
  /** When blocked leads next open, soonest first. */
  nextOpens: z.array(z.object({ reason: z.string(), at: instantSchema, leads: z.number() })),
  /** Set when the campaign is paused: the queue serves nothing. */
  paused: z.object({ byName: z.string(), at: instantSchema }).optional(),
});
export type QueuePreviewDto = z.infer<typeof queuePreviewSchema>;
