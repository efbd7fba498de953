import { z } from 'zod';

export const todayStatsQuerySchema = z.object({ clientId: z.coerce.number().int().positive().optional() });
export const setterDayStatsSchema = z.object({
  setterId: z.number(),
  setterName: z.string(),
  attempts: z.number(),
  contacts: z.number(),
  appointmentsSet: z.number(),
});
export const todayStatsResponseSchema = z.object({
  localDate: z.string(),
  timeZone: z.string(),
  setters: z.array(setterDayStatsSchema),
  totals: z.object({ attempts: z.number(), contacts: z.number(), appointmentsSet: z.number() }),
});
export type TodayStats = z.infer<typeof todayStatsResponseSchema>;
