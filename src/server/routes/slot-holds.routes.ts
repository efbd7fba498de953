import type { FastifyInstance } from 'fastify';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { errorResponseSchema, instantSchema } from '../../contracts/common.ts';
import { holdSlot } from '../../core/appointments/slot-hold.ts';
import type { AppDeps } from '../deps.ts';
import { iso } from '../http/mappers.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';
import { slotsPort } from './leads.routes.ts';

const slotHoldRequestSchema = z.object({
  leadId: z.number().int().positive(),
  meetingTypeId: z.number().int().positive(),
  startsAt: instantSchema,
  repId: z.number().int().positive().optional().describe('A chosen rep; omitted: picked as a booking would'),
});
const slotHoldSchema = z.object({ id: z.number(), repId: z.number(), expiresAt: instantSchema });

/** Short holds on a slot while a setter confirms the details with the lead. */
export function registerSlotHoldRoutes(app: FastifyInstance, deps: AppDeps): void {
  typed(app).post(
    '/api/slot-holds',
    {
      schema: {
        tags: ['appointments'],
        summary: 'Hold an offered slot for two minutes while confirming the details',
        description:
          'Other setters are no longer offered the rep at that time and their bookings of it answer 409 SLOT_TAKEN; ' +
          'the holder’s own booking of the lead releases it. A new hold of the same lead replaces the previous one.',
        body: slotHoldRequestSchema,
        response: {
          201: slotHoldSchema,
          400: errorResponseSchema,
          404: errorResponseSchema,
          409: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { reps } = deps;
      const hold = await holdSlot(
        { ...slotsPort(deps), recentLoads: reps.recentLoads, placeHold: reps.placeHold },
        actor,
        {
          leadId: request.body.leadId,
          meetingTypeId: request.body.meetingTypeId,
          startsAt: Temporal.Instant.from(request.body.startsAt),
          repId: request.body.repId ?? null,
        },
        deps.clock(),
      );
      return reply.status(201).send({ id: hold.id, repId: hold.repId, expiresAt: iso(hold.expiresAt) });
    },
  );
}
