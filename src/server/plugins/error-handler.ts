import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode } from '../../core/shared/app-error.ts';

const statusByCode: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SLOT_TAKEN: 409,
  LEAD_NOT_LEASED: 409,
  NOT_CALLABLE: 409,
  LEAD_NOT_IN_CAMPAIGN: 400,
  CALLBACK_OUTSIDE_WINDOW: 422,
  BOOK_THROUGH_CALENDAR: 400,
  SCRIPT_VERBATIM: 409,
  SCRIPT_SECTION_LOCKED: 400,
  CAMPAIGN_NOT_ASSIGNED: 403,
  UNDO_WINDOW_PASSED: 409,
  NOT_YOUR_CALL: 403,
  EDIT_WINDOW_PASSED: 403,
  CORRECTION_REASON_REQUIRED: 400,
  CALL_NOT_UNDOABLE: 409,
  AGENT_LOGGED_OUT: 409,
  AGENT_PAUSED: 409,
  AGENT_NOT_PAUSED: 409,
  AGENT_NOT_IN_WRAP_UP: 409,
  AGENT_STOPPED: 409,
  IMPORT_INVALID: 422,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
};

/** The one place error codes become HTTP statuses; a 5xx never leaks its message. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      const status = statusByCode[error.code];
      if (status >= 500) request.log.error({ err: error }, 'request failed');
      return reply.status(status).send({
        error: {
          code: error.code,
          message: status >= 500 ? 'Something went wrong on our side' : error.message,
          ...(error.field ? { field: error.field } : {}),
          ...(error.details !== undefined ? { details: error.details } : {}),
        },
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      const field = first
        ? [error.validationContext, ...first.instancePath.split('/').filter(Boolean)].join('.')
        : undefined;
      return reply.status(400).send({
        error: {
          code: 'VALIDATION',
          message: first ? `${field}: ${first.message}` : 'Invalid request',
          ...(field ? { field } : {}),
          details: error.validation.map((v) => ({ path: v.instancePath, message: v.message })),
        },
      });
    }
    const fastifyError = error as FastifyError;
    if (fastifyError.code === 'FST_REQ_FILE_TOO_LARGE' || fastifyError.statusCode === 413) {
      return reply.status(413).send({
        error: { code: 'PAYLOAD_TOO_LARGE', message: 'The file is larger than the upload limit' },
      });
    }
    if (fastifyError.statusCode === 404) {
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: fastifyError.message } });
    }
    if (fastifyError.statusCode && fastifyError.statusCode < 500) {
      return reply
        .status(fastifyError.statusCode)
        .send({ error: { code: 'VALIDATION', message: fastifyError.message } });
    }
    request.log.error({ err: error }, 'request failed');
    return reply
      .status(500)
      .send({ error: { code: 'INTERNAL', message: 'Something went wrong on our side' } });
  });
}
