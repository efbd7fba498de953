import type { FastifyInstance } from 'fastify';
import { errorResponseSchema, idParamsSchema } from '../../contracts/common.ts';
import { clientIdParamsSchema } from '../../contracts/dispositions.ts';
import {
  type MarketingSourceDto,
  marketingSourceListSchema,
  marketingSourceSchema,
  saveMarketingSourceRequestSchema,
} from '../../contracts/marketing-sources.ts';
import {
  createMarketingSource,
  listMarketingSources,
  updateMarketingSource,
} from '../../core/marketing-sources/manage-marketing-sources.ts';
import type { MarketingSource } from '../../core/marketing-sources/marketing-source.ts';
import type { AppDeps } from '../deps.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';

const errors = {
  400: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};

const toDto = (source: MarketingSource): MarketingSourceDto => ({ ...source });

/** A client's marketing sources: what inbound callers name, recorded on their call and lead. */
export function registerMarketingSourceRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);
  const port = deps.marketingSources;

  api.get(
    '/api/clients/:clientId/marketing-sources',
    {
      schema: {
        tags: ['calls'],
        summary: 'The client’s marketing sources (mailers, coupons, ad codes), retired ones too, by code',
        params: clientIdParamsSchema,
        response: { 200: marketingSourceListSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const items = await listMarketingSources(port, actor, request.params.clientId);
      return { items: items.map(toDto) };
    },
  );

  api.post(
    '/api/clients/:clientId/marketing-sources',
    {
      schema: {
        tags: ['calls'],
        summary: 'Add a marketing source (manager, admin)',
        description:
          'Codes are matched without case, spaces, dashes or dots, in either alphabet: a code the client already ' +
          'has in any spelling answers 409 CONFLICT (field `code`).',
        params: clientIdParamsSchema,
        body: saveMarketingSourceRequestSchema,
        response: { 201: marketingSourceSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await createMarketingSource(
        port,
        actor,
        request.params.clientId,
        request.body,
        deps.clock(),
      );
      return reply.status(201).send(toDto(created));
    },
  );

  api.put(
    '/api/marketing-sources/:id',
    {
      schema: {
        tags: ['calls'],
        summary: 'Edit or retire a marketing source (manager, admin); past calls keep naming it',
        params: idParamsSchema,
        body: saveMarketingSourceRequestSchema,
        response: { 200: marketingSourceSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return toDto(await updateMarketingSource(port, actor, request.params.id, request.body, deps.clock()));
    },
  );
}
