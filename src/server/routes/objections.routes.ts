import type { FastifyInstance } from 'fastify';
import { Temporal } from 'temporal-polyfill';
import { errorResponseSchema, idParamsSchema, okSchema } from '../../contracts/common.ts';
import { clientIdParamsSchema } from '../../contracts/dispositions.ts';
import {
  type ObjectionDto,
  objectionListQuerySchema,
  objectionListSchema,
  objectionSchema,
  objectionStatsQuerySchema,
  objectionStatsSchema,
  type SaveObjectionRequest,
  saveObjectionRequestSchema,
} from '../../contracts/objections.ts';
import {
  createObjection,
  listObjections,
  type ObjectionInput,
  retireObjection,
  updateObjection,
} from '../../core/objections/manage-objections.ts';
import type { Objection } from '../../core/objections/objection.ts';
import { objectionStats } from '../../core/objections/objection-stats.ts';
import type { AppDeps } from '../deps.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';

const errors = { 400: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

const toDto = (o: Objection): ObjectionDto => ({
  ...o,
  keywords: [...o.keywords],
  responses: o.responses.map((r) => ({ ...r })),
});

const inputOf = (body: SaveObjectionRequest): ObjectionInput => ({
  kind: body.kind,
  title: body.title,
  keywords: body.keywords,
  responses: body.responses,
  position: body.position ?? null,
  active: body.active,
});

const localDate = (text: string | undefined) => (text ? Temporal.PlainDate.from(text) : null);

export function registerObjectionRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);
  const port = deps.objections;

  api.get(
    '/api/clients/:clientId/objections',
    {
      schema: {
        tags: ['calls'],
        summary: 'The client’s library of objections, questions and product facts, by position',
        description: '?all=true: retired entries too; ?kind=objection|question|fact: one kind only.',
        params: clientIdParamsSchema,
        querystring: objectionListQuerySchema,
        response: { 200: objectionListSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { all, kind } = request.query;
      const items = await listObjections(port, actor, request.params.clientId, all, kind);
      return { items: items.map(toDto) };
    },
  );

  api.post(
    '/api/clients/:clientId/objections',
    {
      schema: {
        tags: ['calls'],
        summary: 'Add an objection with its prepared responses (manager, admin)',
        params: clientIdParamsSchema,
        body: saveObjectionRequestSchema,
        response: { 201: objectionSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const clientId = request.params.clientId;
      const created = await createObjection(port, actor, clientId, inputOf(request.body), deps.clock());
      return reply.status(201).send(toDto(created));
    },
  );

  api.put(
    '/api/objections/:id',
    {
      schema: {
        tags: ['calls'],
        summary: 'Edit an objection (manager, admin); keep response ids so their counts carry on',
        params: idParamsSchema,
        body: saveObjectionRequestSchema,
        response: { 200: objectionSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return toDto(
        await updateObjection(port, actor, request.params.id, inputOf(request.body), deps.clock()),
      );
    },
  );

  api.delete(
    '/api/objections/:id',
    {
      schema: {
        tags: ['calls'],
        summary: 'Retire an objection (manager, admin): it leaves the library, past calls keep it',
        params: idParamsSchema,
        response: { 200: okSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await retireObjection(port, actor, request.params.id, deps.clock());
      return { ok: true as const };
    },
  );

  api.get(
    '/api/clients/:clientId/objections/stats',
    {
      schema: {
        tags: ['stats'],
        summary: 'How often each objection came up, which responses were used and how those calls ended',
        description:
          'Calls started between `from` and `to` (local dates of the client’s time zone, both included; default the ' +
          'last 30 days). An appointment counts when the call where the objection came up booked one. Manager, admin.',
        params: clientIdParamsSchema,
        querystring: objectionStatsQuerySchema,
        response: { 200: objectionStatsSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const stats = await objectionStats(
        {
          clientTimeZone: async (id) => (await deps.clients.findById(id))?.timeZone,
          listObjections: port.listObjections,
          objectionCounts: port.objectionCounts,
        },
        actor,
        request.params.clientId,
        { from: localDate(request.query.from), to: localDate(request.query.to) },
        deps.clock(),
      );
      return { from: stats.from.toString(), to: stats.to.toString(), items: stats.items };
    },
  );
}
