import { z } from 'zod';
import { instantSchema } from './common.ts';

export const leadListSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  name: z.string(),
  source: z.string(),
  rowCount: z.number(),
  createdAt: instantSchema,
});
export type LeadListDto = z.infer<typeof leadListSchema>;

export const rowErrorSchema = z.object({ rowNumber: z.number(), field: z.string(), reason: z.string() });
export type RowErrorDto = z.infer<typeof rowErrorSchema>;

export const importReportSchema = z.object({
  list: leadListSchema,
  rows: z.number(),
  imported: z.number(),
  duplicates: z.number(),
  invalid: z.number(),
  dnc: z.number(),
  errors: z.array(rowErrorSchema),
  mapping: z.record(z.string(), z.string()),
});
export type ImportReport = z.infer<typeof importReportSchema>;
