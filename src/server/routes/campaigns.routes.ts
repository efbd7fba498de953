import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  campaignSchema,
  campaignWorkspaceSchema,
  createCampaignRequestSchema,
  nextLeadResponseSchema,
  queuePreviewSchema,
  updateCampaignRequestSchema,
} from '../../contracts/campaigns.ts';
import { errorResponseSchema, idParamsSchema } from '../../contracts/common.ts';
import type { Campaign, LeadFilter, SortKey } from '../../core/campaigns/campaign.ts';
import { isCampaignOpenTo } from '../../core/campaigns/campaign-serving.ts';
import { createCampaign } from '../../core/campaigns/create-campaign.ts';
import { type UpdateCampaignInput, updateCampaign } from '../../core/campaigns/update-campaign.ts';
import { claimNextLead } from '../../core/lead-queue/claim-next-lead.ts';
import { previewQueue } from '../../core/lead-queue/preview-queue.ts';
import { notFound } from '../../core/shared/app-error.ts';
import { agentLeadServed, requireServable } from '../agent-state-hooks.ts';
import type { AppDeps } from '../deps.ts';
import { callingToDto, campaignToDto, iso, isoOrNull, leadToDto } from '../http/mappers.ts';
import { scopeOf } from '../http/request-scope.ts';
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
        summary: 'Campaigns of the clients the user works for (a setter: those open to them)',
        response: { 200: z.object({ campaigns: z.array(campaignSchema) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const names = await clientNames(actor.clientIds);
      const campaigns = (await deps.catalog.listCampaigns(actor.clientIds)).filter((c) =>
        isCampaignOpenTo(c, actor),
      );
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
          // The schema checked custom-field keys against the same pattern the core types name.
          sortKeys: (body.sortKeys ?? null) as SortKey[] | null,
          filters: (body.filters ?? []) as LeadFilter[],
          ...(body.retryPolicy ? { retryPolicy: body.retryPolicy } : {}),
        },
        deps.clock(),
      );
      const campaign = await getCampaign(actor.clientIds, id);
      prepareOrderSoon(deps, campaign.sortKeys);
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
          'Every lead passes the calling window in its own local time. When nothing is callable, `empty` says why. ' +
          'A paused setter, or one stopped after their last lead, is served nothing: 409 AGENT_PAUSED / AGENT_STOPPED.',
        params: idParamsSchema,
        response: { 200: nextLeadResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema },
      },
    },
    async (request) => {
      const scope = scopeOf(request, deps);
      const { actor } = scope;
      await requireServable(deps, scope);
      const result = await claimNextLead(scope.queue, actor, request.params.id, deps.clock(), {
        leaseMinutes: deps.config.LEASE_MINUTES,
      });
      if ('empty' in result) {
        return {
          item: null,
          empty: {
            candidates: result.empty.candidates,
            blocked: result.empty.blocked as Record<string, number>,
            nextOpensAt: isoOrNull(result.empty.nextOpensAt),
            ...(result.empty.paused
              ? { paused: { byName: result.empty.paused.byName, at: iso(result.empty.paused.at) } }
              : {}),
            ...(result.empty.skipped
              ? {
                  skipped: {
                    leads: result.empty.skipped.leads,
                    firstReturnAt: iso(result.empty.skipped.firstReturnAt),
                  },
                }
              : {}),
          },
        };
      }
      const { claimed } = result;
      // Read by the claim already: the scope answers without a statement.
      const campaign = await scope.findCampaign(request.params.id);
      if (!campaign) throw notFound('Campaign');
      await agentLeadServed(deps, scope, {
        clientId: claimed.lead.clientId,
        campaignId: campaign.id,
        leadId: claimed.lead.id,
      });
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

  api.get(
    '/api/campaigns/:id/queue-preview',
    {
      schema: {
        tags: ['queue'],
        summary: 'The next 50 leads the queue will serve, with why each is there, and what blocks the rest',
        description:
          'Nothing is leased. `callableNow` counts the open leads whose calling window is open now; `blocked` breaks the ' +
          'others down by reason code; `nextOpens` says when blocked leads open, soonest first.',
        params: idParamsSchema,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: queuePreviewSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const preview = await previewQueue(
        deps.queue,
        actor,
        request.params.id,
        deps.clock(),
        request.query.limit,
      );
      return {
        entries: preview.entries.map((e) => ({
          position: e.position,
          reason: e.reason,
          callbackOwnerUserId: e.callbackOwnerUserId,
          lead: leadToDto(e.lead),
          calling: callingToDto(e.permit.calling, preview.campaign.callingWindow, e.permit.reasons),
          skippedByYouUntil: isoOrNull(e.skippedByYouUntil),
        })),
        callableNow: preview.callableNow,
        openLeads: preview.openLeads,
        blocked: preview.blocked as Record<string, number>,
        nextOpens: preview.nextOpens.map((o) => ({ reason: o.reason, at: iso(o.at), leads: o.leads })),
        ...(preview.paused ? { paused: { byName: preview.paused.byName, at: iso(preview.paused.at) } } : {}),
      };
    },
  );

  api.patch(
    '/api/campaigns/:id',
    {
      schema: {
        tags: ['campaigns'],
        summary:
          'Change a campaign: lists, script, form, meeting type, ordering rules, calling window, retries, setters, status',
        description:
          'Sort keys: area_code, postal_code, state, score, source, created_at, attempts, last_attempt_at, random or ' +
          'custom:<key>, each asc or desc; callbacks due now and fresh hot leads always come first. Filters: state, ' +
          'postal_prefix, area_code, status, source or custom:<key>, `in` or `not_in` a list of values; all must hold. ' +
          '`status: paused` stops the queue (claims serve nothing and say who paused it); `setterIds` assigns setters ' +
          '(empty: every setter of the client). Every change is logged (GET /api/campaigns/{id}/changes).',
        params: idParamsSchema,
        body: updateCampaignRequestSchema,
        response: { 200: campaignSchema, 400: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateCampaign(
        {
          findCampaign: (id) => deps.catalog.findCampaign(id),
          ownerClients: (kind, ids) => deps.catalog.ownerClients(kind, ids),
          clientSetterIds: (clientId, ids) => deps.campaignAdmin.clientSetterIds(clientId, ids),
          updateCampaign: (id, update) => deps.campaignAdmin.updateCampaign(id, update),
        },
        actor,
        request.params.id,
        request.body as UpdateCampaignInput,
        deps.clock(),
      );
      const campaign = await getCampaign(actor.clientIds, request.params.id);
      prepareOrderSoon(deps, campaign.sortKeys);
      const names = await clientNames([campaign.clientId]);
      return campaignToDto(campaign, names.get(campaign.clientId) ?? '');
    },
  );
}

/**
 * The index serving a campaign's order is built once the answer is on its way (on SQLite the
 * build holds the process for seconds at a million leads): when the manager saves, not on the
 * first setter's claim.
 */
function prepareOrderSoon(deps: AppDeps, sortKeys: SortKey[]): void {
  // A failed build is retried by the next claim, which serves by sorting meanwhile.
  setImmediate(() => void deps.queue.prepareOrder(sortKeys));
}
