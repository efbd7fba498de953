import { z } from 'zod';
import { languages } from './auth.ts';

/** PUT /api/organization — what an admin sets for the whole organization. */
export const organizationSettingsRequestSchema = z.object({
  locale: z
    .enum(languages)
    .describe('The language the product names new data in: a new client’s outcomes and reasons'),
});
export type OrganizationSettingsRequest = z.infer<typeof organizationSettingsRequestSchema>;

/** GET /api/organization */
export const organizationSettingsSchema = organizationSettingsRequestSchema.extend({ name: z.string() });
export type OrganizationSettings = z.infer<typeof organizationSettingsSchema>;
