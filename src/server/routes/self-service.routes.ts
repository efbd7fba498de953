import type { FastifyInstance } from 'fastify';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import {
  type SelfServiceView,
  selfServiceViewSchema,
  slotDaysResponseSchema,
  slotPagingSchema,
  slotRangeQuerySchema,
} from '../../contracts/appointments.ts';
import { errorResponseSchema, instantSchema } from '../../contracts/common.ts';
import { whereText } from '../../core/appointments/notify-texts.ts';
import {
  cancelBySelfService,
  confirmBySelfService,
  rescheduleBySelfService,
  type SelfServicePort,
  type SelfServiceState,
  selfServiceCalendarFile,
  selfServiceSlotDays,
  selfServiceSlots,
  viewSelfService,
} from '../../core/appointments/self-service-actions.ts';
import type { AppDeps } from '../deps.ts';
import { iso } from '../http/mappers.ts';
import { slotDaysDto } from '../http/slot-days-dto.ts';
import { typed } from '../http/typed.ts';
import { hashToken } from '../plugins/auth.ts';
import { lifecyclePort } from './appointment-lifecycle.routes.ts';

const tokenParamsSchema = z.object({ token: z.string().min(16).max(200) });
export const selfServiceSlotsSchema = z
  .object({
    timeZone: z.string().describe('The lead’s zone, in which the page shows the slots'),
    slots: z.array(z.object({ startsAt: instantSchema, endsAt: instantSchema })),
  })
  .extend(slotPagingSchema.shape);
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
    location: whereText(state.notice, 'lead'),
    leadFirstName: state.notice.lead.firstName,
    canChange: state.canChange,
    rescheduledTo: state.rescheduledTo
      ? { startsAt: iso(state.rescheduledTo.startsAt), endsAt: iso(state.rescheduledTo.endsAt) }
      : null,
    movedFrom: state.movedFrom
      ? { startsAt: iso(state.movedFrom.startsAt), endsAt: iso(state.movedFrom.endsAt) }
      : null,
    calendar: state.calendar,
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
        description:
          'A window of the whole horizon (`from`, `to`, `limit`); `hasMore` and `nextFrom` say where more ' +
          'follow. The appointment’s own time is not offered. The link follows reschedules.',
        security: [],
        params: tokenParamsSchema,
        querystring: slotRangeQuerySchema,
        response: { 200: selfServiceSlotsSchema, ...errors },
      },
    },
    async (request) => {
      const { from, to, limit } = request.query;
      const found = await selfServiceSlots(
        port,
        hashToken(request.params.token),
        { from: from ? Temporal.Instant.from(from) : null, to: to ? Temporal.Instant.from(to) : null, limit },
        deps.clock(),
      );
      const { page } = found;
      return {
        timeZone: found.timeZone,
        slots: page.slots.map((s) => ({ startsAt: iso(s.startsAt), endsAt: iso(s.endsAt) })),
        hasMore: page.hasMore,
        nextFrom: page.nextFrom ? iso(page.nextFrom) : null,
        horizonEnd: iso(found.horizonEnd),
      };
    },
  );

  api.get(
    '/api/self-service/:token/slot-days',
    {
      schema: {
        tags,
        summary: 'Every date of the horizon with how many times the lead may move to on it',
        security: [],
        params: tokenParamsSchema,
        querystring: z.object({
          timeZone: z.string().min(1).max(64).optional().describe('Dates in this zone (default: the lead’s)'),
        }),
        response: { 200: slotDaysResponseSchema, ...errors },
      },
    },
    async (request) =>
      slotDaysDto(
        await selfServiceSlotDays(
          port,
          hashToken(request.params.token),
          request.query.timeZone ?? null,
          deps.clock(),
        ),
      ),
  );

  api.get(
    '/api/self-service/:token/calendar.ics',
    {
      schema: {
        tags,
        summary: 'The current appointment as an iCalendar file (Apple Calendar, desktop Outlook)',
        security: [],
        params: tokenParamsSchema,
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const ics = await selfServiceCalendarFile(port, hashToken(request.params.token), deps.clock());
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="appointment.ics"')
        .header('cache-control', 'no-store')
        .send(ics);
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
