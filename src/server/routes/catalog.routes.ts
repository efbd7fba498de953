import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  createQualificationFormRequestSchema,
  createScriptRequestSchema,
  qualificationFormSchema,
  scriptSchema,
} from '../../contracts/campaigns.ts';
import { errorResponseSchema, idParamsSchema } from '../../contracts/common.ts';
import { leadListSchema } from '../../contracts/imports.ts';
import { meetingTypeDetailSchema, saveMeetingTypeRequestSchema } from '../../contracts/reps.ts';
import { requireClientAccess, requireRole } from '../../core/access/actor.ts';
import { saveMeetingType } from '../../core/appointments/meeting-type-save.ts';
import { validateQualificationForm } from '../../core/qualification/validate-qualification-form.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { AppDeps } from '../deps.ts';
import { iso } from '../http/mappers.ts';
import { clientScope } from '../http/scope.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';

const clientQuerySchema = z.object({ clientId: z.coerce.number().int().positive().optional() });

/** Lists, scripts, qualification forms and meeting types: what campaigns are made of. */
export function registerCatalogRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);

  api.get(
    '/api/lists',
    {
      schema: {
        tags: ['lists'],
        summary: 'Lead lists of the clients the user works for',
        querystring: clientQuerySchema,
        response: { 200: z.object({ lists: z.array(leadListSchema) }) },
      },
    },
    async (request) => {
      const lists = await deps.catalog.listLists(clientScope(requireActor(request), request.query.clientId));
      return { lists: lists.map((l) => ({ ...l, createdAt: iso(l.createdAt) })) };
    },
  );

  api.get(
    '/api/scripts',
    {
      schema: {
        tags: ['scripts'],
        summary: 'Call scripts',
        querystring: clientQuerySchema,
        response: { 200: z.object({ scripts: z.array(scriptSchema) }) },
      },
    },
    async (request) => ({
      scripts: await deps.catalog.listScripts(clientScope(requireActor(request), request.query.clientId)),
    }),
  );

  api.post(
    '/api/scripts',
    {
      schema: {
        tags: ['scripts'],
        summary: 'Create a call script',
        body: createScriptRequestSchema,
        response: { 201: scriptSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      requireRole(actor, ['manager', 'admin']);
      requireClientAccess(actor, request.body.clientId, 'Client');
      const id = await deps.catalog.createScript(request.body, deps.clock().epochMilliseconds);
      const script = (await deps.catalog.listScripts([request.body.clientId])).find((s) => s.id === id);
      if (!script) throw new AppError('INTERNAL', { message: 'The new script could not be read back' });
      return reply.status(201).send(script);
    },
  );

  api.get(
    '/api/qualification-forms',
    {
      schema: {
        tags: ['qualification'],
        summary: 'Qualification forms',
        querystring: clientQuerySchema,
        response: { 200: z.object({ forms: z.array(qualificationFormSchema) }) },
      },
    },
    async (request) => ({
      forms: await deps.catalog.listForms(clientScope(requireActor(request), request.query.clientId)),
    }),
  );

  api.post(
    '/api/qualification-forms',
    {
      schema: {
        tags: ['qualification'],
        summary: 'Create a qualification form',
        body: createQualificationFormRequestSchema,
        response: { 201: qualificationFormSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      requireRole(actor, ['manager', 'admin']);
      requireClientAccess(actor, request.body.clientId, 'Client');
      const problems = validateQualificationForm(request.body);
      if (problems.length > 0)
        throw new AppError('VALIDATION', { message: problems.join('; '), field: 'questions' });
      const id = await deps.catalog.createForm(request.body, deps.clock().epochMilliseconds);
      const form = (await deps.catalog.listForms([request.body.clientId])).find((f) => f.id === id);
      if (!form) throw new AppError('INTERNAL', { message: 'The new form could not be read back' });
      return reply.status(201).send(form);
    },
  );

  api.get(
    '/api/meeting-types',
    {
      schema: {
        tags: ['appointments'],
        summary: 'Meeting types, active or not, with the reps who take them',
        querystring: clientQuerySchema,
        response: {
          200: z.object({ meetingTypes: z.array(meetingTypeDetailSchema) }),
          404: errorResponseSchema,
        },
      },
    },
    async (request) => ({
      meetingTypes: await deps.catalog.listMeetingTypes(
        clientScope(requireActor(request), request.query.clientId),
      ),
    }),
  );

  const meetingTypeStore = {
    findMeetingType: deps.catalog.findMeetingType,
    insertMeetingType: deps.catalog.insertMeetingType,
    updateMeetingType: deps.catalog.updateMeetingType,
    repClients: (repIds: number[]) => deps.reps.repClients(repIds),
  };
  const readBack = async (id: number) => {
    const type = await deps.catalog.findMeetingType(id);
    if (!type) throw new AppError('INTERNAL', { message: 'The meeting type could not be read back' });
    return type;
  };
  const meetingTypeErrors = { 400: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

  api.post(
    '/api/meeting-types',
    {
      schema: {
        tags: ['appointments'],
        summary: 'Create a meeting type',
        description: '`repIds` must be reps of the same client; [] means every active rep of the client.',
        body: saveMeetingTypeRequestSchema,
        response: { 201: meetingTypeDetailSchema, ...meetingTypeErrors },
      },
    },
    async (request, reply) => {
      const id = await saveMeetingType(
        meetingTypeStore,
        requireActor(request),
        null,
        request.body,
        deps.clock(),
      );
      return reply.status(201).send(await readBack(id));
    },
  );

  api.put(
    '/api/meeting-types/:id',
    {
      schema: {
        tags: ['appointments'],
        summary: 'Replace a meeting type’s fields and reps',
        params: idParamsSchema,
        body: saveMeetingTypeRequestSchema,
        response: { 200: meetingTypeDetailSchema, ...meetingTypeErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await saveMeetingType(meetingTypeStore, actor, request.params.id, request.body, deps.clock());
      return readBack(request.params.id);
    },
  );
}
