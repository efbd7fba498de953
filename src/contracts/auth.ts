import { z } from 'zod';
import { instantSchema } from './common.ts';

export const roleSchema = z.enum(['admin', 'manager', 'setter', 'rep']);
export type RoleName = z.infer<typeof roleSchema>;

export const loginRequestSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const clientSummarySchema = z.object({
  id: z.number(),
  name: z.string(),
  slug: z.string(),
  country: z.string(),
  timeZone: z.string(),
});
export type ClientSummary = z.infer<typeof clientSummarySchema>;

export const meSchema = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  timeZone: z.string(),
  locale: z.string(),
  organizationName: z.string(),
  clients: z.array(clientSummarySchema),
});
export type Me = z.infer<typeof meSchema>;

export const sessionResponseSchema = z.object({ user: meSchema, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const createTokenRequestSchema = z.object({ name: z.string().trim().min(1).max(100) });

/** The languages the product speaks: a user's saved locale, the mails and the lead's page. */
export const languages = ['en', 'sr'] as const;
export type Language = (typeof languages)[number];

/** PUT /api/auth/locale — the languages the product speaks. */
export const localeRequestSchema = z.object({ locale: z.enum(languages) });
export const createTokenResponseSchema = z.object({
  id: z.number(),
  name: z.string(),
  token: z.string().describe('Shown once; send as "Authorization: Bearer <token>"'),
  createdAt: instantSchema,
});
