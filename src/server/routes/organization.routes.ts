import type { FastifyInstance } from 'fastify';
import { errorResponseSchema } from '../../contracts/common.ts';
import {
  organizationSettingsRequestSchema,
  organizationSettingsSchema,
} from '../../contracts/organization.ts';
import { requireRole } from '../../core/access/actor.ts';
import type { AppDeps } from '../deps.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';

/** The organization's own settings: its name and language (admins only). */
export function registerOrganizationRoutes(app: FastifyInstance, deps: AppDeps): void {
  typed(app).get(
    '/api/organization',
    {
      schema: {
        tags: ['organization'],
        summary: 'Admins: the organization’s name and language (new clients’ outcomes are named in it)',
        response: { 200: organizationSettingsSchema, 403: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireRole(actor, ['admin']);
      return deps.organizations.settings(actor.organizationId);
    },
  );

  typed(app).put(
    '/api/organization',
    {
      schema: {
        tags: ['organization'],
        summary:
          'Admins: set the organization’s language (en | sr); clients created from now on get their default outcomes and reasons in it',
        body: organizationSettingsRequestSchema,
        response: { 200: organizationSettingsSchema, 400: errorResponseSchema, 403: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireRole(actor, ['admin']);
      await deps.organizations.saveLocale(actor.organizationId, request.body.locale);
      return deps.organizations.settings(actor.organizationId);
    },
  );
}
