import type { FastifyInstance } from 'fastify';
import { errorResponseSchema, idParamsSchema } from '../../contracts/common.ts';
import {
  myCallbacksResponseSchema,
  queueSettingsSchema,
  skipLeadRequestSchema,
  skipLeadResponseSchema,
} from '../../contracts/queue-flow.ts';
import { callbackHandoverAt } from '../../core/lead-queue/queue-settings.ts';
import { saveQueueSettings } from '../../core/lead-queue/save-queue-settings.ts';
import { skipLead } from '../../core/lead-queue/skip-lead.ts';
import { createSkipWriter } from '../../db/repositories/queue-flow.repository.ts';
import { agentLeadReleased } from '../agent-state-hooks.ts';
import type { AppDeps } from '../deps.ts';
import { iso } from '../http/mappers.ts';
import { scopeOf } from '../http/request-scope.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';

export function registerQueueFlowRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);

  api.post(
    '/api/leads/:id/skip',
    {
      schema: {
        tags: ['queue'],
        summary: 'Skip a served lead: give it back, not served again to this setter for a while',
        description:
          'Gives the lease back without a call and records the skip (who, when, optional reason) on the lead’s ' +
          'timeline. The queue does not serve the lead to this setter again before `skippedUntil` (the campaign’s ' +
          '`queueSettings.skipMinutes`, 30 by default); other setters may take it at once. A campaign whose lists ' +
          'do not hold the lead answers 400 LEAD_NOT_IN_CAMPAIGN.',
        params: idParamsSchema,
        body: skipLeadRequestSchema,
        response: { 200: skipLeadResponseSchema, 400: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { db } = deps.database;
      const result = await skipLead(
        {
          findLead: deps.leads.findLead,
          findCampaign: deps.catalog.findCampaign,
          transaction: (work) => db.transaction().execute((trx) => work(createSkipWriter(trx))),
        },
        actor,
        request.params.id,
        {
          campaignId: request.body.campaignId ?? null,
          reason: request.body.reason ?? null,
          note: request.body.note?.trim() || null,
        },
        deps.clock(),
      );
      await agentLeadReleased(deps, scopeOf(request, deps));
      return { skippedUntil: iso(result.skippedUntil) };
    },
  );

  api.get(
    '/api/callbacks',
    {
      schema: {
        tags: ['queue'],
        summary: 'The signed-in setter’s pending callbacks, soonest first',
        description:
          'Each with the lead’s zone (for the lead’s clock) and `handoverAt`: when an overdue callback passes to ' +
          'anyone on the team (the campaign’s `queueSettings.callbackHandoverMinutes` after it was due).',
        response: { 200: myCallbacksResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const callbacks = await deps.queueFlow.ownCallbacks(actor.userId, actor.clientIds);
      return {
        callbacks: callbacks.map(({ queueSettings, ...c }) => ({
          ...c,
          dueAt: iso(c.dueAt),
          handoverAt: iso(callbackHandoverAt(c.dueAt, queueSettings)),
        })),
      };
    },
  );

  api.put(
    '/api/campaigns/:id/queue-settings',
    {
      schema: {
        tags: ['campaigns'],
        summary: 'How long a skip lasts; when an overdue personal callback passes to anyone',
        params: idParamsSchema,
        body: queueSettingsSchema.partial(),
        response: { 200: queueSettingsSchema, 400: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { skipMinutes, callbackHandoverMinutes } = request.body;
      return saveQueueSettings(
        { findCampaign: deps.catalog.findCampaign, saveQueueSettings: deps.queueFlow.saveQueueSettings },
        actor,
        request.params.id,
        {
          ...(skipMinutes !== undefined ? { skipMinutes } : {}),
          ...(callbackHandoverMinutes !== undefined ? { callbackHandoverMinutes } : {}),
        },
      );
    },
  );
}
