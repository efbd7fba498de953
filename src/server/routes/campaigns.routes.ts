import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  campaignSchema,
  campaignWorkspaceSchema,
  createCampaignRequestSchema,
  nextLeadResponseSchema,
} from '../../contracts/campaigns.ts';
import { errorResponseSchema, idParamsSchema } from '../../contracts/common.ts';
import type { Campaign } from '../../core/campaigns/campaign.ts';
import { createCampaign } from '../../core/campaigns/create-campaign.ts';
import { claimNextLead } from '../../core/lead-queue/claim-next-lead.ts';
import { notFound } from '../../core/shared/app-error.ts';
import type { AppDeps } from '../deps.ts';
import { callingToDto, campaignToDto, iso, isoOrNull, leadToDto } from '../http/mappers.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';

export function registerCampaignRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);
  const clientNames = async (ids: readonly number[]) =>
    new Map((await deps.clients.listByIds(ids)).map((c) => [c.id, c.name]));
  const getCampaign = async (actorClientIds: readonly number[], id: number): Promise<Campaign> => {
    const campaign = await deps.catalog.findCampaign(id);
    if (!campaign || !actorClientIds.includes(campaign.clientId)) throw notFound('Campaign');
    return campaign;
  };

  api.get(
    '/api/campaigns',
    {
      schema: {
        tags: ['campaigns'],
        summary: 'Campaigns of the clients the user works for',
        response: { 200: z.object({ campaigns: z.array(campaignSchema) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const names = await clientNames(actor.clientIds);
      const campaigns = await deps.catalog.listCampaigns(actor.clientIds);
      return { campaigns: campaigns.map((c) => campaignToDto(c, names.get(c.clientId) ?? '')) };
    },
  );

  api.post(
    '/api/campaigns',
    {
      schema: {
        tags: ['campaigns'],
        summary: 'Create a campaign over lead lists of one client',
        body: createCampaignRequestSchema,
        response: { 201: campaignSchema, 400: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const body = request.body;
      const id = await createCampaign(
        { ownerClients: deps.catalog.ownerClients, insertCampaign: deps.catalog.insertCampaign },
        actor,
        {
          clientId: body.clientId,
          name: body.name,
          listIds: body.listIds,
          scriptId: body.scriptId ?? null,
          qualificationFormId: body.qualificationFormId ?? null,
          meetingTypeId: body.meetingTypeId ?? null,
          callingWindow: body.callingWindow ?? null,
          sortKeys: null,
        },
        deps.clock(),
      );
      const campaign = await getCampaign(actor.clientIds, id);
      const names = await clientNames([campaign.clientId]);
      return reply.status(201).send(campaignToDto(campaign, names.get(campaign.clientId) ?? ''));
    },
  );

  api.get(
    '/api/campaigns/:id',
    {
      schema: {
        tags: ['campaigns'],
        summary: 'One campaign',
        params: idParamsSchema,
        response: { 200: campaignSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const campaign = await getCampaign(actor.clientIds, request.params.id);
      const names = await clientNames([campaign.clientId]);
      return campaignToDto(campaign, names.get(campaign.clientId) ?? '');
    },
  );

  api.get(
    '/api/campaigns/:id/workspace',
    {
      schema: {
        tags: ['campaigns'],
        summary:
          'Everything the call screen needs for a campaign: script, qualification form, meeting type, client',
        params: idParamsSchema,
        response: { 200: campaignWorkspaceSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const campaign = await getCampaign(actor.clientIds, request.params.id);
      const client = await deps.clients.findById(campaign.clientId);
      if (!client) throw notFound('Client');
      const [scripts, forms, types] = await Promise.all([
        deps.catalog.listScripts([client.id]),
        deps.catalog.listForms([client.id]),
        deps.catalog.listMeetingTypes([client.id]),
      ]);
      return {
        campaign: campaignToDto(campaign, client.name),
        script: scripts.find((s) => s.id === campaign.scriptId) ?? null,
        qualificationForm: forms.find((f) => f.id === campaign.qualificationFormId) ?? null,
        meetingType: types.find((t) => t.id === campaign.meetingTypeId) ?? types[0] ?? null,
        client: { id: client.id, name: client.name, timeZone: client.timeZone },
      };
    },
  );

  api.post(
    '/api/campaigns/:id/next',
    {
      schema: {
        tags: ['queue'],
        summary: 'Serve the next lead of the campaign, leased to the calling setter',
        description:
          'Callbacks due now come first (the setter’s own first), then fresh hot leads, then the campaign order. ' +
          'Every lead passes the calling window in its own local time. When nothing is callable, `empty` says why.',
        params: idParamsSchema,
        response: { 200: nextLeadResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const result = await claimNextLead(deps.queue, actor, request.params.id, deps.clock(), {
        leaseMinutes: deps.config.LEASE_MINUTES,
      });
      if ('empty' in result) {
        return {
          item: null,
          empty: {
            candidates: result.empty.candidates,
            blocked: result.empty.blocked as Record<string, number>,
            nextOpensAt: isoOrNull(result.empty.nextOpensAt),
          },
        };
      }
      const { claimed } = result;
      const campaign = await getCampaign(actor.clientIds, request.params.id);
      return {
        item: {
          lead: leadToDto(claimed.lead),
          calling: callingToDto(claimed.permit.calling, campaign.callingWindow),
          leaseExpiresAt: iso(claimed.leaseExpiresAt),
          reason: claimed.reason,
          callback: claimed.callback
            ? { id: claimed.callback.id, dueAt: iso(claimed.callback.dueAt), note: claimed.callback.note }
            : null,
        },
        empty: null,
      };
    },
  );
}
