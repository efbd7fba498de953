import type { FastifyRequest } from 'fastify';
import { openRequestScope, type RequestScope } from '../../application/request-scope.ts';
import type { AppDeps } from '../deps.ts';
import { requireActor } from '../plugins/auth.ts';

const scopes = new WeakMap<FastifyRequest, RequestScope>();

/** The request's scope (its actor and identity maps), opened on first use; UNAUTHENTICATED without an actor. */
export function scopeOf(request: FastifyRequest, deps: AppDeps): RequestScope {
  const known = scopes.get(request);
  if (known) return known;
  const scope = openRequestScope(deps, requireActor(request));
  scopes.set(request, scope);
  return scope;
}
