import type { FastifyInstance } from 'fastify';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { appointmentSchema } from '../../contracts/appointments.ts';
import { errorResponseSchema, idSchema } from '../../contracts/common.ts';
import {
  dateOverrideRequestSchema,
  type RepDto,
  repNotesRequestSchema,
  repSchema,
  type SaveRepRequest,
  saveRepRequestSchema,
  timeOffRequestSchema,
  weeklyHoursRequestSchema,
} from '../../contracts/reps.ts';
import type { Actor } from '../../core/access/actor.ts';
import type { RepDetail, RepFields } from '../../core/appointments/rep.ts';
import {
  addTimeOff,
  removeDateOverride,
  removeTimeOff,
  setDateOverride,
  setWeeklyHours,
} from '../../core/appointments/rep-exceptions.ts';
import { saveRepNotes } from '../../core/appointments/rep-notes.ts';
import { saveRep } from '../../core/appointments/rep-save.ts';
import { getSchedulableRep } from '../../core/appointments/rep-store.ts';
import { createRepNotesRepository } from '../../db/repositories/rep-notes.repository.ts';
import type { AppDeps } from '../deps.ts';
import { iso } from '../http/mappers.ts';
import { clientScope } from '../http/scope.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';
import { readAppointmentDto } from './appointment-dto.ts';

export const repToDto = (rep: RepDetail): RepDto => ({
  ...rep,
  timeOff: rep.timeOff.map((t) => ({
    id: t.id,
    startsAt: iso(t.startsAt),
    endsAt: iso(t.endsAt),
    reason: t.reason,
  })),
});

const repFields = (body: SaveRepRequest): RepFields => ({ ...body, userId: body.userId ?? null });
const repParams = z.object({ id: idSchema });
const errors = { 400: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

/**
 * Sales reps: weekly hours, date overrides, time off, territory and skills. Managers and admins
 * write everything; a rep writes their own weekly hours, date overrides and time off, and the
 * notes of their own appointments.
 */
export function registerRepRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);
  const { reps } = deps;
  const repNotes = createRepNotesRepository(deps.database.db);
  /** The rep as it now is, for the answer of a change. */
  const reread = async (actor: Actor, id: number) =>
    repToDto(await getSchedulableRep(reps, actor, id, deps.clock()));

  api.get(
    '/api/reps/mine',
    {
      schema: {
        tags: ['reps'],
        summary: 'The signed-in rep’s own rep records (one per client), with the exceptions still ahead',
        response: { 200: z.object({ reps: z.array(repSchema) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const all = await reps.listReps(actor.clientIds, deps.clock());
      return { reps: all.filter((rep) => rep.userId === actor.userId).map(repToDto) };
    },
  );

  api.put(
    '/api/reps/:id/weekly-hours',
    {
      schema: {
        tags: ['reps'],
        summary: 'Replace a rep’s weekly hours (the rep themselves, a manager or an admin)',
        params: repParams,
        body: weeklyHoursRequestSchema,
        response: { 200: repSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await setWeeklyHours(reps, actor, request.params.id, request.body.weeklyHours, deps.clock());
      return reread(actor, request.params.id);
    },
  );

  api.put(
    '/api/appointments/:id/rep-notes',
    {
      schema: {
        tags: ['appointments'],
        summary: 'Save the rep’s own notes on a meeting (the appointment’s rep, a manager or an admin)',
        description:
          'Replaces the earlier notes; an empty text clears them. Each version is kept in the lead’s events.',
        params: repParams,
        body: repNotesRequestSchema,
        response: { 200: appointmentSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await saveRepNotes(repNotes, actor, request.params.id, request.body.text, deps.clock());
      return readAppointmentDto(deps, actor, request.params.id);
    },
  );

  api.get(
    '/api/reps',
    {
      schema: {
        tags: ['reps'],
        summary: 'Reps of the clients the user works for, active or not, with the exceptions still ahead',
        querystring: z.object({ clientId: z.coerce.number().int().positive().optional() }),
        response: { 200: z.object({ reps: z.array(repSchema) }), 404: errorResponseSchema },
      },
    },
    async (request) => {
      const scope = clientScope(requireActor(request), request.query.clientId);
      return { reps: (await reps.listReps(scope, deps.clock())).map(repToDto) };
    },
  );

  api.post(
    '/api/reps',
    {
      schema: {
        tags: ['reps'],
        summary: 'Add a rep',
        description: 'The time zone must be an IANA name; each working interval must start before it ends.',
        body: saveRepRequestSchema,
        response: { 201: repSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await saveRep(reps, actor, null, repFields(request.body), deps.clock());
      return reply.status(201).send(await reread(actor, id));
    },
  );

  api.put(
    '/api/reps/:id',
    {
      schema: {
        tags: ['reps'],
        summary: 'Replace a rep’s fields and weekly hours (overrides and time off are kept)',
        params: repParams,
        body: saveRepRequestSchema,
        response: { 200: repSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await saveRep(reps, actor, request.params.id, repFields(request.body), deps.clock());
      return reread(actor, request.params.id);
    },
  );

  api.post(
    '/api/reps/:id/time-off',
    {
      schema: {
        tags: ['reps'],
        summary: 'Block a span of time on the rep’s calendar',
        params: repParams,
        body: timeOffRequestSchema,
        response: { 201: repSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { startsAt, endsAt, reason } = request.body;
      await addTimeOff(
        reps,
        actor,
        request.params.id,
        {
          startsAt: Temporal.Instant.from(startsAt),
          endsAt: Temporal.Instant.from(endsAt),
          reason: reason ?? null,
        },
        deps.clock(),
      );
      return reply.status(201).send(await reread(actor, request.params.id));
    },
  );

  api.delete(
    '/api/reps/:id/time-off/:timeOffId',
    {
      schema: {
        tags: ['reps'],
        summary: 'Remove a time off',
        params: z.object({ id: idSchema, timeOffId: idSchema }),
        response: { 200: repSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await removeTimeOff(reps, actor, request.params.id, request.params.timeOffId, deps.clock());
      return reread(actor, request.params.id);
    },
  );

  const overrideParams = z.object({ id: idSchema, localDate: z.iso.date() });

  api.put(
    '/api/reps/:id/overrides/:localDate',
    {
      schema: {
        tags: ['reps'],
        summary: 'Replace the weekly hours on one local date of the rep ([] = a day off)',
        params: overrideParams,
        body: dateOverrideRequestSchema,
        response: { 200: repSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, localDate } = request.params;
      await setDateOverride(reps, actor, id, localDate, request.body.intervals, deps.clock());
      return reread(actor, id);
    },
  );

  api.delete(
    '/api/reps/:id/overrides/:localDate',
    {
      schema: {
        tags: ['reps'],
        summary: 'Remove a date override: the weekly hours apply again that date',
        params: overrideParams,
        response: { 200: repSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, localDate } = request.params;
      await removeDateOverride(reps, actor, id, localDate, deps.clock());
      return reread(actor, id);
    },
  );
}
