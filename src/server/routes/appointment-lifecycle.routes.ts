import type { FastifyInstance } from 'fastify';
import { Temporal } from 'temporal-polyfill';
import {
  appointmentOutcomeSchema,
  appointmentSchema,
  appointmentStatusChangeSchema,
  rescheduleRequestSchema,
} from '../../contracts/appointments.ts';
import { errorResponseSchema, idParamsSchema } from '../../contracts/common.ts';
import { recordAppointmentOutcome } from '../../core/appointments/appointment-outcome.ts';
import {
  type ReschedulePort,
  rescheduleAppointment,
} from '../../core/appointments/appointment-reschedule.ts';
import { changeAppointmentStatus } from '../../core/appointments/appointment-status.ts';
import type { AppDeps } from '../deps.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';
import { readAppointmentDto } from './appointment-dto.ts';
import { slotsPort } from './leads.routes.ts';

/** What the lifecycle use cases read and write through: slots as booking sees them, the lifecycle. */
export function lifecyclePort(deps: AppDeps): ReschedulePort {
  return {
    ...slotsPort(deps),
    recentLoads: deps.reps.recentLoads,
    findAppointment: deps.appointments.findAppointment,
    findAppointmentByIdempotencyKey: deps.appointments.findAppointmentByIdempotencyKey,
    messaging: deps.messaging,
    transaction: deps.appointments.transaction,
  };
}

const errors = {
  400: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};

/** After booking: the rep marks the appointment and its outcome; setters and managers move it. */
export function registerAppointmentLifecycleRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);

  api.post(
    '/api/appointments/:id/status',
    {
      schema: {
        tags: ['appointments'],
        summary: 'Confirm, or mark held / no-show / cancelled',
        description:
          'Held and no-show once the appointment has started; the rep of the appointment, a manager or an admin ' +
          '(anyone who sees it may confirm). No-show gives the lead back to its setter as a callback due now; ' +
          'cancelled (reason required) returns the lead to the queue and sends a CANCEL to the lead and the rep.',
        params: idParamsSchema,
        body: appointmentStatusChangeSchema,
        response: { 200: appointmentSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { status, reason } = request.body;
      await changeAppointmentStatus(
        lifecyclePort(deps),
        { kind: 'user', actor },
        request.params.id,
        { status, reason: reason ?? null },
        deps.clock(),
      );
      return readAppointmentDto(deps, actor, request.params.id);
    },
  );

  api.post(
    '/api/appointments/:id/outcome',
    {
      schema: {
        tags: ['appointments'],
        summary: 'Record the sales outcome of a held appointment',
        description:
          'Won with the amount in minor units (cents) and currency; lost with a reason. The lead follows.',
        params: idParamsSchema,
        body: appointmentOutcomeSchema,
        response: { 200: appointmentSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const body = request.body;
      await recordAppointmentOutcome(
        lifecyclePort(deps),
        { kind: 'user', actor },
        request.params.id,
        {
          result: body.outcome,
          amountMinor: body.amountMinor ?? null,
          currency: body.currency,
          reason: body.reason ?? null,
        },
        deps.clock(),
      );
      return readAppointmentDto(deps, actor, request.params.id);
    },
  );

  api.post(
    '/api/appointments/:id/reschedule',
    {
      schema: {
        tags: ['appointments'],
        summary: 'Move an appointment to another open slot (setters, managers, admins)',
        description:
          'The slot must be offered by the same rules as booking. Answers the new appointment (201); the old one ' +
          'becomes "rescheduled". The same idempotencyKey returns the first move (200). A lost race answers 409 SLOT_TAKEN.',
        params: idParamsSchema,
        body: rescheduleRequestSchema,
        response: { 201: appointmentSchema, 200: appointmentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const body = request.body;
      const result = await rescheduleAppointment(
        lifecyclePort(deps),
        { kind: 'user', actor },
        {
          appointmentId: request.params.id,
          startsAt: Temporal.Instant.from(body.startsAt),
          repId: body.repId ?? null,
          idempotencyKey: body.idempotencyKey ?? null,
        },
        deps.clock(),
      );
      return reply
        .status(result.created ? 201 : 200)
        .send(await readAppointmentDto(deps, actor, result.appointmentId));
    },
  );
}
