import { z } from 'zod';
import { instantSchema } from './common.ts';
import { rowErrorSchema } from './imports.ts';

export const dncScopes = ['client', 'organization'] as const;

export const dncListSchema = z.object({
  id: z.number(),
  /** null: the list applies to every client of the organization. */
  clientId: z.number().nullable(),
  source: z.string(),
  /** The date the list was issued, as its source states it (ISO date). */
  listDate: z.iso.date(),
  fileName: z.string().nullable(),
  entryCount: z.number(),
  createdAt: instantSchema,
});
export type DncListDto = z.infer<typeof dncListSchema>;

/** Multipart fields sent before the file of POST /api/dnc-lists. */
export const dncUploadFieldsSchema = z.object({
  scope: z.enum(dncScopes),
  clientId: z.coerce.number().int().positive().optional(),
  source: z.string().trim().min(1).max(200),
  listDate: z.iso.date(),
});

export const dncUploadReportSchema = z.object({
  list: dncListSchema,
  /** Data rows read from the file. */
  rows: z.number(),
  /** Distinct valid numbers added. */
  entries: z.number(),
  invalid: z.number(),
  /** Existing leads in scope that now carry the do-not-call status. */
  leadsFlagged: z.number(),
  errors: z.array(rowErrorSchema),
});
export type DncUploadReport = z.infer<typeof dncUploadReportSchema>;

export const addDncEntrySchema = z.object({
  phone: z.string().trim().min(1).max(60),
  /** Absent: organization-wide (admins only). */
  clientId: z.number().int().positive().optional(),
  source: z.string().trim().min(1).max(200).default('manual'),
});

export const dncEntrySchema = z.object({
  id: z.number(),
  phone: z.string(),
  clientId: z.number().nullable(),
  source: z.string(),
  listId: z.number().nullable(),
  createdAt: instantSchema,
});
export type DncEntryDto = z.infer<typeof dncEntrySchema>;

export const addDncEntryResultSchema = z.object({ entry: dncEntrySchema, leadsFlagged: z.number() });

/** GET /api/dnc-lists: the lists that apply to one client, its own and the organization-wide ones. */
export const dncListsQuerySchema = z.object({ clientId: z.coerce.number().int().positive() });

/** GET /api/dnc/check: the number as typed, read in the client's country. */
export const dncCheckQuerySchema = z.object({
  phone: z.string().trim().min(1).max(60),
  clientId: z.coerce.number().int().positive(),
});

export const dncCheckResultSchema = z.object({
  /** The number in E.164, as the entries store it. */
  phone: z.string(),
  /** True when any entry of the client or of the whole organization holds the number. */
  blocked: z.boolean(),
  entries: z.array(dncEntrySchema),
});
export type DncCheckResult = z.infer<typeof dncCheckResultSchema>;
