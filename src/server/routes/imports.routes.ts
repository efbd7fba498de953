import { Readable } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errorResponseSchema, idParamsSchema } from '../../contracts/common.ts';
import {
  columnMappingSchema,
  customFieldKeysSchema,
  foreignPhonePolicies,
  type ImportOptionsInput,
  importJobSchema,
  importOptionsSchema,
  importPreviewSchema,
  mappingTemplateSchema,
  readOptionsSchema,
  rejectKinds,
  rejectsPageQuerySchema,
  rejectsPageSchema,
  saveMappingTemplateSchema,
  startImportSchema,
  uploadSchema,
} from '../../contracts/imports.ts';
import { type Actor, requireClientAccess, requireRole } from '../../core/access/actor.ts';
import type { ImportSettings } from '../../core/lead-import/import-job.ts';
import type { ColumnTarget } from '../../core/lead-intake/column-mapping.ts';
import { AppError, notFound } from '../../core/shared/app-error.ts';
import { languageOf } from '../../core/shared/language.ts';
import { createCustomFieldKeysRepository } from '../../db/repositories/custom-field-keys.repository.ts';
import { createMappingTemplatesRepository } from '../../db/repositories/mapping-templates.repository.ts';
import type { AppDeps } from '../deps.ts';
import { typed } from '../http/typed.ts';
import { rowProblemDto, toImportJobDto } from '../imports/import-job-dto.ts';
import { previewUpload } from '../imports/preview.ts';
import { rejectsCsv } from '../imports/rejects-csv.ts';
import type { StoredUpload } from '../imports/uploads.ts';
import { requireActor } from '../plugins/auth.ts';

const managers = ['manager', 'admin'] as const;

const fieldValue = (file: MultipartFile, name: string): string | undefined => {
  const field = file.fields[name];
  const one = Array.isArray(field) ? field[0] : field;
  return one && 'value' in one ? String(one.value) : undefined;
};

async function multipartFile(request: {
  isMultipart(): boolean;
  file(): Promise<MultipartFile | undefined>;
}) {
  if (!request.isMultipart()) {
    throw new AppError('VALIDATION', { message: 'Send the file as multipart/form-data', field: 'file' });
  }
  const file = await request.file();
  if (!file) throw new AppError('VALIDATION', { message: 'Choose a file to import', field: 'file' });
  return file;
}

function parsed<T>(schema: z.ZodType<T>, value: unknown, hint = ''): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || 'body';
  throw new AppError('VALIDATION', { message: `${field}: ${issue?.message ?? 'invalid'}${hint}`, field });
}

const baseName = (fileName: string) => fileName.replace(/\.[^.]+$/, '') || fileName;

export function registerImportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const templates = createMappingTemplatesRepository(deps.database.db);
  const customKeys = createCustomFieldKeysRepository(deps.database.db);
  const { runner, uploads } = deps.imports;

  const clientFor = async (actor: Actor, clientId: number) => {
    requireRole(actor, managers);
    requireClientAccess(actor, clientId, 'Client');
    const client = await deps.clients.findById(clientId);
    if (!client || client.organizationId !== actor.organizationId) throw notFound('Client');
    return client;
  };

  const jobDto = async (id: number) => {
    const row = await runner.jobs.find(id);
    if (!row) throw notFound('Import');
    return toImportJobDto(row, await runner.jobs.firstRejects(id, 100), deps.clock().epochMilliseconds);
  };

  const visibleJob = async (actor: Actor, id: number) => {
    requireRole(actor, managers);
    const row = await runner.jobs.find(id);
    if (!row) throw notFound('Import');
    requireClientAccess(actor, row.client_id, 'Import');
    return row;
  };

  const startJob = async (actor: Actor, upload: StoredUpload, input: ImportOptionsInput) => {
    const options = parsed(importOptionsSchema, input);
    await clientFor(actor, options.clientId);
    if (upload.clientId !== options.clientId) throw notFound('Upload');
    const settings: ImportSettings = {
      dedupe: options.dedupe,
      listName: options.listName ?? baseName(upload.fileName),
      source: 'import',
      foreignPhones: options.foreignPhones,
      ...(options.mapping ? { mapping: options.mapping as Record<string, ColumnTarget> } : {}),
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(options.delimiter ? { delimiter: options.delimiter } : {}),
      ...(options.sheet ? { sheet: options.sheet } : {}),
    };
    const id = await runner.jobs.create({
      organizationId: actor.organizationId,
      clientId: options.clientId,
      createdByUserId: actor.userId,
      dryRun: options.dryRun,
      filePath: upload.path,
      fileName: upload.fileName,
      fileSize: upload.size,
      settings,
      now: deps.clock(),
    });
    return id;
  };

  const saveUpload = async (actor: Actor, file: MultipartFile, clientId: number) => {
    await clientFor(actor, clientId);
    return uploads.save(file.file, {
      organizationId: actor.organizationId,
      clientId,
      userId: actor.userId,
      fileName: file.filename || 'upload',
    });
  };

  typed(app).post(
    '/api/imports/uploads',
    {
      schema: {
        tags: ['imports'],
        summary: 'Upload a CSV or XLSX file to preview and import (multipart: clientId, then file)',
        consumes: ['multipart/form-data'],
        response: { 201: uploadSchema, 400: errorResponseSchema, 413: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const file = await multipartFile(request);
      const clientId = parsed(
        z.coerce.number().int().positive(),
        fieldValue(file, 'clientId'),
        ' (send clientId before the file)',
      );
      const upload = await saveUpload(actor, file, clientId);
      return reply
        .status(201)
        .send({ id: upload.id, clientId, fileName: upload.fileName, size: upload.size });
    },
  );

  typed(app).post(
    '/api/imports/uploads/:id/preview',
    {
      schema: {
        tags: ['imports'],
        summary:
          'How an upload will be read: format, encoding, delimiter, sheets, suggested mapping, first rows as stored',
        params: z.object({ id: z.string() }),
        body: readOptionsSchema.extend({
          mapping: columnMappingSchema.optional(),
          foreignPhones: z.enum(foreignPhonePolicies).optional(),
        }),
        response: { 200: importPreviewSchema, 404: errorResponseSchema, 422: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const upload = await uploads.find(request.params.id, actor.organizationId);
      const client = await clientFor(actor, upload.clientId);
      const [saved, keys] = await Promise.all([templates.list(client.id), customKeys.keysOf(client.id)]);
      return previewUpload(
        upload,
        client,
        request.body,
        { templates: saved, customKeys: keys },
        deps.timeZones,
      );
    },
  );

  typed(app).get(
    '/api/clients/:id/custom-field-keys',
    {
      schema: {
        tags: ['imports'],
        summary: 'Custom-field keys the client’s leads use, most used first (an import column can join one)',
        params: idParamsSchema,
        response: { 200: customFieldKeysSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await clientFor(actor, request.params.id);
      return { keys: await customKeys.keysOf(request.params.id) };
    },
  );

  typed(app).post(
    '/api/imports',
    {
      schema: {
        tags: ['imports'],
        summary:
          'Start an import job: JSON with an uploadId, or multipart with the options as fields and the file last',
        description:
          'The job runs in the background: poll GET /api/imports/{id} for its progress and report, or pass `?wait=true` to ' +
          'get the finished job back. Rows are normalized (E.164 phones, emails, names, states, postal codes, time zones), ' +
          'deduplicated by phone and email within the file and against the client’s leads (`dedupe`: skip, fill empty fields, ' +
          'overwrite), checked against do-not-call lists; the list appears only when the whole file is in. `dryRun` stores no lead.',
        querystring: z.object({ wait: z.enum(['true', 'false']).optional() }),
        response: {
          200: importJobSchema,
          202: importJobSchema,
          400: errorResponseSchema,
          413: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      let id: number;
      if (request.isMultipart()) {
        const file = await multipartFile(request);
        const mapping = fieldValue(file, 'mapping');
        const input = {
          clientId: fieldValue(file, 'clientId'),
          listName: fieldValue(file, 'listName'),
          dedupe: fieldValue(file, 'dedupe'),
          encoding: fieldValue(file, 'encoding'),
          delimiter: fieldValue(file, 'delimiter'),
          sheet: fieldValue(file, 'sheet'),
          dryRun: fieldValue(file, 'dryRun') === 'true',
          foreignPhones: fieldValue(file, 'foreignPhones'),
          mapping: mapping === undefined ? undefined : parseMapping(mapping),
        };
        const clean = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
        const options = parsed(importOptionsSchema, clean, ' (send the form fields before the file)');
        const upload = await saveUpload(actor, file, options.clientId);
        id = await startJob(actor, upload, options);
      } else {
        const body = parsed(startImportSchema, request.body);
        const upload = await uploads.find(body.uploadId, actor.organizationId);
        id = await startJob(actor, upload, body);
      }
      if (request.query.wait === 'true') {
        await runner.drain();
        return reply.status(200).send(await jobDto(id));
      }
      runner.kick();
      return reply.status(202).send(await jobDto(id));
    },
  );

  typed(app).get(
    '/api/imports',
    {
      schema: {
        tags: ['imports'],
        summary: 'Recent import jobs of the clients the user manages (newest first)',
        querystring: z.object({ clientId: z.coerce.number().int().positive().optional() }),
        response: { 200: z.array(importJobSchema) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireRole(actor, managers);
      const clientIds = request.query.clientId === undefined ? actor.clientIds : [request.query.clientId];
      for (const id of clientIds) requireClientAccess(actor, id, 'Client');
      const rows = await runner.jobs.list(clientIds, 50);
      const now = deps.clock().epochMilliseconds;
      return Promise.all(
        rows.map(async (r) => toImportJobDto(r, await runner.jobs.firstRejects(r.id, 20), now)),
      );
    },
  );

  typed(app).get(
    '/api/imports/:id',
    {
      schema: {
        tags: ['imports'],
        summary: 'One import job: status, progress (rows/s, estimate), counts, error, first rejected rows',
        params: idParamsSchema,
        response: { 200: importJobSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await visibleJob(actor, request.params.id);
      return jobDto(request.params.id);
    },
  );

  typed(app).post(
    '/api/imports/:id/cancel',
    {
      schema: {
        tags: ['imports'],
        summary: 'Cancel an import: nothing of it stays stored',
        params: idParamsSchema,
        response: { 200: importJobSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await visibleJob(actor, request.params.id);
      await runner.jobs.requestCancel(request.params.id, deps.clock());
      runner.kick();
      return jobDto(request.params.id);
    },
  );

  typed(app).get(
    '/api/imports/:id/rejects',
    {
      schema: {
        tags: ['imports'],
        summary: 'One page of an import’s refused rows, duplicates (with the lead they matched) or warnings',
        params: idParamsSchema,
        querystring: rejectsPageQuerySchema,
        response: { 200: rejectsPageSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await visibleJob(actor, request.params.id);
      const { kind, offset, limit } = request.query;
      const page = await runner.jobs.rejectPage(row.id, kind, offset, limit);
      return {
        kind,
        total: page.total,
        offset,
        items: page.rows.map((r) => ({ ...rowProblemDto(r), leadId: r.lead_id })),
      };
    },
  );

  typed(app).get(
    '/api/imports/:id/rejects.csv',
    {
      schema: {
        tags: ['imports'],
        summary:
          'Rejected rows (invalid), duplicates or warnings of an import as CSV: row, column, reason, the row’s cells (headers and reasons in your language)',
        params: idParamsSchema,
        querystring: z.object({ kind: z.enum(rejectKinds).default('invalid') }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await visibleJob(actor, request.params.id);
      const headers = JSON.parse(row.headers ?? '[]') as string[];
      const name = `${baseName(row.file_name)}-${request.query.kind}.csv`.replace(/[^\w.-]+/g, '_');
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="${name}"`);
      const rejects = runner.jobs.rejects(row.id, request.query.kind);
      return reply.send(Readable.from(rejectsCsv(headers, rejects, languageOf(actor.locale))));
    },
  );

  typed(app).get(
    '/api/clients/:id/mapping-templates',
    {
      schema: {
        tags: ['imports'],
        summary: 'Saved column mappings of a client',
        params: idParamsSchema,
        response: { 200: z.array(mappingTemplateSchema) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await clientFor(actor, request.params.id);
      const list = await templates.list(request.params.id);
      return list.map((t) => ({ ...t, updatedAt: t.updatedAt.toString() }));
    },
  );

  typed(app).put(
    '/api/clients/:id/mapping-templates',
    {
      schema: {
        tags: ['imports'],
        summary: 'Save a column mapping under a name (the same name replaces it)',
        params: idParamsSchema,
        body: saveMappingTemplateSchema,
        response: { 200: mappingTemplateSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await clientFor(actor, request.params.id);
      const t = await templates.save(
        request.params.id,
        request.body.name,
        request.body.mapping,
        actor.userId,
        deps.clock(),
      );
      return { ...t, updatedAt: t.updatedAt.toString() };
    },
  );

  typed(app).delete(
    '/api/mapping-templates/:id',
    {
      schema: { tags: ['imports'], summary: 'Delete a saved mapping', params: idParamsSchema },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const template = await templates.find(request.params.id);
      if (!template) throw notFound('Mapping template');
      await clientFor(actor, template.clientId);
      await templates.remove(template.id);
      return reply.status(204).send();
    },
  );
}

function parseMapping(text: string): Record<string, string> {
  try {
    return columnMappingSchema.parse(JSON.parse(text));
  } catch {
    throw new AppError('VALIDATION', {
      message: 'mapping must be a JSON object of column → field',
      field: 'mapping',
    });
  }
}
