import { hash, verify } from '@node-rs/argon2';
import type { FastifyInstance } from 'fastify';
import {
  createTokenRequestSchema,
  createTokenResponseSchema,
  localeRequestSchema,
  loginRequestSchema,
  type SessionResponse,
  sessionResponseSchema,
} from '../../contracts/auth.ts';
import { errorResponseSchema, okSchema } from '../../contracts/common.ts';
import type { Actor } from '../../core/access/actor.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { agentSignedIn, agentSignedOut } from '../agent-state-hooks.ts';
import type { AppDeps } from '../deps.ts';
import { iso } from '../http/mappers.ts';
import { typed } from '../http/typed.ts';
import { hashToken, newSecret, requireActor, sessionCookieName, startSession } from '../plugins/auth.ts';

const wrongCredentials = () =>
  new AppError('UNAUTHENTICATED', { message: 'Wrong email or password', field: 'password' });

export function registerAuthRoutes(app: FastifyInstance, deps: AppDeps): void {
  let decoy: Promise<string> | undefined;
  const decoyHash = (): Promise<string> => {
    decoy ??= hash(newSecret());
    return decoy;
  };

  const session = async (actor: Actor, csrfToken: string): Promise<SessionResponse> => {
    const clients = await deps.clients.listByIds(actor.clientIds);
    return {
      csrfToken,
      user: {
        id: actor.userId,
        email: actor.email,
        name: actor.name,
        role: actor.role,
        timeZone: actor.timeZone,
        locale: actor.locale,
        organizationName: await deps.users.organizationName(actor.organizationId),
        clients: clients.map(({ id, name, slug, country, timeZone }) => ({
          id,
          name,
          slug,
          country,
          timeZone,
        })),
      },
    };
  };

  typed(app).post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets an HttpOnly session cookie',
        body: loginRequestSchema,
        response: { 200: sessionResponseSchema, 401: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const user = await deps.users.findUserForLogin(request.body.email);
      // Verify against a decoy when there is no such user, so timing does not reveal which emails exist.
      const valid = await verify(user?.passwordHash ?? (await decoyHash()), request.body.password);
      if (!user?.passwordHash || !user.active || !valid) throw wrongCredentials();
      const actor = await deps.users.loadActor(user.id);
      if (!actor) throw wrongCredentials();
      const csrfToken = await startSession(deps, reply, user.id);
      await agentSignedIn(deps, actor);
      return session(actor, csrfToken);
    },
  );

  typed(app).post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out', response: { 200: okSchema } } },
    async (request, reply) => {
      if (request.actor) await agentSignedOut(deps, request.actor);
      if (request.sessionId) await deps.users.deleteSession(request.sessionId);
      reply.clearCookie(sessionCookieName, { path: '/' });
      return { ok: true as const };
    },
  );

  typed(app).get(
    '/api/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, their clients and the CSRF token for cookie-authenticated writes',
        response: { 200: sessionResponseSchema, 401: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const stored = request.sessionId ? await deps.users.findSession(request.sessionId) : undefined;
      return session(actor, stored?.csrfToken ?? '');
    },
  );

  typed(app).post(
    '/api/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create a personal API token (shown once)',
        body: createTokenRequestSchema,
        response: { 200: createTokenResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const token = `sd_${newSecret()}`;
      const row = await deps.users.createApiToken(
        { userId: actor.userId, name: request.body.name, tokenHash: hashToken(token) },
        deps.clock().epochMilliseconds,
      );
      return { id: row.id, name: row.name, token, createdAt: iso(deps.clock()) };
    },
  );

  typed(app).put(
    '/api/auth/locale',
    {
      schema: {
        tags: ['auth'],
        summary: 'Save the signed-in user’s language: it applies at their next sign-in on any browser',
        body: localeRequestSchema,
        response: { 200: okSchema, 400: errorResponseSchema, 401: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await deps.users.updateLocale(actor.userId, request.body.locale);
      return { ok: true as const };
    },
  );
}
