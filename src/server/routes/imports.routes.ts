import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errorResponseSchema } from '../../contracts/common.ts';
import { importReportSchema } from '../../contracts/imports.ts';
import { type ColumnMapping, importLeads } from '../../core/lead-import/import-leads.ts';
import { suggestColumnMapping } from '../../core/lead-intake/column-mapping.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { createImportsRepository } from '../../db/repositories/imports.repository.ts';
import { readCsv } from '../../integrations/files/csv-reader.ts';
import type { AppDeps } from '../deps.ts';
import { iso } from '../http/mappers.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';

const fieldsSchema = z.object({
  clientId: z.coerce.number().int().positive(),
  listName: z.string().trim().min(1).max(200).optional(),
  mapping: z.string().optional(),
});

const fieldValue = (file: MultipartFile, name: string): string | undefined => {
  const field = file.fields[name];
  const one = Array.isArray(field) ? field[0] : field;
  return one && 'value' in one ? String(one.value) : undefined;
};

export function registerImportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const imports = createImportsRepository(deps.database.db);

  typed(app).post(
    '/api/imports',
    {
      schema: {
        tags: ['imports'],
        summary:
          'Import a CSV file of leads into a new list (multipart: clientId, listName, mapping?, file last)',
        description:
          'Columns are mapped from their headers (English and Serbian, CRM export names) unless `mapping` (JSON: header → field) ' +
          'is given. Every row is normalized; bad rows come back with row number, field and reason; good rows are stored in one ' +
          'transaction. Duplicates by phone or email, within the file and against the client’s leads, are skipped.',
        consumes: ['multipart/form-data'],
        response: {
          201: importReportSchema,
          400: errorResponseSchema,
          413: errorResponseSchema,
          422: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!request.isMultipart()) {
        throw new AppError('VALIDATION', { message: 'Send the file as multipart/form-data', field: 'file' });
      }
      const file = await request.file();
      if (!file) throw new AppError('VALIDATION', { message: 'Choose a file to import', field: 'file' });
      const fields = fieldsSchema.safeParse({
        clientId: fieldValue(file, 'clientId'),
        listName: fieldValue(file, 'listName'),
        mapping: fieldValue(file, 'mapping'),
      });
      if (!fields.success) {
        const issue = fields.error.issues[0];
        throw new AppError('VALIDATION', {
          message: `${issue?.path.join('.') ?? 'fields'}: ${issue?.message ?? 'invalid'} (send the form fields before the file)`,
          field: String(issue?.path[0] ?? 'clientId'),
        });
      }
      const buffer = await file.toBuffer();
      const { header, rows } = await readCsv(buffer);
      const mapping =
        parseMapping(fields.data.mapping) ?? (suggestColumnMapping(header.headers) as ColumnMapping);
      const summary = await importLeads(
        {
          findClient: deps.clients.findById,
          existingKeys: imports.existingKeys,
          dncPhones: deps.queue.dncPhones,
          insertList: imports.insertList,
        },
        deps.timeZones,
        actor,
        {
          clientId: fields.data.clientId,
          listName: fields.data.listName ?? file.filename,
          source: 'import',
          headers: header.headers,
          mapping,
          rows,
        },
        deps.clock(),
      );
      const list = (await deps.catalog.listLists([fields.data.clientId])).find(
        (l) => l.id === summary.listId,
      );
      if (!list) throw new AppError('INTERNAL', { message: 'The new list could not be read back' });
      return reply.status(201).send({
        list: { ...list, createdAt: iso(list.createdAt) },
        rows: summary.rows,
        imported: summary.imported,
        duplicates: summary.duplicates,
        invalid: summary.invalid,
        dnc: summary.dnc,
        errors: summary.errors,
        mapping,
      });
    },
  );
}

function parseMapping(text: string | undefined): ColumnMapping | undefined {
  if (!text) return undefined;
  try {
    const parsed = z.record(z.string(), z.string()).parse(JSON.parse(text));
    return parsed as ColumnMapping;
  } catch {
    throw new AppError('VALIDATION', {
      message: 'mapping must be a JSON object of column → field',
      field: 'mapping',
    });
  }
}
