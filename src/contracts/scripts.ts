import { z } from 'zod';
import { createScriptRequestSchema, scriptSectionSchema } from './campaigns.ts';
import { instantSchema } from './common.ts';

export const scriptModeSchema = z.enum(['verbatim', 'personalizable']);
export const scriptPurposeSchema = z.enum(['outbound', 'inbound']);
export const variantStatusSchema = z.enum([
  'draft',
  'submitted',
  'approved',
  'rejected',
  'retired',
  'needs_rebase',
]);
export type VariantStatus = z.infer<typeof variantStatusSchema>;

export const scriptVersionSummarySchema = z.object({
  version: z.number(),
  note: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: instantSchema,
});

/** GET /api/scripts/:id — the script, its current sections and every version's summary. */
export const scriptDetailSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  name: z.string(),
  mode: scriptModeSchema,
  purpose: scriptPurposeSchema,
  version: z.number(),
  sections: z.array(scriptSectionSchema),
  versions: z.array(scriptVersionSummarySchema),
  /** Variants waiting for review (managers), for a badge. */
  pendingVariants: z.number(),
});
export type ScriptDetailDto = z.infer<typeof scriptDetailSchema>;

/** PUT /api/scripts/:id (manager, admin): saves a new company version (unchanged text: no new version). */
export const saveScriptRequestSchema = z.object({
  name: z.string().trim().min(1).max(200),
  mode: scriptModeSchema,
  purpose: scriptPurposeSchema.default('outbound'),
  sections: z.array(scriptSectionSchema).min(1).max(100),
  note: z.string().trim().max(500).optional(),
});

export const scriptVersionSchema = z.object({
  scriptId: z.number(),
  version: z.number(),
  sections: z.array(scriptSectionSchema),
  note: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: instantSchema,
});

/** One change between two texts, by word: kept, added (only on the right) or removed (only on the left). */
export const diffPartSchema = z.object({
  kind: z.enum(['same', 'added', 'removed']),
  text: z.string(),
});
export const sectionDiffSchema = z.object({
  sectionId: z.string(),
  title: z.string(),
  /** The old title when the section was renamed. */
  previousTitle: z.string().nullable(),
  change: z.enum(['same', 'changed', 'added', 'removed']),
  parts: z.array(diffPartSchema),
});
export type SectionDiffDto = z.infer<typeof sectionDiffSchema>;

export const scriptVariantSchema = z.object({
  id: z.number(),
  scriptId: z.number(),
  scriptName: z.string(),
  clientId: z.number(),
  userId: z.number(),
  userName: z.string(),
  baseVersion: z.number(),
  /** The script's current version: a variant written against an older one is flagged. */
  currentVersion: z.number(),
  sections: z.array(scriptSectionSchema),
  status: variantStatusSchema,
  comment: z.string().nullable(),
  reviewComment: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  reviewedAt: instantSchema.nullable(),
  submittedAt: instantSchema.nullable(),
  updatedAt: instantSchema,
  /** Against the base version, section by section. */
  diff: z.array(sectionDiffSchema),
  /** currentVersion > baseVersion: still in use if approved, but written for older company text. */
  outdated: z.boolean(),
  /**
   * Status needs_rebase: the sections the company and the setter both changed, read in the company
   * wording until approved; `parts` diff the company wording (left) with the setter's (right).
   */
  conflicts: z.array(
    z.object({
      sectionId: z.string(),
      title: z.string(),
      mine: scriptSectionSchema.nullable(),
      parts: z.array(diffPartSchema),
    }),
  ),
});
export type ScriptVariantDto = z.infer<typeof scriptVariantSchema>;

/**
 * PUT /api/scripts/:id/my-variant (setter): creates or updates the caller's draft of a
 * personalizable script (a verbatim one: 409). `submit: true` sends it for review at once.
 */
export const saveVariantRequestSchema = z.object({
  sections: z.array(scriptSectionSchema).min(1).max(100),
  comment: z.string().trim().max(1000).optional(),
  submit: z.boolean().default(false),
});

/** POST /api/script-variants/:id/approve and /reject (manager, admin; reject needs a comment). */
export const reviewVariantRequestSchema = z.object({
  comment: z.string().trim().max(1000).optional(),
});

/**
 * GET /api/scripts/:id/for-me — what the caller reads on the call screen: their approved variant
 * of a personalizable script, else the company version; logged with every call.
 */
export const scriptForMeSchema = z.object({
  scriptId: z.number(),
  name: z.string(),
  mode: scriptModeSchema,
  version: z.number(),
  variantId: z.number().nullable(),
  /** Whose wording is read: the company's, or the caller's approved variant. */
  wording: z.enum(['company', 'mine']),
  /** The company version the caller's wording is based on; null for the company wording. */
  baseVersion: z.number().nullable(),
  /** Sections read in the company wording until the caller's change there is approved. */
  companyWordingIn: z.array(z.object({ sectionId: z.string(), title: z.string() })),
  sections: z.array(scriptSectionSchema),
});
export type ScriptForMeDto = z.infer<typeof scriptForMeSchema>;

/** GET /api/scripts/:id/outcomes — calls by version (and approved variant) and how they ended. */
export const scriptOutcomesSchema = z.object({
  items: z.array(
    z.object({
      version: z.number(),
      variantId: z.number().nullable(),
      variantOwner: z.string().nullable(),
      calls: z.number(),
      contacts: z.number(),
      qualified: z.number(),
      appointments: z.number(),
    }),
  ),
});
export type ScriptOutcomesDto = z.infer<typeof scriptOutcomesSchema>;

/** GET /api/scripts: scripts of the user's clients, of one client, of one purpose. */
export const scriptListQuerySchema = z.object({
  clientId: z.coerce.number().int().positive().optional(),
  purpose: scriptPurposeSchema.optional(),
});

/** POST /api/scripts: a new script (version 1), outbound unless told. */
export const newScriptRequestSchema = createScriptRequestSchema.extend({
  purpose: scriptPurposeSchema.default('outbound'),
});

/** GET /api/scripts/:id/diff?from=&to= — what changed between two company versions. */
export const scriptDiffQuerySchema = z.object({
  from: z.coerce.number().int().positive(),
  to: z.coerce.number().int().positive(),
});
export const scriptDiffSchema = z.object({
  scriptId: z.number(),
  from: z.number(),
  to: z.number(),
  sections: z.array(sectionDiffSchema),
});
export type ScriptDiffDto = z.infer<typeof scriptDiffSchema>;

/** GET /api/script-variants — a manager's review inbox (status=submitted); a setter's own variants. */
export const variantListQuerySchema = z.object({
  clientId: z.coerce.number().int().positive().optional(),
  scriptId: z.coerce.number().int().positive().optional(),
  status: variantStatusSchema.optional(),
});
export const scriptVariantListSchema = z.object({ variants: z.array(scriptVariantSchema) });

/**
 * GET /api/scripts/:id/my-variant — the caller's variant being worked on (draft, submitted or
 * rejected; else their approved one) and the approved one in use, if any.
 */
export const myVariantSchema = z.object({
  variant: scriptVariantSchema.nullable(),
  approved: scriptVariantSchema.nullable(),
});
export type MyVariantDto = z.infer<typeof myVariantSchema>;
