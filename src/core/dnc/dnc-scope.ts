import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import { AppError } from '../shared/app-error.ts';
import type { DncScope } from './dnc.ts';

export const dncScopeKinds = ['client', 'organization'] as const;
export type DncScopeKind = (typeof dncScopeKinds)[number];

export interface DncScopeRequest {
  scope: DncScopeKind;
  clientId?: number | undefined;
}

/**
 * The scope an actor may add do-not-call numbers to: managers and admins for the clients they
 * are assigned to (another client's is NOT_FOUND, so its existence does not leak), only admins
 * for the whole organization (FORBIDDEN otherwise).
 *
 * @example
 * requireDncScope(manager, { scope: 'client', clientId: 3 }) // { organizationId: 1, clientId: 3 }
 * requireDncScope(manager, { scope: 'organization' }) // throws FORBIDDEN
 */
export function requireDncScope(actor: Actor, request: DncScopeRequest): DncScope {
  requireRole(actor, ['manager', 'admin']);
  if (request.scope === 'organization') {
    if (actor.role !== 'admin') {
      throw new AppError('FORBIDDEN', {
        message: 'Only an admin may add do-not-call numbers for the whole organization',
      });
    }
    if (request.clientId !== undefined) {
      throw new AppError('VALIDATION', {
        message: 'clientId: leave it out for an organization-wide list, or choose the client scope',
        field: 'clientId',
      });
    }
    return { organizationId: actor.organizationId, clientId: null };
  }
  if (request.clientId === undefined) {
    throw new AppError('VALIDATION', {
      message: 'clientId: choose the client the numbers belong to',
      field: 'clientId',
    });
  }
  requireClientAccess(actor, request.clientId, 'Client');
  return { organizationId: actor.organizationId, clientId: request.clientId };
}

/** A number added by hand names a client, or none for the whole organization. */
export const scopeRequestOf = (clientId: number | undefined): DncScopeRequest =>
  clientId === undefined ? { scope: 'organization' } : { scope: 'client', clientId };

/**
 * The country national numbers (without a country code) are read in: the client's for a client
 * list; for an organization-wide list, the one country all its clients share, else US.
 *
 * @example
 * dncPhoneCountry(['RS', 'RS']) // 'RS'
 * dncPhoneCountry(['RS', 'US']) // 'US'
 */
export function dncPhoneCountry(clientCountries: readonly string[]): string {
  const countries = new Set(clientCountries.map((c) => c.toUpperCase()));
  const [only] = countries;
  return countries.size === 1 && only ? only : 'US';
}
