import { z } from 'zod';
import { instantSchema } from './common.ts';

export const leadListStatuses = ['importing', 'ready'] as const;

export const leadListSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  name: z.string(),
  source: z.string(),
  rowCount: z.number(),
  /** 'importing' while its import runs: its leads are not served and it cannot join a campaign. */
  status: z.enum(leadListStatuses),
  createdAt: instantSchema,
});
export type LeadListDto = z.infer<typeof leadListSchema>;

/**
 * Row problems a screen translates from their code and params (the reason stays English, for
 * logs and the CSV). PHONE_FOREIGN: a number of another country, kept; PHONE_FOREIGN_REFUSED: the
 * row's only phones were foreign and the import refuses them; PHONE_FOREIGN_LEFT_OUT: a foreign
 * phone left out, the row kept with its other phones (params: phone, phoneCountry, country).
 * Duplicates (params: field 'phone' | 'email', value, and leadId or row): DUPLICATE_IN_FILE the
 * same as an earlier row; DUPLICATE_IN_FILE_LEAD the same as an earlier row already stored;
 * DUPLICATE_EXISTING the client's lead; DUPLICATE_ALREADY_UPDATED a lead an earlier row updated;
 * DUPLICATE_NOTHING_NEW a lead that already has everything the row has.
 */
export const rowProblemCodes = [
  'PHONE_FOREIGN',
  'PHONE_FOREIGN_REFUSED',
  'PHONE_FOREIGN_LEFT_OUT',
  'DUPLICATE_IN_FILE',
  'DUPLICATE_IN_FILE_LEAD',
  'DUPLICATE_EXISTING',
  'DUPLICATE_ALREADY_UPDATED',
  'DUPLICATE_NOTHING_NEW',
] as const;
export type RowProblemCode = (typeof rowProblemCodes)[number];

export const rowErrorSchema = z.object({
  rowNumber: z.number(),
  field: z.string(),
  reason: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.string()).optional(),
});
export type RowErrorDto = z.infer<typeof rowErrorSchema>;

/** What happens to a row whose phone or email a lead of the client already has. */
export const dedupePolicies = ['skip', 'fill', 'overwrite'] as const;
export type DedupePolicy = (typeof dedupePolicies)[number];

/** What an import does with a phone of another country than the lead's (core phone-country.ts). */
export const foreignPhonePolicies = ['warn', 'refuse'] as const;
export type ForeignPhonePolicy = (typeof foreignPhonePolicies)[number];

export const csvDelimiterSchema = z.enum([',', ';', '\t', '|']);
export const spreadsheetFormats = ['csv', 'xlsx'] as const;

/** Column (header) → lead field ('firstName', 'phone', …), 'custom:<key>' or 'ignore'. */
export const columnMappingSchema = z.record(z.string(), z.string());

/** How to read a file; anything absent is detected. */
export const readOptionsSchema = z.object({
  encoding: z.string().min(1).max(40).optional(),
  delimiter: csvDelimiterSchema.optional(),
  sheet: z.string().min(1).max(200).optional(),
});
export type ReadOptions = z.infer<typeof readOptionsSchema>;

export const importOptionsSchema = readOptionsSchema.extend({
  clientId: z.coerce.number().int().positive(),
  listName: z.string().trim().min(1).max(200).optional(),
  mapping: columnMappingSchema.optional(),
  dedupe: z.enum(dedupePolicies).default('skip'),
  dryRun: z.boolean().default(false),
  /** A phone of another country than the lead's: 'warn' keeps it with a warning, 'refuse' leaves it out. */
  foreignPhones: z.enum(foreignPhonePolicies).default('warn'),
});
export type ImportOptionsInput = z.input<typeof importOptionsSchema>;

export const startImportSchema = importOptionsSchema.extend({
  /** An upload returned by POST /api/imports/uploads. */
  uploadId: z.string().regex(/^[a-f0-9-]{36}$/),
});
export type StartImportInput = z.input<typeof startImportSchema>;

export const uploadSchema = z.object({
  id: z.string(),
  clientId: z.number(),
  fileName: z.string(),
  size: z.number(),
});
export type UploadDto = z.infer<typeof uploadSchema>;

/** One row of a preview: the cells as read, and the lead as it would be stored (or why not). */
export const previewRowSchema = z.object({
  rowNumber: z.number(),
  cells: z.record(z.string(), z.string()),
  lead: z
    .object({
      firstName: z.string(),
      lastName: z.string(),
      email: z.string().nullable(),
      phones: z.array(z.object({ e164: z.string(), type: z.string(), extension: z.string().optional() })),
      company: z.string().nullable(),
      city: z.string().nullable(),
      state: z.string().nullable(),
      postalCode: z.string().nullable(),
      country: z.string(),
      timeZones: z.array(z.object({ timeZone: z.string(), source: z.string() })),
      timeZoneConflict: z.boolean(),
      customFields: z.record(z.string(), z.string()),
      /** The notes column's text, stored as a note on the lead. */
      note: z.string().nullable().optional(),
    })
    .nullable(),
  errors: z.array(rowErrorSchema),
  warnings: z.array(rowErrorSchema),
});
export type PreviewRow = z.infer<typeof previewRowSchema>;

export const importPreviewSchema = z.object({
  upload: uploadSchema,
  format: z.enum(spreadsheetFormats),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  headers: z.array(z.string()),
  /** The mapping given, else the one suggested from the headers (and the client's templates). */
  mapping: columnMappingSchema,
  rows: z.array(previewRowSchema),
  /** Later rows with an error or a warning, so that problems deep in the file show before a run. */
  problemRows: z.array(previewRowSchema).default([]),
  /** Data rows read for the preview (the first rows and the search for problem rows). */
  rowsScanned: z.number().default(0),
  /** The client's existing custom-field keys, most used first: a column can join one. */
  customFieldKeys: z.array(z.string()).default([]),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importJobStatuses = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;

export const importCountsSchema = z.object({
  /** Data rows read so far. */
  rows: z.number(),
  imported: z.number(),
  /** Existing leads filled or overwritten (dedupe 'fill' / 'overwrite'). */
  updated: z.number(),
  duplicates: z.number(),
  invalid: z.number(),
  dnc: z.number(),
  warnings: z.number(),
  /** Leads whose time-zone sources disagree: called only in the intersection of their windows. */
  conflicts: z.number(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

export const importJobSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  list: z.object({ id: z.number(), name: z.string(), status: z.enum(leadListStatuses) }).nullable(),
  fileName: z.string(),
  format: z.string().nullable(),
  status: z.enum(importJobStatuses),
  dryRun: z.boolean(),
  dedupe: z.enum(dedupePolicies),
  /** What the job did with phones of another country than the lead's. */
  foreignPhones: z.enum(foreignPhonePolicies).default('warn'),
  mapping: columnMappingSchema,
  headers: z.array(z.string()),
  progress: z.object({
    bytesRead: z.number(),
    totalBytes: z.number(),
    /** 0…1 of the file read. */
    fraction: z.number(),
    rowsPerSecond: z.number().nullable(),
    etaSeconds: z.number().nullable(),
  }),
  counts: importCountsSchema,
  error: z.object({ message: z.string(), field: z.string().nullable() }).nullable(),
  /** The first rejected rows (the CSV download has them all). */
  errors: z.array(rowErrorSchema),
  createdAt: instantSchema,
  startedAt: instantSchema.nullable(),
  finishedAt: instantSchema.nullable(),
  seconds: z.number().nullable(),
});
export type ImportJobDto = z.infer<typeof importJobSchema>;

export const rejectKinds = ['invalid', 'duplicate', 'warning'] as const;
export type RejectKind = (typeof rejectKinds)[number];

/** GET /api/imports/{id}/rejects: one page of an import's refused rows, duplicates or warnings. */
export const rejectsPageQuerySchema = z.object({
  kind: z.enum(rejectKinds).default('invalid'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export const rejectsPageSchema = z.object({
  kind: z.enum(rejectKinds),
  /** Rows of this kind stored for the job (warnings: the first 10,000 are kept). */
  total: z.number(),
  offset: z.number(),
  items: z.array(
    rowErrorSchema.extend({
      /** The client's lead a duplicate matched: link to it. */
      leadId: z.number().nullable(),
    }),
  ),
});
export type RejectsPage = z.infer<typeof rejectsPageSchema>;

/** GET /api/clients/{id}/custom-field-keys: keys the client's leads use, most used first. */
export const customFieldKeysSchema = z.object({ keys: z.array(z.string()) });

export const mappingTemplateSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  name: z.string(),
  mapping: columnMappingSchema,
  updatedAt: instantSchema,
});
export type MappingTemplateDto = z.infer<typeof mappingTemplateSchema>;

export const saveMappingTemplateSchema = z.object({
  name: z.string().trim().min(1).max(100),
  mapping: columnMappingSchema,
});

/** One lead sent as JSON (POST /api/leads/batch, POST /api/intake/{client}): header-less cells. */
export const leadInputSchema = z
  .object({
    firstName: z.string().max(200).optional(),
    lastName: z.string().max(200).optional(),
    fullName: z.string().max(400).optional(),
    company: z.string().max(300).optional(),
    email: z.string().max(320).optional(),
    phone: z.string().max(60),
    phone2: z.string().max(60).optional(),
    address: z.string().max(500).optional(),
    city: z.string().max(200).optional(),
    state: z.string().max(100).optional(),
    postalCode: z.string().max(20).optional(),
    country: z.string().max(60).optional(),
    timeZone: z.string().max(60).optional(),
    source: z.string().max(100).optional(),
    customFields: z.record(z.string().max(60), z.string().max(2000)).optional(),
  })
  .strict();
export type LeadInput = z.infer<typeof leadInputSchema>;

export const leadBatchSchema = z.object({
  clientId: z.number().int().positive(),
  /** The list the leads join; created when no list of the client has this name. */
  listName: z.string().trim().min(1).max(200).default('API'),
  dedupe: z.enum(dedupePolicies).default('skip'),
  leads: z.array(leadInputSchema).min(1).max(1000),
});

export const leadOutcomes = ['created', 'updated', 'duplicate', 'invalid'] as const;

export const leadBatchResultSchema = z.object({
  listId: z.number(),
  counts: z.object({
    created: z.number(),
    updated: z.number(),
    duplicates: z.number(),
    invalid: z.number(),
    dnc: z.number(),
  }),
  /** One entry per lead sent, in order; `index` is its position in `leads`. */
  results: z.array(
    z.object({
      index: z.number(),
      outcome: z.enum(leadOutcomes),
      leadId: z.number().nullable(),
      errors: z.array(z.object({ field: z.string(), reason: z.string() })),
    }),
  ),
});
export type LeadBatchResult = z.infer<typeof leadBatchResultSchema>;
