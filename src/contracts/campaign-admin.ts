import { z } from 'zod';
import { instantSchema } from './common.ts';

/** How far a campaign has come: the campaign list's and the setter's picker's numbers. */
export const campaignProgressSchema = z.object({
  campaignId: z.number(),
  /** Leads of its lists (after its filters). */
  total: z.number(),
  /** Still in the queue (new or being attempted). */
  open: z.number(),
  /** Open, due and inside their calling window now; 0 while paused. */
  callableNow: z.number(),
  /** Distinct leads called in the campaign since the start of the viewer's day. */
  workedToday: z.number(),
  /** Open leads never called yet. */
  remaining: z.number(),
});
export type CampaignProgressDto = z.infer<typeof campaignProgressSchema>;
export const campaignProgressResponseSchema = z.object({ campaigns: z.array(campaignProgressSchema) });

/** The settings of a campaign whose changes are logged. */
export const loggedCampaignFields = [
  'name',
  'status',
  'listIds',
  'scriptId',
  'qualificationFormId',
  'meetingTypeId',
  'callingWindow',
  'sortKeys',
  'filters',
  'retryPolicy',
  'setterIds',
] as const;
export type LoggedCampaignField = (typeof loggedCampaignFields)[number];
export const campaignChangeFieldSchema = z.enum(loggedCampaignFields);

/** One entry of a campaign's change log: who changed which settings, when, before and after. */
export const campaignChangeEntrySchema = z.object({
  id: z.number(),
  actorName: z.string().nullable(),
  createdAt: instantSchema,
  changes: z.array(z.object({ field: campaignChangeFieldSchema, before: z.unknown(), after: z.unknown() })),
});
export type CampaignChangeEntryDto = z.infer<typeof campaignChangeEntrySchema>;
export const campaignChangesResponseSchema = z.object({ changes: z.array(campaignChangeEntrySchema) });

/** A setter of a client, as a campaign's assignment offers them. */
export const clientSetterSchema = z.object({ id: z.number(), name: z.string(), email: z.string() });
export type ClientSetterDto = z.infer<typeof clientSetterSchema>;
export const clientSettersResponseSchema = z.object({ setters: z.array(clientSetterSchema) });

/** The signed-in user's remembered choices across pages and browsers. */
export const preferencesSchema = z.object({
  /** The client last chosen on a client picker; null: none yet. */
  clientId: z.number().int().positive().nullable(),
});
export type PreferencesDto = z.infer<typeof preferencesSchema>;
