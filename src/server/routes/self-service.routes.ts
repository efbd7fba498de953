import type { FastifyInstance } from 'fastify';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { type SelfServiceView, selfServiceViewSchema } from '../../contracts/appointments.ts';
import { errorResponseSchema, instantSchema } from '../../contracts/common.ts';
import { whereText } from '../../core/appointments/notify-texts.ts';
import {
  cancelBySelfService,
  confirmBySelfService,
  rescheduleBySelfService,
  type SelfServicePort,
  type SelfServiceState,
  selfServiceSlots,
  viewSelfService,
} from '../../core/appointments/self-service-actions.ts';
import type { AppDeps } from '../deps.ts';
import { iso } from '../http/mappers.ts';
import { typed } from '../http/typed.ts';
import { hashToken } from '../plugins/auth.ts';
import { lifecyclePort } from './appointment-lifecycle.routes.ts';

const tokenParamsSchema = z.object({ token: z.string().min(16).max(200) });
export const selfServiceSlotsSchema = z.object({
  timeZone: z.string().describe('The lead’s zone, in which the page shows the slots'),
  slots: z.array(z.object({ startsAt: instantSchema, endsAt: instantSchema })),
});
const errors = { 400: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };

function selfServicePort(deps: AppDeps): SelfServicePort {
  return {
    ...lifecyclePort(deps),
    findBySelfServiceHash: deps.appointments.findBySelfServiceHash,
    findNotice: deps.appointments.findNotice,
    findRescheduledTo: deps.appointments.findRescheduledTo,
  };
}

function toView(state: SelfServiceState): SelfServiceView {
  const { appointment } = state.notice;
  return {
    status: state.status,
    startsAt: iso(appointment.startsAt),
    endsAt: iso(appointment.endsAt),
    timeZone: state.timeZone,
    locale: state.locale,
    clientName: state.notice.clientName,
    repName: state.notice.rep.name,
    meetingTypeName: state.notice.meetingTypeName,
    locationKind: appointment.locationKind,
    location: whereText(state.notice),
    leadFirstName: state.notice.lead.firstName,
    canChange: state.canChange,
    rescheduledTo: state.rescheduledTo
      ? { startsAt: iso(state.rescheduledTo.startsAt), endsAt: iso(state.rescheduledTo.endsAt) }
      : null,
  };
}

/**
 * The lead's private page behind the link in the invite: no login, the link's secret (only its
 * SHA-256 is stored) is the authority. An unknown or expired link answers 404 with the reason.
 */
export function registerSelfServiceRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);
  const port = selfServicePort(deps);
  const tags = ['self-service'];

  api.get(
    '/api/self-service/:token',
    {
      schema: {
        tags,
        summary: 'The appointment behind a lead’s private link',
        security: [],
        params: tokenParamsSchema,
        response: { 200: selfServiceViewSchema, ...errors },
      },
    },
    async (request) => toView(await viewSelfService(port, hashToken(request.params.token), deps.clock())),
  );

  api.get(
    '/api/self-service/:token/slots',
    {
      schema: {
        tags,
        summary: 'Slots the lead may move the appointment to (the setter’s rules, in the lead’s zone)',
        security: [],
        params: tokenParamsSchema,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(60) }),
        response: { 200: selfServiceSlotsSchema, ...errors },
      },
    },
    async (request) => {
      const found = await selfServiceSlots(
        port,
        hashToken(request.params.token),
        request.query.limit,
        deps.clock(),
      );
      return {
        timeZone: found.timeZone,
        slots: found.slots.map((s) => ({ startsAt: iso(s.startsAt), endsAt: iso(s.endsAt) })),
      };
    },
  );

  api.post(
    '/api/self-service/:token/confirm',
    {
      schema: {
        tags,
        summary: 'The lead confirms the appointment',
        security: [],
        params: tokenParamsSchema,
        response: { 200: selfServiceViewSchema, ...errors },
      },
    },
    async (request) =>
      toView(await confirmBySelfService(port, hashToken(request.params.token), deps.clock())),
  );

  api.post(
    '/api/self-service/:token/cancel',
    {
      schema: {
        tags,
        summary: 'The lead cancels the appointment',
        security: [],
        params: tokenParamsSchema,
        body: z.object({ reason: z.string().trim().max(500).optional() }).nullish(),
        response: { 200: selfServiceViewSchema, ...errors },
      },
    },
    async (request) =>
      toView(
        await cancelBySelfService(
          port,
          hashToken(request.params.token),
          request.body?.reason || null,
          deps.clock(),
        ),
      ),
  );

  api.post(
    '/api/self-service/:token/reschedule',
    {
      schema: {
        tags,
        summary: 'The lead moves the appointment to an offered slot; the new time’s link comes by mail',
        security: [],
        params: tokenParamsSchema,
        body: z.object({ startsAt: instantSchema }),
        response: { 200: selfServiceViewSchema, ...errors },
      },
    },
    async (request) =>
      toView(
        await rescheduleBySelfService(
          port,
          hashToken(request.params.token),
          Temporal.Instant.from(request.body.startsAt),
          deps.clock(),
        ),
      ),
  );
}
