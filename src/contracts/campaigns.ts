import { z } from 'zod';
import { instantSchema } from './common.ts';
import { callingDecisionSchema, leadSchema } from './leads.ts';

export const callingWindowSchema = z.object({
  startLocal: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM'),
  endLocal: z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'HH:MM'),
  days: z.array(z.number().int().min(1).max(7)).min(1),
  blackoutDates: z.array(z.iso.date()).default([]),
});
export type CallingWindowDto = z.infer<typeof callingWindowSchema>;

export const scriptSectionSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  body: z.string(),
  branches: z.array(z.object({ label: z.string(), target: z.string() })).optional(),
});

export const scriptSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  name: z.string(),
  version: z.number(),
  mode: z.enum(['verbatim', 'personalizable']),
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
  createdAt: instantSchema,
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
});
export type CreateCampaignRequest = z.infer<typeof createCampaignRequestSchema>;

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
    })
    .nullable(),
});
export type NextLeadResponse = z.infer<typeof nextLeadResponseSchema>;
