import type { FastifyInstance } from 'fastify';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import {
  type AppointmentDto,
  appointmentSchema,
  appointmentsQuerySchema,
  bookAppointmentRequestSchema,
} from '../../contracts/appointments.ts';
import { errorResponseSchema, idParamsSchema } from '../../contracts/common.ts';
import type { Actor } from '../../core/access/actor.ts';
import { bookAppointment } from '../../core/appointments/book-appointment.ts';
import { AppError, notFound } from '../../core/shared/app-error.ts';
import type { AppointmentRecord } from '../../db/repositories/appointments.repository.ts';
import type { AppDeps } from '../deps.ts';
import { iso, leadToDto } from '../http/mappers.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';
import { slotsPort } from './leads.routes.ts';

const answerText = (value: unknown, labels: Map<string, string>): string => {
  if (Array.isArray(value)) return value.map((v) => labels.get(String(v)) ?? String(v)).join(', ');
  if (value === null || value === undefined || value === '') return '—';
  return labels.get(String(value)) ?? String(value);
};

export function registerAppointmentRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);

  /** Appointments with their lead and the qualification summary a rep walks in with. */
  async function toDtos(
    records: AppointmentRecord[],
    clientIds: readonly number[],
  ): Promise<AppointmentDto[]> {
    const forms = new Map((await deps.catalog.listForms(clientIds)).map((f) => [f.id, f]));
    return Promise.all(
      records.map(async (record) => {
        const lead = await deps.leads.findLead(record.leadId);
        if (!lead) throw notFound('Lead');
        const latest = await deps.leads.latestQualification(record.leadId);
        const form = latest ? forms.get(latest.formId) : undefined;
        return {
          id: record.id,
          clientId: record.clientId,
          clientName: record.clientName,
          status: record.status,
          startsAt: iso(record.startsAt),
          endsAt: iso(record.endsAt),
          leadTimeZone: record.leadTimeZone,
          locationKind: record.locationKind,
          location: record.location,
          rep: { id: record.rep.id, name: record.rep.name, timeZone: record.rep.timeZone },
          setter: record.setter,
          meetingTypeName: record.meetingTypeName,
          lead: leadToDto(lead),
          questionsAsked: record.questionsAsked,
          notes: record.notes,
          sequence: record.sequence,
          statusReason: record.statusReason,
          outcome: record.outcome,
          rescheduledFromId: record.rescheduledFromId,
          qualification: latest
            ? {
                score: latest.score,
                qualified: latest.qualified,
                interest: latest.interest,
                answers: (form?.questions ?? []).map((q) => ({
                  question: q.label,
                  answer: answerText(
                    latest.answers[q.id],
                    new Map((q.options ?? []).map((o) => [o.value, o.label])),
                  ),
                })),
              }
            : null,
        };
      }),
    );
  }

  const visibleTo = (actor: Actor) => (actor.role === 'rep' ? { repUserId: actor.userId } : {});

  api.post(
    '/api/appointments',
    {
      schema: {
        tags: ['appointments'],
        summary: 'Book an appointment for a lead (records the "appointment set" disposition too)',
        description:
          'Atomic: the slot is re-checked inside the transaction under the rep’s lock. A lost race answers 409 SLOT_TAKEN. ' +
          'The same idempotencyKey returns the first booking instead of booking twice.',
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
      const result = await bookAppointment(
        {
          ...slotsPort(deps),
          findForm: async (id) => (await deps.catalog.listForms(actor.clientIds)).find((f) => f.id === id),
          findAppointmentByIdempotencyKey: deps.appointments.findAppointmentByIdempotencyKey,
          recentLoads: deps.appointments.recentLoads,
          transaction: deps.appointments.transaction,
        },
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
        },
        deps.clock(),
      );
      const [record] = await deps.appointments.list({
        ids: [result.appointmentId],
        clientIds: actor.clientIds,
      });
      if (!record) throw new AppError('INTERNAL', { message: 'The appointment could not be read back' });
      const [dto] = await toDtos([record], actor.clientIds);
      if (!dto) throw new AppError('INTERNAL', { message: 'The appointment could not be read back' });
      return reply.status(result.created ? 201 : 200).send(dto);
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
      return { appointments: await toDtos(records, actor.clientIds) };
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
      const [dto] = await toDtos([record], actor.clientIds);
      return dto;
    },
  );
}
