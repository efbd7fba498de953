import type { FastifyInstance } from 'fastify';
import { errorResponseSchema } from '../../contracts/common.ts';
import {
  type ClientOutcomesDto,
  clientIdParamsSchema,
  clientOutcomesSchema,
  saveClientOutcomesRequestSchema,
} from '../../contracts/dispositions.ts';
import { readClientOutcomes, saveClientOutcomes } from '../../core/dispositions/client-outcomes.ts';
import type { ClientOutcomes } from '../../core/dispositions/plan-outcome-save.ts';
import type { AppDeps } from '../deps.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';

const errors = { 400: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

// Core and contract shapes agree field for field; the copy keeps rows of one from leaking into the other.
const toDto = (found: ClientOutcomes): ClientOutcomesDto => ({
  outcomes: found.outcomes.map((o) => ({ ...o, flags: { ...o.flags } })),
  reasons: found.reasons.map((r) => ({ ...r })),
});

export function registerOutcomeRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);

  api.get(
    '/api/clients/:clientId/outcomes',
    {
      schema: {
        tags: ['calls'],
        summary: 'The client’s call outcomes (active first, by position) and their reasons',
        params: clientIdParamsSchema,
        response: { 200: clientOutcomesSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return toDto(await readClientOutcomes(deps.outcomes, actor, request.params.clientId));
    },
  );

  api.put(
    '/api/clients/:clientId/outcomes',
    {
      schema: {
        tags: ['calls'],
        summary: 'Replace the client’s outcome list and reasons (manager, admin)',
        description:
          'Outcomes are upserted by key in the order given; one left out is retired (kept for the calls that used it). ' +
          'Reasons are replaced by (outcomeKey, label), keeping the ids of unchanged ones. The list must keep an active ' +
          'outcome with the appointment flag and one with doNotCall; keys are unique; a reason names an outcome of the ' +
          'list; an active outcome that requires a reason keeps at least one active reason.',
        params: clientIdParamsSchema,
        body: saveClientOutcomesRequestSchema,
        response: { 200: clientOutcomesSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const saved = await saveClientOutcomes(
        deps.outcomes,
        actor,
        request.params.clientId,
        request.body,
        deps.clock(),
      );
      return toDto(saved);
    },
  );
}
