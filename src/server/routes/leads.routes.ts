import type { FastifyInstance } from 'fastify';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import {
  slotDaysQuerySchema,
  slotDaysResponseSchema,
  slotsQuerySchema,
  slotsResponseSchema,
} from '../../contracts/appointments.ts';
import { errorResponseSchema, idParamsSchema, okSchema } from '../../contracts/common.ts';
import {
  leadDetailSchema,
  logAttemptRequestSchema,
  logAttemptResponseSchema,
} from '../../contracts/leads.ts';
import { requireClientAccess } from '../../core/access/actor.ts';
import { findSlotDaysForLead, findSlotPageForLead } from '../../core/appointments/slot-pages-for-lead.ts';
import { defaultCallingWindow } from '../../core/calling-hours/calling-window-policy.ts';
import { requireCampaignHoldsLead } from '../../core/lead-queue/campaign-of-lead.ts';
import { permitsFor } from '../../core/lead-queue/permits-for.ts';
import type { CallDetailsPort, ScriptUseInput } from '../../core/leads/call-details.ts';
import { logAttempt } from '../../core/leads/log-attempt.ts';
import { AppError, notFound } from '../../core/shared/app-error.ts';
import { createLeadWriter } from '../../db/repositories/leads.repository.ts';
import { agentCallSaved, agentLeadReleased } from '../agent-state-hooks.ts';
import type { AppDeps } from '../deps.ts';
import { callingToDto, iso, leadToDto } from '../http/mappers.ts';
import { callbackRulesPort } from '../http/queue-flow-ports.ts';
import { scopeOf } from '../http/request-scope.ts';
import { slotDaysDto } from '../http/slot-days-dto.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';

const instantOrNull = (text: string | undefined) => (text ? Temporal.Instant.from(text) : null);

/**
 * The text `Temporal.Instant#toString()` gives for a whole-millisecond instant ('…T14:30:00Z',
 * no zero fraction), ten times faster: slot lists format hundreds of them per request.
 */
function isoFromEpochMs(epochMs: number): string {
  const text = new Date(epochMs).toISOString();
  return epochMs % 1000 === 0 ? `${text.slice(0, 19)}Z` : text.replace(/0+Z$/, 'Z');
}

export function registerLeadRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);

  api.get(
    '/api/leads/:id',
    {
      schema: {
        tags: ['leads'],
        summary: 'A lead with its calling decision now, attempts and timeline',
        params: idParamsSchema,
        querystring: z.object({ campaignId: z.coerce.number().int().positive().optional() }),
        response: { 200: leadDetailSchema, 400: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const lead = await deps.leads.findLead(request.params.id);
      if (!lead) throw notFound('Lead');
      requireClientAccess(actor, lead.clientId, 'Lead');
      const client = await deps.clients.findById(lead.clientId);
      if (!client) throw notFound('Client');
      const campaign = request.query.campaignId
        ? await deps.catalog.findCampaign(request.query.campaignId)
        : undefined;
      if (request.query.campaignId && !campaign) throw notFound('Campaign');
      // The window of the campaign the lead is worked in, which must serve it; else the default.
      if (campaign) requireCampaignHoldsLead(campaign, lead);
      const window = campaign ? campaign.callingWindow : defaultCallingWindow;
      // The same gate as the queue: window, state rules, do-not-call, status (a card may be opened
      // during a callback, so the retry gap does not count here).
      const [permit] = await permitsFor(
        deps.queue,
        {
          client,
          callingWindow: window,
          ...(campaign ? { retryPolicy: campaign.retryPolicy } : {}),
          userId: actor.userId,
          now: deps.clock(),
          ignoreRetryGap: true,
        },
        [lead],
      );
      if (!permit) throw notFound('Lead');
      const [attempts, events, marketingSource] = await Promise.all([
        deps.leads.attempts(lead.id),
        deps.leads.events(lead.id),
        deps.marketingSources.sourceOfLead(lead.id),
      ]);
      return {
        marketingSource,
        lead: leadToDto(lead),
        calling: callingToDto(permit.calling, window, permit.reasons),
        attempts: attempts.map((a) => ({ ...a, startedAt: iso(a.startedAt) })),
        events: events.map((e) => ({ ...e, createdAt: iso(e.createdAt) })),
      };
    },
  );

  api.post(
    '/api/leads/:id/release',
    {
      schema: {
        tags: ['queue'],
        summary: 'Give a served lead back to the queue without a call (skip)',
        params: idParamsSchema,
        response: { 200: okSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const scope = scopeOf(request, deps);
      const lead = await deps.leads.findLead(request.params.id);
      if (!lead) throw notFound('Lead');
      requireClientAccess(scope.actor, lead.clientId, 'Lead');
      await deps.leads.releaseLease(lead.id, scope.actor.userId);
      await agentLeadReleased(deps, scope);
      return { ok: true as const };
    },
  );

  api.post(
    '/api/leads/:id/attempts',
    {
      schema: {
        tags: ['calls'],
        summary: 'Log a call with its disposition',
        description:
          'Records the attempt, the lead’s next status, a callback (call_back), a do-not-call entry (do_not_call), the ' +
          'outcome and reason, the script version, the objections and the qualification answers in one transaction. ' +
          'Send either `disposition` or `callResult` (with `outcomeId` when a person was reached, and `reasonId` when the ' +
          'outcome requires a reason), not both. Appointments are booked with POST /api/appointments instead: an ' +
          'appointment outcome answers 400 BOOK_THROUGH_CALENDAR.',
        params: idParamsSchema,
        body: logAttemptRequestSchema,
        response: {
          201: logAttemptResponseSchema,
          400: errorResponseSchema,
          404: errorResponseSchema,
          409: errorResponseSchema,
          422: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request, deps);
      const { actor } = scope;
      const body = request.body;
      if (body.disposition === 'appointment_set') {
        throw new AppError('VALIDATION', {
          message:
            'Book the appointment with POST /api/appointments: it records the disposition with the booking',
          field: 'disposition',
        });
      }
      const { db } = deps.database;
      const { findCampaign } = scope;
      const result = await logAttempt(
        {
          findLead: deps.leads.findLead,
          findForm: deps.catalog.findForm,
          campaignClientId: async (id) => (await findCampaign(id))?.clientId,
          campaignListIds: async (id) => (await findCampaign(id))?.listIds,
          campaignRetryPolicy: async (id) => (await findCampaign(id))?.retryPolicy,
          callbackRules: callbackRulesPort(deps, scope),
          details: callDetailsPort(deps),
          marketingSources: deps.marketingSources,
          transaction: (work) =>
            db.transaction().execute((trx) => work(createLeadWriter(trx, async () => actor.organizationId))),
        },
        actor,
        request.params.id,
        {
          campaignId: body.campaignId ?? null,
          disposition: body.disposition ?? null,
          call: body.callResult
            ? {
                callResult: body.callResult,
                outcomeId: body.outcomeId ?? null,
                reasonId: body.reasonId ?? null,
                reasonText: body.reasonText ?? null,
              }
            : null,
          reason: body.reason?.trim() || null,
          notes: body.notes?.trim() || null,
          startedAt: instantOrNull(body.startedAt),
          durationSeconds: body.durationSeconds ?? 0,
          callbackAt: instantOrNull(body.callbackAt),
          callbackFor: body.callbackFor,
          qualification: body.qualification
            ? { ...body.qualification, interest: body.qualification.interest ?? null }
            : null,
          questionsAsked: body.questionsAsked ?? null,
          direction: body.direction,
          marketingSourceId: body.marketingSourceId ?? null,
          script: scriptUseOf(body),
          objections: body.objections ?? [],
        },
        deps.clock(),
      );
      await agentCallSaved(deps, scope, {
        clientId: result.clientId,
        campaignId: body.campaignId ?? null,
        leadId: request.params.id,
      });
      const { attempt } = result;
      return reply.status(201).send({
        attempt: { ...attempt, startedAt: iso(attempt.startedAt) },
        leadStatus: result.leadStatus,
        callbackId: result.callbackId,
      });
    },
  );

  api.get(
    '/api/leads/:id/slots',
    {
      schema: {
        tags: ['appointments'],
        summary: 'Open appointment slots of the reps eligible for the lead, next available first',
        description:
          'Eligible: active reps of the lead’s client who take the meeting type, with its required skills, whose ' +
          'territory holds the lead (state, postal-code prefix or area code; an empty territory is anywhere); only ' +
          '`repId` when given. Date overrides, time off, bookings and other setters’ holds are respected. In each ' +
          'slot the lead’s owner rep comes first. A rep who is not eligible answers 400 VALIDATION.',
        params: idParamsSchema,
        querystring: slotsQuerySchema,
        response: { 200: slotsResponseSchema, 400: errorResponseSchema, 404: errorResponseSchema },
      },
      // Hundreds of slots per answer, built by typed code: re-validating each instant string with
      // zod on the way out costs more than the search itself.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (request) => {
      const actor = requireActor(request);
      const { from, to, limit } = request.query;
      const found = await findSlotPageForLead(
        slotsPort(deps),
        actor,
        {
          leadId: request.params.id,
          meetingTypeId: request.query.meetingTypeId,
          repId: request.query.repId ?? null,
          locationKind: request.query.locationKind ?? null,
          range: {
            from: from ? Temporal.Instant.from(from) : null,
            to: to ? Temporal.Instant.from(to) : null,
            limit,
          },
        },
        deps.clock(),
      );
      const { page } = found;
      return {
        leadTimeZone: found.lead.timeZone,
        reps: found.reps.map((r) => ({ id: r.id, name: r.name, timeZone: r.timeZone })),
        slots: page.slots.map((s) => ({
          startsAt: isoFromEpochMs(s.startsAt.epochMilliseconds),
          endsAt: isoFromEpochMs(s.endsAt.epochMilliseconds),
          repIds: s.repIds,
        })),
        hasMore: page.hasMore,
        nextFrom: page.nextFrom ? isoFromEpochMs(page.nextFrom.epochMilliseconds) : null,
        horizonEnd: isoFromEpochMs(found.horizonEnd.epochMilliseconds),
      };
    },
  );

  api.get(
    '/api/leads/:id/slot-days',
    {
      schema: {
        tags: ['appointments'],
        summary: 'Every date of the meeting type’s horizon with its number of open slots (a day navigator)',
        description:
          'The same search as `/slots` (same filters), summed per local date of `timeZone` (default: the ' +
          'lead’s zone); dates without a slot are listed with 0. An unknown zone answers 400 VALIDATION.',
        params: idParamsSchema,
        querystring: slotDaysQuerySchema,
        response: { 200: slotDaysResponseSchema, 400: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) =>
      slotDaysDto(
        await findSlotDaysForLead(
          slotsPort(deps),
          requireActor(request),
          {
            leadId: request.params.id,
            meetingTypeId: request.query.meetingTypeId,
            repId: request.query.repId ?? null,
            locationKind: request.query.locationKind ?? null,
            timeZone: request.query.timeZone ?? null,
          },
          deps.clock(),
        ),
      ),
  );
}

/** The script fields of a call or booking request. */
export function scriptUseOf(body: {
  scriptId?: number | undefined;
  scriptVersion?: number | undefined;
  scriptVariantId?: number | undefined;
}): ScriptUseInput {
  return {
    scriptId: body.scriptId ?? null,
    scriptVersion: body.scriptVersion ?? null,
    scriptVariantId: body.scriptVariantId ?? null,
  };
}

/** The client's outcomes, reasons, objections and scripts a logged call is checked against. */
export function callDetailsPort(deps: AppDeps): CallDetailsPort {
  const { outcomes, objections, leads } = deps;
  return {
    findOutcome: outcomes.findOutcome,
    findOutcomeReason: outcomes.findOutcomeReason,
    appointmentOutcome: outcomes.appointmentOutcome,
    findObjections: objections.findObjections,
    findScript: leads.findScriptOwner,
    hasScriptVersion: leads.hasScriptVersion,
    findScriptVariant: leads.findScriptVariantOwner,
  };
}

/** What finding slots for a lead reads, over this deployment's repositories. */
export function slotsPort(deps: AppDeps) {
  const { reps } = deps;
  return {
    findLead: deps.leads.findLead,
    findMeetingType: deps.catalog.findMeetingType,
    activeReps: reps.activeReps,
    leadOwnerRepId: reps.leadOwnerRepId,
    busyIntervals: reps.busyIntervals,
    repExceptions: reps.repExceptions,
  };
}
