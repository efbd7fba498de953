import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errorResponseSchema, idParamsSchema } from '../../contracts/common.ts';
import { canManage, requireClientAccess } from '../../core/access/actor.ts';
import type { AppointmentNotice } from '../../core/appointments/appointment-ports.ts';
import { inviteUid } from '../../core/appointments/notify-appointment.ts';
import { eventSummary, repBriefing, whereText } from '../../core/appointments/notify-texts.ts';
import { AppError, notFound } from '../../core/shared/app-error.ts';
import { buildCalendarFeed, type FeedAppointment } from '../../integrations/calendar/calendar-feed.ts';
import { publicBaseUrl } from '../appointment-messaging.ts';
import type { AppDeps } from '../deps.ts';
import { typed } from '../http/typed.ts';
import { hashToken, newSecret, requireActor } from '../plugins/auth.ts';

/** How far back a feed reaches: recent meetings stay visible with their outcome. */
const feedPastDays = 30;

function feedEvent(notice: AppointmentNotice, uidHost: string): FeedAppointment {
  const { appointment } = notice;
  return {
    uid: inviteUid(notice.chainRootId, uidHost),
    sequence: appointment.sequence,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    summary: eventSummary(notice, 'rep'),
    description: repBriefing(notice).join('\n'),
    location: whereText(notice, 'rep'),
    status: appointment.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  };
}

/**
 * A rep's secret calendar feed, for subscribing from Google Calendar, Outlook or Apple Calendar:
 * the URL's secret is the authority (only its hash is stored; a new one revokes the old).
 */
export function registerCalendarFeedRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);

  api.post(
    '/api/reps/:id/feed-token',
    {
      schema: {
        tags: ['reps'],
        summary: 'A new secret iCalendar feed URL for the rep (the old one stops working)',
        description: 'For the rep themselves, a manager or an admin.',
        params: idParamsSchema,
        response: {
          200: z.object({ url: z.string() }),
          403: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const rep = await deps.calendarFeed.findRep(request.params.id);
      if (!rep) throw notFound('Rep');
      requireClientAccess(actor, rep.clientId, 'Rep');
      if (!canManage(actor) && rep.userId !== actor.userId) {
        throw new AppError('FORBIDDEN', { message: 'Only the rep, a manager or an admin can do this' });
      }
      const token = newSecret();
      await deps.calendarFeed.setFeedTokenHash(rep.id, hashToken(token));
      return { url: `${publicBaseUrl(deps.config)}/api/calendar/reps/${token}.ics` };
    },
  );

  api.get(
    '/api/calendar/reps/:token.ics',
    {
      schema: {
        tags: ['reps'],
        summary: 'A rep’s appointments as an iCalendar feed (text/calendar), from 30 days back',
        security: [],
        params: z.object({ token: z.string().min(16).max(200) }),
      },
    },
    async (request, reply) => {
      const rep = await deps.calendarFeed.findRepByFeedTokenHash(hashToken(request.params.token));
      if (!rep)
        throw new AppError('NOT_FOUND', { message: 'This calendar link is not valid or was replaced' });
      const now = deps.clock();
      const notices = await deps.calendarFeed.feedAppointments(
        rep.id,
        now.subtract({ hours: 24 * feedPastDays }),
      );
      const ics = buildCalendarFeed({
        name: `${rep.name} — SetterDesk`,
        timeZone: rep.timeZone,
        events: notices.map((notice) => feedEvent(notice, deps.messaging.uidHost)),
        now,
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header('content-disposition', 'inline; filename="appointments.ics"')
        .send(ics);
    },
  );
}
