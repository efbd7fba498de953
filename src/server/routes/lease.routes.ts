import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errorResponseSchema, idParamsSchema, instantSchema } from '../../contracts/common.ts';
import { requireClientAccess } from '../../core/access/actor.ts';
import { AppError, notFound } from '../../core/shared/app-error.ts';
import type { AppDeps } from '../deps.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';

export function registerLeaseRoutes(app: FastifyInstance, deps: AppDeps): void {
  typed(app).post(
    '/api/leads/:id/lease',
    {
      schema: {
        tags: ['queue'],
        summary: 'Renew the lease on a served lead while its call screen is open',
        description:
          'Extends the caller’s lease (or takes a lapsed one back when nobody else holds the lead). ' +
          '409 LEAD_NOT_LEASED when another setter holds it now.',
        params: idParamsSchema,
        response: {
          200: z.object({ leaseExpiresAt: instantSchema }),
          404: errorResponseSchema,
          409: errorResponseSchema,
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const lead = await deps.leads.findLead(request.params.id);
      if (!lead) throw notFound('Lead');
      requireClientAccess(actor, lead.clientId, 'Lead');
      const now = deps.clock();
      const until = now.add({ minutes: deps.config.LEASE_MINUTES });
      if (
        !(await deps.leads.renewLease(lead.id, actor.userId, now.epochMilliseconds, until.epochMilliseconds))
      ) {
        throw new AppError('LEAD_NOT_LEASED', { message: 'Another setter is working this lead right now' });
      }
      return { leaseExpiresAt: until.toString() };
    },
  );
}
