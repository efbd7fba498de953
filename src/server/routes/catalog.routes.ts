import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  createQualificationFormRequestSchema,
  qualificationFormSchema,
  scriptSchema,
} from '../../contracts/campaigns.ts';
import { errorResponseSchema, idParamsSchema } from '../../contracts/common.ts';
import { leadListSchema } from '../../contracts/imports.ts';
import { meetingTypeDetailSchema, saveMeetingTypeRequestSchema } from '../../contracts/reps.ts';
import { newScriptRequestSchema, scriptListQuerySchema } from '../../contracts/scripts.ts';
import { requireClientAccess, requireRole } from '../../core/access/actor.ts';
import { saveMeetingType } from '../../core/appointments/meeting-type-save.ts';
import type { QualificationForm } from '../../core/qualification/qualification-form.ts';
import { validateQualificationForm } from '../../core/qualification/validate-qualification-form.ts';
import { normalizeSection } from '../../core/scripts/same-sections.ts';
import { requireValidScript } from '../../core/scripts/validate-script.ts';
import { AppError, notFound } from '../../core/shared/app-error.ts';
import type { AppDeps } from '../deps.ts';
import { iso } from '../http/mappers.ts';
import { clientScope } from '../http/scope.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';

const clientQuerySchema = z.object({ clientId: z.coerce.number().int().positive().optional() });

/** An edited form keeps its client: the body is a new form's without `clientId`. */
const updateQualificationFormRequestSchema = createQualificationFormRequestSchema.omit({ clientId: true });

/** New and edited forms pass the same checks; each problem names its question. */
function requireUsableForm(form: QualificationForm): void {
  const problems = validateQualificationForm(form);
  if (problems.length > 0)
    throw new AppError('VALIDATION', { message: problems.join('; '), field: 'questions' });
}

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
        summary: 'Call scripts, by name; `purpose=inbound` gives the scripts for incoming calls',
        querystring: scriptListQuerySchema,
        response: { 200: z.object({ scripts: z.array(scriptSchema) }) },
      },
    },
    async (request) => ({
      scripts: await deps.catalog.listScripts(
        clientScope(requireActor(request), request.query.clientId),
        request.query.purpose,
      ),
    }),
  );

  api.post(
    '/api/scripts',
    {
      schema: {
        tags: ['scripts'],
        summary: 'Create a call script (its version 1)',
        description:
          'The first section must be the opening (id `opening`) and use {{setter.firstName}} and ' +
          '{{client.name}}: who is calling and for whom. Branch targets must be section ids.',
        body: newScriptRequestSchema,
        response: {
          201: scriptSchema,
          400: errorResponseSchema,
          403: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      requireRole(actor, ['manager', 'admin']);
      requireClientAccess(actor, request.body.clientId, 'Client');
      requireValidScript(request.body.sections);
      const id = await deps.catalog.createScript(
        {
          ...request.body,
          sections: request.body.sections.map(normalizeSection),
          createdByUserId: actor.userId,
        },
        deps.clock().epochMilliseconds,
      );
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
      requireUsableForm(request.body);
      const id = await deps.catalog.createForm(request.body, deps.clock().epochMilliseconds);
      const form = (await deps.catalog.listForms([request.body.clientId])).find((f) => f.id === id);
      if (!form) throw new AppError('INTERNAL', { message: 'The new form could not be read back' });
      return reply.status(201).send(form);
    },
  );

  api.put(
    '/api/qualification-forms/:id',
    {
      schema: {
        tags: ['qualification'],
        summary: 'Replace a qualification form’s name, questions and threshold',
        description:
          'Campaigns point at the form by id, so the next call uses the edited form; answers already ' +
          'stored keep the score they were given. Another client’s form answers 404.',
        params: idParamsSchema,
        body: updateQualificationFormRequestSchema,
        response: {
          200: qualificationFormSchema,
          400: errorResponseSchema,
          403: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireRole(actor, ['manager', 'admin']);
      const existing = await deps.catalog.findForm(request.params.id);
      if (!existing) throw notFound('Qualification form');
      requireClientAccess(actor, existing.clientId, 'Qualification form');
      requireUsableForm(request.body);
      await deps.catalog.updateForm(existing.id, request.body);
      const form = await deps.catalog.findForm(existing.id);
      if (!form) throw new AppError('INTERNAL', { message: 'The edited form could not be read back' });
      return form;
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
