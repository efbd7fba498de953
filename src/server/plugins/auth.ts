import '@fastify/cookie';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../core/access/actor.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { AppDeps } from '../deps.ts';

export const sessionCookieName = 'sd_session';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes that may be called without a session. */
const publicRoutes = new Set(['/api/health', '/api/auth/login', '/api/openapi.json']);
/**
 * Routes authorized by a secret in the URL instead of a login: the lead's self-service link and
 * the reps' calendar feeds. A session cookie is not read there, so it neither grants nor needs CSRF.
 */
const publicPrefixes = ['/api/self-service/', '/api/calendar/', '/api/intake/'];

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
  }
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** The signed-in actor, or UNAUTHENTICATED. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) {
    throw new AppError('UNAUTHENTICATED', { message: 'Your session has ended: please sign in again' });
  }
  return request.actor;
}

/**
 * Resolves the actor of every /api request from a personal API token (`Authorization: Bearer`)
 * or the session cookie. Cookie-authenticated writes must echo the session's CSRF token in
 * `x-csrf-token`; token-authenticated calls carry no ambient credentials and need none.
 */
export function registerAuth(app: FastifyInstance, deps: AppDeps): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const path = request.url.split('?')[0] ?? '';
    if (publicPrefixes.some((prefix) => path.startsWith(prefix))) return;
    const now = deps.clock().epochMilliseconds;
    const bearer = request.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
    if (bearer) {
      const userId = await deps.users.findUserIdByTokenHash(hashToken(bearer.trim()), now);
      if (!userId) throw new AppError('UNAUTHENTICATED', { message: 'Unknown or revoked API token' });
      request.actor = (await deps.users.loadActor(userId)) ?? null;
      if (!request.actor) throw new AppError('UNAUTHENTICATED', { message: 'This user is deactivated' });
      return;
    }
    const token = request.cookies[sessionCookieName];
    if (token) {
      const sessionId = hashToken(token);
      const session = await deps.users.findSessionActor(sessionId);
      if (session && session.expiresAt > now) {
        request.actor = session.actor;
        request.sessionId = sessionId;
        if (request.actor && unsafeMethods.has(request.method) && path !== '/api/auth/login') {
          requireCsrf(request.headers['x-csrf-token'], session.csrfToken);
        }
        const ttl = deps.config.SESSION_TTL_HOURS * 3_600_000;
        // Sliding expiry, written at most once a minute per session.
        if (session.expiresAt - now < ttl - 60_000) await deps.users.extendSession(sessionId, now + ttl);
      }
    }
    if (!request.actor && !publicRoutes.has(path) && !path.startsWith('/api/docs')) {
      throw new AppError('UNAUTHENTICATED', { message: 'Your session has ended: please sign in again' });
    }
  });
}

function requireCsrf(header: string | string[] | undefined, expected: string): void {
  const given = Buffer.from(typeof header === 'string' ? header : '');
  const wanted = Buffer.from(expected);
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
    throw new AppError('CSRF', {
      message: 'Missing or wrong x-csrf-token header: reload the page and try again',
    });
  }
}

/** Starts a session: a random token in an HttpOnly SameSite cookie, only its hash stored. */
export async function startSession(deps: AppDeps, reply: FastifyReply, userId: number): Promise<string> {
  const token = newSecret();
  const csrfToken = newSecret();
  const now = deps.clock().epochMilliseconds;
  await deps.users.createSession(
    { id: hashToken(token), userId, csrfToken, expiresAt: now + deps.config.SESSION_TTL_HOURS * 3_600_000 },
    now,
  );
  reply.setCookie(sessionCookieName, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.COOKIE_SECURE ?? false,
    maxAge: 30 * 24 * 3600,
  });
  return csrfToken;
}
