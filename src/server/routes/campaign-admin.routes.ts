import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  campaignChangesResponseSchema,
  campaignProgressResponseSchema,
  clientSettersResponseSchema,
  preferencesSchema,
} from '../../contracts/campaign-admin.ts';
import { errorResponseSchema, idParamsSchema } from '../../contracts/common.ts';
import { requireClientAccess, requireRole } from '../../core/access/actor.ts';
import { listCampaignProgress } from '../../core/campaigns/campaign-progress.ts';
import { notFound } from '../../core/shared/app-error.ts';
import type { AppDeps } from '../deps.ts';
import { iso } from '../http/mappers.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';

/** The preference key of the client last chosen on any client picker. */
const clientPreference = 'client';

export function registerCampaignAdminRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);

  api.get(
    '/api/campaigns/progress',
    {
      schema: {
        tags: ['campaigns'],
        summary:
          'Lead counts of every campaign the user may work: open, callable now, worked today, remaining',
        description:
          'One grouped statement over the leads of all campaigns (a part per campaign). `callableNow` decides the ' +
          'calling window per zone set as the queue does; 0 while a campaign is paused. `workedToday` counts ' +
          'distinct leads called since the start of the user’s day, in their time zone.',
        response: { 200: campaignProgressResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const campaigns = await listCampaignProgress(
        {
          listCampaigns: (ids) => deps.catalog.listCampaigns(ids),
          countCampaignLeads: (list, now) => deps.campaignAdmin.countCampaignLeads(list, now),
          countWorkedSince: (ids, since) => deps.campaignAdmin.countWorkedSince(ids, since),
          clientTimeZones: (ids) => deps.campaignAdmin.clientTimeZones(ids),
        },
        actor,
        deps.clock(),
      );
      return { campaigns };
    },
  );

  api.get(
    '/api/campaigns/:id/changes',
    {
      schema: {
        tags: ['campaigns'],
        summary:
          'The campaign’s change log, newest first: who changed which settings, when, before and after',
        params: idParamsSchema,
        response: { 200: campaignChangesResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireRole(actor, ['manager', 'admin']);
      const campaign = await deps.catalog.findCampaign(request.params.id);
      if (!campaign) throw notFound('Campaign');
      requireClientAccess(actor, campaign.clientId, 'Campaign');
      const changes = await deps.campaignAdmin.listChanges(campaign.id);
      return {
        changes: changes.map((entry) => ({
          id: entry.id,
          actorName: entry.actorName,
          createdAt: iso(entry.createdAt),
          changes: entry.changes,
        })),
      };
    },
  );

  api.get(
    '/api/clients/:clientId/setters',
    {
      schema: {
        tags: ['campaigns'],
        summary: 'The active setters of a client (whom a campaign may be assigned to)',
        params: z.object({ clientId: z.coerce.number().int().positive() }),
        response: { 200: clientSettersResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireRole(actor, ['manager', 'admin']);
      requireClientAccess(actor, request.params.clientId, 'Client');
      return { setters: await deps.campaignAdmin.clientSetters(request.params.clientId) };
    },
  );

  api.get(
    '/api/me/preferences',
    {
      schema: {
        tags: ['auth'],
        summary: 'The user’s remembered choices (the client last chosen), the same in every browser',
        response: { 200: preferencesSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const clientId = await deps.preferences.findPreference<number>(actor.userId, clientPreference);
      // A client the user no longer works for is forgotten, not offered.
      return {
        clientId: typeof clientId === 'number' && actor.clientIds.includes(clientId) ? clientId : null,
      };
    },
  );

  api.put(
    '/api/me/preferences',
    {
      schema: {
        tags: ['auth'],
        summary: 'Remember the user’s choices (the client last chosen)',
        body: preferencesSchema,
        response: { 200: preferencesSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { clientId } = request.body;
      if (clientId !== null) requireClientAccess(actor, clientId, 'Client');
      await deps.preferences.savePreference(actor.userId, clientPreference, clientId, deps.clock());
      return { clientId };
    },
  );
}
