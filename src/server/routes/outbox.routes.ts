import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { type OutboxMessageDto, outboxMessageSchema } from '../../contracts/appointments.ts';
import { errorResponseSchema, idSchema } from '../../contracts/common.ts';
import { requireRole } from '../../core/access/actor.ts';
import type { OutboxRecord } from '../../db/repositories/outbox.repository.ts';
import type { AppDeps } from '../deps.ts';
import { iso, isoOrNull } from '../http/mappers.ts';
import { clientScope } from '../http/scope.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';

const outboxLimit = 200;

function toDto(record: OutboxRecord): OutboxMessageDto {
  return {
    id: record.id,
    appointmentId: record.appointmentId,
    to: record.to,
    subject: record.subject,
    text: record.text,
    icsMethod: record.calendar?.method ?? null,
    ics: record.calendar?.content ?? null,
    status: record.status,
    attempts: record.attempts,
    lastError: record.lastError,
    createdAt: iso(record.createdAt),
    sentAt: isoOrNull(record.sentAt),
  };
}

/** What went out by mail (or waits to): without SMTP the outbox is where mail is read. */
export function registerOutboxRoutes(app: FastifyInstance, deps: AppDeps): void {
  typed(app).get(
    '/api/outbox',
    {
      schema: {
        tags: ['outbox'],
        summary: 'Mails queued and sent, newest first (managers and admins)',
        description:
          'Invites, cancellations and reminders with their iCalendar part. Without SMTP_URL the worker ' +
          'marks mail sent here without relaying it, so development shows what would have gone out.',
        querystring: z.object({ clientId: idSchema.optional() }),
        response: {
          200: z.object({ messages: z.array(outboxMessageSchema) }),
          403: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireRole(actor, ['manager', 'admin']);
      const records = await deps.outbox.list(clientScope(actor, request.query.clientId), outboxLimit);
      return { messages: records.map(toDto) };
    },
  );
}
