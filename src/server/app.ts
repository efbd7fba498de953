import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from './deps.ts';
import { typed } from './http/typed.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerErrorHandler } from './plugins/error-handler.ts';
import { registerAgentStateRoutes } from './routes/agent-states.routes.ts';
import { registerAppointmentLifecycleRoutes } from './routes/appointment-lifecycle.routes.ts';
import { registerAppointmentRoutes } from './routes/appointments.routes.ts';
import { registerAuthRoutes } from './routes/auth.routes.ts';
import { registerCalendarFeedRoutes } from './routes/calendar-feed.routes.ts';
import { registerCampaignAdminRoutes } from './routes/campaign-admin.routes.ts';
import { registerCampaignRoutes } from './routes/campaigns.routes.ts';
import { registerCatalogRoutes } from './routes/catalog.routes.ts';
import { registerCorrectionRoutes } from './routes/corrections.routes.ts';
import { registerDncRoutes } from './routes/dnc.routes.ts';
import { registerImportRoutes } from './routes/imports.routes.ts';
import { registerIntakeRoutes } from './routes/intake.routes.ts';
import { registerLeadTimelineRoutes } from './routes/lead-timeline.routes.ts';
import { registerLeadRoutes } from './routes/leads.routes.ts';
import { registerLeaseRoutes } from './routes/lease.routes.ts';
import { registerMarketingSourceRoutes } from './routes/marketing-sources.routes.ts';
import { registerObjectionRoutes } from './routes/objections.routes.ts';
import { registerOrganizationRoutes } from './routes/organization.routes.ts';
import { registerOutboxRoutes } from './routes/outbox.routes.ts';
import { registerOutcomeRoutes } from './routes/outcomes.routes.ts';
import { registerQueueFlowRoutes } from './routes/queue-flow.routes.ts';
import { registerRepRoutes } from './routes/reps.routes.ts';
import { registerScriptRoutes } from './routes/scripts.routes.ts';
import { registerSelfServiceRoutes } from './routes/self-service.routes.ts';
import { registerSlotHoldRoutes } from './routes/slot-holds.routes.ts';
import { registerStatsRoutes } from './routes/stats.routes.ts';

export interface BuildAppOptions {
  logger?: boolean | { level: string };
}

/** The HTTP application: plugins and routes over the given dependencies. It never listens. */
export async function buildApp(deps: AppDeps, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 5 * 1024 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, {
    limits: { fileSize: deps.config.UPLOAD_LIMIT_MB * 1024 * 1024, files: 1, fields: 20 },
    throwFileSizeLimit: true,
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'SetterDesk API',
        version: '0.1.0',
        description:
          'Appointment setting: leads, campaigns, the lead queue, call dispositions and appointments. ' +
          'Authenticate with a personal API token (`Authorization: Bearer …`, create one with `npx setterdesk token create`) ' +
          'or the session cookie of POST /api/auth/login plus the `x-csrf-token` header on writes. ' +
          'Errors are `{ "error": { "code", "message", "field"? } }` with stable codes.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  registerAuth(app, deps);

  typed(app).get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and database check',
        response: { 200: z.object({ status: z.literal('ok'), database: z.string() }) },
      },
    },
    async () => {
      await deps.database.db.selectFrom('organizations').select('id').limit(1).execute();
      return { status: 'ok' as const, database: deps.database.dialect };
    },
  );
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerAuthRoutes(app, deps);
  registerOrganizationRoutes(app, deps);
  registerCatalogRoutes(app, deps);
  registerScriptRoutes(app, deps);
  registerImportRoutes(app, deps);
  registerDncRoutes(app, deps);
  registerIntakeRoutes(app, deps);
  registerCampaignRoutes(app, deps);
  registerCampaignAdminRoutes(app, deps);
  registerLeadRoutes(app, deps);
  registerLeadTimelineRoutes(app, deps);
  registerMarketingSourceRoutes(app, deps);
  registerLeaseRoutes(app, deps);
  registerQueueFlowRoutes(app, deps);
  registerAppointmentRoutes(app, deps);
  registerAppointmentLifecycleRoutes(app, deps);
  registerSelfServiceRoutes(app, deps);
  registerOutboxRoutes(app, deps);
  registerCalendarFeedRoutes(app, deps);
  registerRepRoutes(app, deps);
  registerSlotHoldRoutes(app, deps);
  registerStatsRoutes(app, deps);
  registerAgentStateRoutes(app, deps);
  registerOutcomeRoutes(app, deps);
  registerObjectionRoutes(app, deps);
  registerCorrectionRoutes(app, deps);

  await serveWebApp(app, resolve(deps.config.WEB_DIST));
  return app;
}

/** The built single-page app; unknown non-API paths fall back to its index.html. */
async function serveWebApp(app: FastifyInstance, root: string): Promise<void> {
  const hasWebApp = existsSync(resolve(root, 'index.html'));
  if (hasWebApp)
    await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    if (hasWebApp && request.method === 'GET' && !request.url.startsWith('/api/'))
      return reply.sendFile('index.html');
    return reply
      .status(404)
      .send({ error: { code: 'NOT_FOUND', message: `No route ${request.method} ${request.url}` } });
  });
}
