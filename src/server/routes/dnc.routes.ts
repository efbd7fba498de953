import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { errorResponseSchema } from '../../contracts/common.ts';
import {
  addDncEntryResultSchema,
  addDncEntrySchema,
  type DncEntryDto,
  type DncListDto,
  dncCheckQuerySchema,
  dncCheckResultSchema,
  dncListSchema,
  dncListsQuerySchema,
  dncUploadFieldsSchema,
  dncUploadReportSchema,
} from '../../contracts/dnc.ts';
import { addDncEntry } from '../../core/dnc/add-dnc-entry.ts';
import type { DncEntry, DncList } from '../../core/dnc/dnc.ts';
import { requireDncScope } from '../../core/dnc/dnc-scope.ts';
import { checkDncPhone, listDncLists } from '../../core/dnc/read-dnc.ts';
import { uploadDncList } from '../../core/dnc/upload-dnc-list.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { createDncStore } from '../../db/repositories/dnc.repository.ts';
import { openSpreadsheet } from '../../integrations/files/spreadsheet.ts';
import type { AppDeps } from '../deps.ts';
import { iso } from '../http/mappers.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';

const errors = { 400: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

const listToDto = (list: DncList): DncListDto => ({
  id: list.id,
  clientId: list.clientId,
  source: list.source,
  listDate: list.listDate,
  fileName: list.fileName,
  entryCount: list.entryCount,
  createdAt: iso(list.createdAt),
});

const entryToDto = (entry: DncEntry): DncEntryDto => ({
  id: entry.id,
  phone: entry.phone,
  clientId: entry.clientId,
  source: entry.source,
  listId: entry.listId,
  createdAt: iso(entry.createdAt),
});

/** The form fields sent before the file, as the contract reads them. */
function uploadFields(file: MultipartFile): z.infer<typeof dncUploadFieldsSchema> {
  const values: Record<string, string> = {};
  for (const name of ['scope', 'clientId', 'source', 'listDate']) {
    const field = file.fields[name];
    const one = Array.isArray(field) ? field[0] : field;
    if (one && 'value' in one) values[name] = String(one.value);
  }
  const result = dncUploadFieldsSchema.safeParse(values);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || 'body';
  throw new AppError('VALIDATION', {
    message: `${field}: ${issue?.message ?? 'invalid'} (send the form fields before the file)`,
    field,
  });
}

async function multipartFile(request: {
  isMultipart(): boolean;
  file(): Promise<MultipartFile | undefined>;
}): Promise<MultipartFile> {
  if (!request.isMultipart()) {
    throw new AppError('VALIDATION', { message: 'Send the file as multipart/form-data', field: 'file' });
  }
  const file = await request.file();
  if (!file) throw new AppError('VALIDATION', { message: 'Choose a do-not-call file', field: 'file' });
  return file;
}

/** Do-not-call lists and numbers: uploaded or added by hand, applied to the leads at once. */
export function registerDncRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);
  const store = createDncStore(deps.database);

  api.post(
    '/api/dnc-lists',
    {
      schema: {
        tags: ['dnc'],
        summary:
          'Upload a do-not-call list (multipart: scope, clientId, source, listDate, then the CSV or XLSX file)',
        description:
          'The numbers are read from the first column whose header names a phone, else the first column, in the ' +
          'client’s country; each valid number is stored once, each invalid row is reported with its row number. ' +
          'Existing leads in scope with a listed number (primary or any other) get the status dnc in the same ' +
          'transaction. Managers upload for their clients; only admins for the whole organization.',
        consumes: ['multipart/form-data'],
        response: {
          201: dncUploadReportSchema,
          ...errors,
          413: errorResponseSchema,
          422: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const file = await multipartFile(request);
      const fields = uploadFields(file);
      const scope = { scope: fields.scope, clientId: fields.clientId };
      // Refused before the file is stored: another client's upload never reaches the disk.
      requireDncScope(actor, scope);
      const fileName = file.filename || 'upload';
      const upload = await deps.imports.uploads.save(file.file, {
        organizationId: actor.organizationId,
        clientId: fields.clientId ?? 0,
        userId: actor.userId,
        fileName,
      });
      try {
        const sheet = await openSpreadsheet(upload.path);
        try {
          const input = { scope, source: fields.source, listDate: fields.listDate, fileName, sheet };
          const report = await uploadDncList(store, actor, input, deps.clock());
          return reply.status(201).send({ ...report, list: listToDto(report.list) });
        } finally {
          await sheet.close();
        }
      } finally {
        // A do-not-call file holds personal numbers: it is read once and not kept.
        await deps.imports.uploads.remove(upload.id);
      }
    },
  );

  api.get(
    '/api/dnc-lists',
    {
      schema: {
        tags: ['dnc'],
        summary:
          'The do-not-call lists that apply to a client: its own and the organization-wide ones, newest first',
        querystring: dncListsQuerySchema,
        response: { 200: dncListSchema.array(), ...errors },
      },
    },
    async (request) => {
      const lists = await listDncLists(store, requireActor(request), request.query.clientId);
      return lists.map(listToDto);
    },
  );

  api.post(
    '/api/dnc',
    {
      schema: {
        tags: ['dnc'],
        summary: 'Put one number on do-not-call by hand; matching leads in scope get the status dnc at once',
        description:
          'With clientId the number applies to that client; without it to the whole organization (admins only).',
        body: addDncEntrySchema,
        response: { 201: addDncEntryResultSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await addDncEntry(store, requireActor(request), request.body, deps.clock());
      return reply.status(201).send({ entry: entryToDto(result.entry), leadsFlagged: result.leadsFlagged });
    },
  );

  api.get(
    '/api/dnc/check',
    {
      schema: {
        tags: ['dnc'],
        summary: 'Whether a number is on a do-not-call list of the client or of the whole organization',
        querystring: dncCheckQuerySchema,
        response: { 200: dncCheckResultSchema, ...errors },
      },
    },
    async (request) => {
      const result = await checkDncPhone(store, requireActor(request), request.query);
      return { ...result, entries: result.entries.map(entryToDto) };
    },
  );
}
