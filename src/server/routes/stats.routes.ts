import type { FastifyInstance } from 'fastify';
import { todayStatsQuerySchema, todayStatsResponseSchema } from '../../contracts/stats.ts';
import type { AppDeps } from '../deps.ts';
import { clientScope } from '../http/scope.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';

export function registerStatsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);

  api.get(
    '/api/stats/today',
    {
      schema: {
        tags: ['stats'],
        summary: 'Today’s attempts, contacts and appointments set per setter (today in the user’s time zone)',
        querystring: todayStatsQuerySchema,
        response: { 200: todayStatsResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const clientIds = clientScope(actor, request.query.clientId);
      const today = deps.clock().toZonedDateTimeISO(actor.timeZone).toPlainDate();
      const from = today.toZonedDateTime({ timeZone: actor.timeZone }).toInstant();
      const to = today.add({ days: 1 }).toZonedDateTime({ timeZone: actor.timeZone }).toInstant();
      let setters = await deps.stats.setterCounts(clientIds, from, to);
      if (actor.role === 'setter') setters = setters.filter((s) => s.setterId === actor.userId);
      const totals = setters.reduce(
        (sum, s) => ({
          attempts: sum.attempts + s.attempts,
          contacts: sum.contacts + s.contacts,
          appointmentsSet: sum.appointmentsSet + s.appointmentsSet,
        }),
        { attempts: 0, contacts: 0, appointmentsSet: 0 },
      );
      return { localDate: today.toString(), timeZone: actor.timeZone, setters, totals };
    },
  );
}
