import type { Role } from '../leads/lead.ts';
import { AppError } from '../shared/app-error.ts';

/** The authenticated person a use case acts for: every query is scoped by it. */
export interface Actor {
  userId: number;
  organizationId: number;
  role: Role;
  name: string;
  email: string;
  timeZone: string;
  locale: string;
  /** Clients this user is assigned to; admins are assigned to all of their organization's clients. */
  clientIds: readonly number[];
}

/**
 * Throws NOT_FOUND (never FORBIDDEN) when the actor is not assigned to the client, so that the
 * existence of another client's data does not leak.
 *
 * @example
 * requireClientAccess(actor, lead.clientId, 'Lead');
 */
export function requireClientAccess(actor: Actor, clientId: number, what = 'Resource'): void {
  if (!actor.clientIds.includes(clientId)) {
    throw new AppError('NOT_FOUND', { message: `${what} not found` });
  }
}

/** Throws FORBIDDEN unless the actor has one of the roles. */
export function requireRole(actor: Actor, roles: readonly Role[]): void {
  if (!roles.includes(actor.role)) {
    throw new AppError('FORBIDDEN', { message: `This needs the role ${roles.join(' or ')}` });
  }
}

export const canManage = (actor: Actor): boolean => actor.role === 'admin' || actor.role === 'manager';
