import type { FastifyInstance } from 'fastify';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import {
  appointmentSchema,
  appointmentsQuerySchema,
  bookAppointmentRequestSchema,
} from '../../contracts/appointments.ts';
import { errorResponseSchema, idParamsSchema } from '../../contracts/common.ts';
import type { Actor } from '../../core/access/actor.ts';
import { type BookingPort, bookAppointment } from '../../core/appointments/book-appointment.ts';
import { announcingBookings } from '../../core/appointments/notify-booking.ts';
import { notFound } from '../../core/shared/app-error.ts';
import { agentCallSaved } from '../agent-state-hooks.ts';
import type { AppDeps } from '../deps.ts';
import { scopeOf } from '../http/request-scope.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';
import { readAppointmentDto, toAppointmentDtos } from './appointment-dto.ts';
import { callDetailsPort, scriptUseOf, slotsPort } from './leads.routes.ts';

/** What booking reads and writes through, over this deployment's repositories. */
export function bookingPort(deps: AppDeps, actor: Actor, now: Temporal.Instant): BookingPort {
  return {
    ...slotsPort(deps),
    findForm: deps.catalog.findForm,
    campaignClientId: async (id) => (await deps.catalog.findCampaign(id))?.clientId,
    async isOnDncList(lead) {
      const phones = [lead.phone, ...lead.phones.map((p) => p.e164)];
      return (await deps.queue.dncPhones(actor.organizationId, lead.clientId, phones)).size > 0;
    },
    hasLiveAppointment: deps.appointments.hasLiveAppointment,
    findAppointmentByIdempotencyKey: deps.appointments.findAppointmentByIdempotencyKey,
    recentLoads: deps.reps.recentLoads,
    releaseHolds: deps.reps.releaseHolds,
    details: callDetailsPort(deps),
    marketingSources: deps.marketingSources,
    // The invites, the lead's link and the reminders commit with the booking.
    transaction: announcingBookings(deps.appointments.transaction, deps.messaging, now),
  };
}

export function registerAppointmentRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);

  const visibleTo = (actor: Actor) => (actor.role === 'rep' ? { repUserId: actor.userId } : {});

  api.post(
    '/api/appointments',
    {
      schema: {
        tags: ['appointments'],
        summary: 'Book an appointment for a lead (records the "appointment set" disposition too)',
        description:
          'Atomic: the slot is re-checked inside the transaction under the rep’s lock. A lost race answers 409 SLOT_TAKEN. ' +
          'A lead on a do-not-call list or closed answers 409 NOT_CALLABLE, one with a live appointment 409 CONFLICT ' +
          '(reschedule it instead). The same idempotencyKey from the same setter returns the first booking instead of ' +
          'booking twice; reused for another lead it answers 400.',
        body: bookAppointmentRequestSchema,
        response: {
          201: appointmentSchema,
          200: appointmentSchema,
          400: errorResponseSchema,
          409: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const body = request.body;
      const now = deps.clock();
      const result = await bookAppointment(
        bookingPort(deps, actor, now),
        actor,
        {
          leadId: body.leadId,
          campaignId: body.campaignId ?? null,
          meetingTypeId: body.meetingTypeId,
          startsAt: Temporal.Instant.from(body.startsAt),
          repId: body.repId ?? null,
          locationKind: body.locationKind,
          location: body.location?.trim() || null,
          questionsAsked: body.questionsAsked ?? null,
          notes: body.notes?.trim() || null,
          durationSeconds: body.durationSeconds ?? 0,
          qualification: body.qualification
            ? { ...body.qualification, interest: body.qualification.interest ?? null }
            : null,
          idempotencyKey: body.idempotencyKey ?? null,
          script: scriptUseOf(body),
          objections: body.objections ?? [],
          direction: body.direction ?? 'outbound',
          marketingSourceId: body.marketingSourceId ?? null,
        },
        now,
      );
      const appointment = await readAppointmentDto(deps, actor, result.appointmentId);
      if (result.created)
        await agentCallSaved(deps, scopeOf(request, deps), {
          clientId: appointment.clientId,
          campaignId: body.campaignId ?? null,
          leadId: body.leadId,
        });
      return reply.status(result.created ? 201 : 200).send(appointment);
    },
  );

  api.get(
    '/api/appointments',
    {
      schema: {
        tags: ['appointments'],
        summary: 'Appointments: a rep sees their own, managers and setters their clients’',
        querystring: appointmentsQuerySchema,
        response: { 200: z.object({ appointments: z.array(appointmentSchema) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const records = await deps.appointments.list({
        clientIds: actor.clientIds,
        ...visibleTo(actor),
        from: request.query.from ? Temporal.Instant.from(request.query.from) : undefined,
        to: request.query.to ? Temporal.Instant.from(request.query.to) : undefined,
      });
      return { appointments: await toAppointmentDtos(deps, records, actor.clientIds) };
    },
  );

  api.get(
    '/api/appointments/:id',
    {
      schema: {
        tags: ['appointments'],
        summary: 'One appointment with the lead and the qualification summary',
        params: idParamsSchema,
        response: { 200: appointmentSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const [record] = await deps.appointments.list({
        ids: [request.params.id],
        clientIds: actor.clientIds,
        ...visibleTo(actor),
      });
      if (!record) throw notFound('Appointment');
      const [dto] = await toAppointmentDtos(deps, [record], actor.clientIds);
      return dto;
    },
  );
}
