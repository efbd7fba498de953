import { z } from 'zod';
import { instantSchema } from './common.ts';

const clockTime = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'HH:MM');
export const weeklyIntervalSchema = z.object({
  weekday: z.number().int().min(1).max(7),
  startLocal: clockTime,
  endLocal: clockTime,
});
export const localIntervalSchema = z.object({ startLocal: clockTime, endLocal: clockTime });
export const territorySchema = z.object({
  states: z.array(z.string().trim().toUpperCase().length(2)).default([]),
  postalPrefixes: z.array(z.string().trim().min(1).max(10)).default([]),
  areaCodes: z.array(z.string().regex(/^\d{3}$/)).default([]),
});
export type TerritoryDto = z.infer<typeof territorySchema>;

export const repSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  userId: z.number().nullable(),
  name: z.string(),
  email: z.string(),
  timeZone: z.string(),
  dailyMax: z.number().nullable(),
  active: z.boolean(),
  weeklyHours: z.array(weeklyIntervalSchema),
  territory: territorySchema,
  skills: z.array(z.string()),
  overrides: z.array(z.object({ localDate: z.iso.date(), intervals: z.array(localIntervalSchema) })),
  timeOff: z.array(
    z.object({
      id: z.number(),
      startsAt: instantSchema,
      endsAt: instantSchema,
      reason: z.string().nullable(),
    }),
  ),
});
export type RepDto = z.infer<typeof repSchema>;

export const saveRepRequestSchema = z.object({
  clientId: z.number().int().positive(),
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().toLowerCase().pipe(z.email()),
  timeZone: z.string().min(1).describe('IANA zone the working hours are read in'),
  weeklyHours: z.array(weeklyIntervalSchema),
  dailyMax: z.number().int().min(1).max(100).nullable().default(null),
  active: z.boolean().default(true),
  territory: territorySchema.default({ states: [], postalPrefixes: [], areaCodes: [] }),
  skills: z.array(z.string().trim().min(1)).default([]),
  userId: z.number().int().positive().nullable().optional().describe('The login of the rep, for the agenda'),
});
export type SaveRepRequest = z.infer<typeof saveRepRequestSchema>;

export const timeOffRequestSchema = z.object({
  startsAt: instantSchema,
  endsAt: instantSchema,
  reason: z.string().max(500).optional(),
});
/** PUT /api/reps/{id}/weekly-hours: the rep's own hours (a rep may send these, not the other fields). */
export const weeklyHoursRequestSchema = z.object({ weeklyHours: z.array(weeklyIntervalSchema) });

/** PUT /api/appointments/{id}/rep-notes: the rep's own notes on the meeting; '' clears them. */
export const repNotesRequestSchema = z.object({ text: z.string().max(5000) });

export const dateOverrideRequestSchema = z.object({
  intervals: z
    .array(localIntervalSchema)
    .describe('Working intervals that day in the rep’s zone; [] = day off'),
});

export const meetingTypeDetailSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  name: z.string(),
  durationMinutes: z.number(),
  bufferBeforeMinutes: z.number(),
  bufferAfterMinutes: z.number(),
  minimumNoticeMinutes: z.number(),
  slotStepMinutes: z.number(),
  horizonDays: z.number(),
  locationKinds: z.array(z.enum(['phone', 'video', 'in_person'])),
  assignment: z.enum(['round_robin', 'chosen']),
  requiredSkills: z.array(z.string()),
  repIds: z.array(z.number()).describe('Reps who take it; [] = every active rep of the client'),
  active: z.boolean(),
});
export type MeetingTypeDetailDto = z.infer<typeof meetingTypeDetailSchema>;

export const saveMeetingTypeRequestSchema = z.object({
  clientId: z.number().int().positive(),
  name: z.string().trim().min(1).max(200),
  durationMinutes: z.number().int().min(5).max(480),
  bufferBeforeMinutes: z.number().int().min(0).max(240).default(0),
  bufferAfterMinutes: z.number().int().min(0).max(240).default(0),
  minimumNoticeMinutes: z.number().int().min(0).max(43_200).default(60),
  slotStepMinutes: z.number().int().min(5).max(240).default(30),
  horizonDays: z.number().int().min(1).max(365).default(21),
  locationKinds: z.array(z.enum(['phone', 'video', 'in_person'])).min(1),
  assignment: z.enum(['round_robin', 'chosen']).default('round_robin'),
  requiredSkills: z.array(z.string().trim().min(1)).default([]),
  repIds: z.array(z.number().int().positive()).default([]),
  active: z.boolean().default(true),
});
export type SaveMeetingTypeRequest = z.infer<typeof saveMeetingTypeRequestSchema>;
