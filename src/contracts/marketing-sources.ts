import { z } from 'zod';

/** Where an inbound caller heard of the client. */
export const marketingSourceKinds = ['mailer', 'coupon', 'ad', 'web', 'referral', 'other'] as const;
export const marketingSourceKindSchema = z.enum(marketingSourceKinds);
export type MarketingSourceKind = z.infer<typeof marketingSourceKindSchema>;

export const marketingSourceSchema = z.object({
  id: z.number(),
  clientId: z.number(),
  code: z.string(),
  label: z.string(),
  kind: marketingSourceKindSchema,
  active: z.boolean(),
});
export type MarketingSourceDto = z.infer<typeof marketingSourceSchema>;

/** GET /api/clients/:clientId/marketing-sources — every source of the client, retired ones too, by code. */
export const marketingSourceListSchema = z.object({ items: z.array(marketingSourceSchema) });

/** POST /api/clients/:clientId/marketing-sources and PUT /api/marketing-sources/:id (manager, admin). */
export const saveMarketingSourceRequestSchema = z.object({
  code: z.string().trim().min(1).max(60),
  label: z.string().trim().max(200).default(''),
  kind: marketingSourceKindSchema.default('other'),
  active: z.boolean().default(true),
});
export type SaveMarketingSourceRequest = z.infer<typeof saveMarketingSourceRequestSchema>;

/** The source a lead or call names, as reads show it. */
export const namedSourceSchema = z.object({ id: z.number(), code: z.string(), label: z.string() }).nullable();
