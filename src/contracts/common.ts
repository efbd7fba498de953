import { z } from 'zod';

/** An instant on the wire: ISO-8601 in UTC, e.g. "2026-11-27T14:30:00.000Z". */
export const instantSchema = z.iso.datetime({ offset: true }).describe('ISO-8601 instant');
export const idSchema = z.coerce.number().int().positive();
export const idParamsSchema = z.object({ id: idSchema });

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    details: z.unknown().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const okSchema = z.object({ ok: z.literal(true) });
