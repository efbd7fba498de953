import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { errorResponseSchema, idParamsSchema } from '../../contracts/common.ts';
import { leadBatchResultSchema, leadBatchSchema } from '../../contracts/imports.ts';
import { type Actor, requireClientAccess, requireRole } from '../../core/access/actor.ts';
import type { Client } from '../../core/clients/client.ts';
import { type IntakeLead, type IntakeOptions, intakeLeads } from '../../core/lead-import/intake-leads.ts';
import { suggestColumnMapping } from '../../core/lead-intake/column-mapping.ts';
import { AppError, notFound } from '../../core/shared/app-error.ts';
import { isUniqueViolation } from '../../db/dialect.ts';
import { toJson } from '../../db/json.ts';
import { createIntakeRepository } from '../../db/repositories/intake.repository.ts';
import { recordLeadCreated } from '../../db/repositories/timeline.repository.ts';
import type { AppDeps } from '../deps.ts';
import { typed } from '../http/typed.ts';
import { hashToken, requireActor } from '../plugins/auth.ts';

const intakeResponseSchema = z.object({
  leadId: z.number().nullable(),
  created: z.boolean(),
  outcome: z.string(),
});

/** A web form's fields: any names, read through the same header mapping as a file's columns. */
const formFieldsSchema = z.record(
  z.string().max(100),
  z.union([z.string().max(5000), z.number(), z.boolean()]),
);

const allowCors = (reply: FastifyReply) =>
  reply
    .header('access-control-allow-origin', '*')
    .header('access-control-allow-methods', 'POST, OPTIONS')
    .header('access-control-allow-headers', 'content-type, x-intake-key');

export function registerIntakeRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const port = createIntakeRepository(db, {
    findExisting: deps.imports.runner.jobs.port.findExisting,
    dncPhones: (organizationId, clientId, phones) => deps.queue.dncPhones(organizationId, clientId, phones),
  });
  const run = (client: Client, leads: IntakeLead[], options: IntakeOptions) =>
    intakeLeads(port, deps.timeZones, client, leads, options, deps.clock());

  const clientFor = async (actor: Actor, clientId: number) => {
    requireClientAccess(actor, clientId, 'Client');
    const client = await deps.clients.findById(clientId);
    if (!client || client.organizationId !== actor.organizationId) throw notFound('Client');
    return client;
  };

  typed(app).post(
    '/api/leads/batch',
    {
      schema: {
        tags: ['leads'],
        summary: 'Create up to 1,000 leads from JSON, normalized and deduplicated like an import',
        description:
          'Send an `Idempotency-Key` header to make retries safe: a key already used by you returns the first answer ' +
          'and changes nothing. The whole batch is stored in one transaction.',
        headers: z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }),
        body: leadBatchSchema,
        response: { 200: leadBatchResultSchema, 201: leadBatchResultSchema, 400: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      requireRole(actor, ['manager', 'admin']);
      const client = await clientFor(actor, request.body.clientId);
      const key = request.headers['idempotency-key'];
      if (key) {
        const seen = await db
          .selectFrom('lead_batches')
          .select('response')
          .where('user_id', '=', actor.userId)
          .where('idempotency_key', '=', key)
          .executeTakeFirst();
        if (seen) return reply.status(200).send(JSON.parse(seen.response));
      }
      const leads = request.body.leads.map(({ customFields, ...fields }) => ({
        fields,
        ...(customFields ? { customFields } : {}),
      }));
      const result = await run(client, leads, {
        dedupe: request.body.dedupe,
        listName: request.body.listName,
        source: 'api',
        hot: false,
        userId: actor.userId,
      });
      if (key) {
        try {
          await db
            .insertInto('lead_batches')
            .values({
              user_id: actor.userId,
              idempotency_key: key,
              response: toJson(result),
              created_at: deps.clock().epochMilliseconds,
            })
            .execute();
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
        }
      }
      return reply.status(201).send(result);
    },
  );

  typed(app).post(
    '/api/leads/inbound',
    {
      schema: {
        tags: ['leads'],
        summary: 'An inbound call: the lead with this phone, or a new hot lead (source inbound)',
        body: z.object({
          clientId: z.number().int().positive(),
          phone: z.string().min(1).max(60),
          fullName: z.string().max(400).optional(),
          email: z.string().max(320).optional(),
          company: z.string().max(400).optional(),
        }),
        response: { 200: intakeResponseSchema, 201: intakeResponseSchema, 422: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const client = await clientFor(actor, request.body.clientId);
      const { clientId: _client, ...fields } = request.body;
      const result = await run(client, [{ fields }], {
        dedupe: 'fill',
        listName: 'Inbound calls',
        source: 'inbound',
        hot: true,
        userId: actor.userId,
      });
      const created = result.results[0];
      // The inbound list is shared: the lead's timeline names who took the call from this event.
      if (created?.outcome === 'created' && created.leadId !== null)
        await recordLeadCreated(db, {
          clientId: client.id,
          leadId: created.leadId,
          userId: actor.userId,
          now: deps.clock(),
        });
      return answer(reply, created);
    },
  );

  typed(app).post(
    '/api/clients/:id/intake-key',
    {
      schema: {
        tags: ['leads'],
        summary: 'Create (or replace) the key web forms send to POST /api/intake/{client}; shown once',
        params: idParamsSchema,
        response: { 200: z.object({ key: z.string(), url: z.string() }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireRole(actor, ['manager', 'admin']);
      const client = await clientFor(actor, request.params.id);
      const key = `sdi_${randomBytes(24).toString('base64url')}`;
      await deps.clients.setIntakeKeyHash(client.id, hashToken(key));
      return { key, url: `/api/intake/${client.slug}` };
    },
  );

  app.options('/api/intake/:slug', async (_request, reply) => allowCors(reply).status(204).send());

  typed(app).post(
    '/api/intake/:slug',
    {
      schema: {
        tags: ['leads'],
        summary: 'Web-form intake: a hot lead the queue serves first (speed-to-lead)',
        description:
          'Public; authenticated by the client’s intake key in the `X-Intake-Key` header (or `?key=`). Field names are read ' +
          'like import headers ("First Name", "phone", "Zip", "Telefon" …); unknown fields become custom fields. A lead the ' +
          'client already has (same phone or email) is filled in and made hot instead of duplicated.',
        params: z.object({ slug: z.string().min(1).max(100) }),
        querystring: z.object({ key: z.string().optional() }),
        body: formFieldsSchema,
        response: {
          200: intakeResponseSchema,
          201: intakeResponseSchema,
          401: errorResponseSchema,
          422: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      allowCors(reply);
      const headerKey = request.headers['x-intake-key'];
      const key = (typeof headerKey === 'string' ? headerKey : undefined) ?? request.query.key;
      const client = key
        ? await deps.clients.findByIntakeKey(request.params.slug, hashToken(key))
        : undefined;
      if (!client) {
        throw new AppError('UNAUTHENTICATED', {
          message: 'Unknown client or intake key',
          field: 'x-intake-key',
        });
      }
      const values = Object.fromEntries(Object.entries(request.body).map(([k, v]) => [k, String(v)]));
      const mapping = suggestColumnMapping(Object.keys(values));
      const lead: IntakeLead = { fields: {}, customFields: {} };
      for (const [name, target] of Object.entries(mapping)) {
        const value = values[name] ?? '';
        if (target === 'ignore') continue;
        if (target.startsWith('custom:')) (lead.customFields ?? {})[target.slice('custom:'.length)] = value;
        else lead.fields[target] ??= value;
      }
      const result = await run(client, [lead], {
        dedupe: 'fill',
        listName: 'Web forms',
        source: 'web',
        hot: true,
        userId: null,
      });
      return answer(reply, result.results[0]);
    },
  );
}

function answer(
  reply: FastifyReply,
  result: { outcome: string; leadId: number | null; errors: { field: string; reason: string }[] } | undefined,
) {
  if (!result || result.outcome === 'invalid') {
    const first = result?.errors[0];
    throw new AppError('IMPORT_INVALID', {
      message: first?.reason ?? 'The lead is not valid',
      field: first?.field ?? 'phone',
    });
  }
  const created = result.outcome === 'created';
  return reply.status(created ? 201 : 200).send({ leadId: result.leadId, created, outcome: result.outcome });
}
