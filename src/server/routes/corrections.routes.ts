import type { FastifyInstance } from 'fastify';
import { Temporal } from 'temporal-polyfill';
import { errorResponseSchema, idParamsSchema } from '../../contracts/common.ts';
import {
  correctAppointmentRequestSchema,
  correctCallRequestSchema,
  correctionResultSchema,
  correctionsResponseSchema,
  liftDncRequestSchema,
  liftDncResponseSchema,
  undoCallRequestSchema,
  undoCallResponseSchema,
} from '../../contracts/corrections.ts';
import { type Actor, requireClientAccess } from '../../core/access/actor.ts';
import { correctAppointment } from '../../core/corrections/correct-appointment.ts';
import { correctCall } from '../../core/corrections/correct-call.ts';
import { liftDnc } from '../../core/corrections/lift-dnc.ts';
import { undoCall } from '../../core/corrections/undo-call.ts';
import { notFound } from '../../core/shared/app-error.ts';
import type { AppDeps } from '../deps.ts';
import { iso } from '../http/mappers.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';
import { callDetailsPort } from './leads.routes.ts';

const errors = {
  400: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};

/**
 * Corrections with an audit trail: undo a call right after saving it, edit a call later, correct a
 * marked appointment, lift a do-not-call. Each runs in one transaction that writes the before and
 * after, who, when and why, and recomputes the lead (status, counts, next call, callbacks).
 */
export function registerCorrectionRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);
  const portFor = (actor: Actor) =>
    deps.corrections.port(actor.organizationId, callDetailsPort(deps), deps.config.LEASE_MINUTES);

  api.post(
    '/api/attempts/:id/undo',
    {
      schema: {
        tags: ['corrections'],
        summary: 'Undo your latest call on a lead within 60 seconds of saving it (a wrong key)',
        description:
          'The call stays, marked undone, and counts nowhere; the lead returns to its state before the call and ' +
          'back to you, and the callback the call created is cancelled. 409 UNDO_WINDOW_PASSED after 60 s (edit ' +
          'it from the lead’s page), 403 NOT_YOUR_CALL for another setter’s call, 409 CALL_NOT_UNDOABLE for an ' +
          'earlier call, an undone one, or one that booked an appointment. A do-not-call the call asked for stays.',
        params: idParamsSchema,
        body: undoCallRequestSchema,
        response: { 200: undoCallResponseSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return undoCall(portFor(actor), actor, request.params.id, request.body?.reason ?? null, deps.clock());
    },
  );

  api.patch(
    '/api/attempts/:id',
    {
      schema: {
        tags: ['corrections'],
        summary: 'Correct a call’s result, outcome, reason or notes, with a reason',
        description:
          'A setter their own calls for 24 hours (403 EDIT_WINDOW_PASSED after, 403 NOT_YOUR_CALL for others’), a ' +
          'manager or an admin any call of their clients. The lead’s status, callbacks and counts are recomputed. ' +
          '400 CORRECTION_REASON_REQUIRED without a reason. A correction to do-not-call lists the number; one away ' +
          'from it leaves the entry (a manager lifts it).',
        params: idParamsSchema,
        body: correctCallRequestSchema,
        response: { 200: correctionResultSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const body = request.body;
      const result = await correctCall(
        portFor(actor),
        actor,
        request.params.id,
        {
          callResult: body.callResult,
          outcomeId: body.outcomeId,
          reasonId: body.reasonId,
          reasonText: body.reasonText,
          notes: body.notes,
          callbackAt: body.callbackAt ? Temporal.Instant.from(body.callbackAt) : null,
          callbackFor: body.callbackFor,
          reason: body.reason,
        },
        deps.clock(),
      );
      return { correctionId: result.correctionId, leadStatus: result.leadStatus };
    },
  );

  api.post(
    '/api/appointments/:id/correction',
    {
      schema: {
        tags: ['corrections'],
        summary: 'Correct a marked appointment: held, no-show or cancelled, and the sales outcome',
        description:
          'Its rep, a manager or an admin, with a reason. The lead’s status follows; a correction to no-show gives ' +
          'the setter a rebook callback, one away from no-show cancels it. No mail goes out.',
        params: idParamsSchema,
        body: correctAppointmentRequestSchema,
        response: { 200: correctionResultSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const body = request.body;
      return correctAppointment(
        portFor(actor),
        actor,
        request.params.id,
        {
          status: body.status,
          outcome: body.outcome && {
            result: body.outcome.result,
            amountMinor: body.outcome.amountMinor,
            currency: body.outcome.currency,
            reason: body.outcome.reason,
          },
          reason: body.reason,
        },
        deps.clock(),
      );
    },
  );

  api.post(
    '/api/leads/:id/dnc/lift',
    {
      schema: {
        tags: ['corrections'],
        summary: 'Lift the client’s do-not-call entries of a lead’s numbers (managers, with a reason)',
        description:
          'A do-not-call is never undone silently: not by an undo, not by editing the call. A manager or an admin ' +
          'lifts it here with a reason, recorded with the entries removed. Organization-wide entries stay. 403 for ' +
          'setters and reps; 409 CONFLICT when none of the numbers is on the client’s list.',
        params: idParamsSchema,
        body: liftDncRequestSchema,
        response: { 200: liftDncResponseSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return liftDnc(portFor(actor), actor, request.params.id, request.body.reason, deps.clock());
    },
  );

  api.get(
    '/api/leads/:id/corrections',
    {
      schema: {
        tags: ['corrections'],
        summary: 'A lead’s corrections with their before and after, who, when and why, newest first',
        params: idParamsSchema,
        response: { 200: correctionsResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const clientId = await deps.corrections.leadClientId(request.params.id);
      if (clientId === undefined) throw notFound('Lead');
      requireClientAccess(actor, clientId, 'Lead');
      const items = await deps.corrections.forLead(request.params.id);
      return {
        items: items.map(({ leadId: _leadId, ...c }) => ({ ...c, createdAt: iso(c.createdAt) })),
      };
    },
  );
}
