import { type Actor, requireClientAccess } from '../../core/access/actor.ts';

/** The clients a listing covers: one the actor may see (404 otherwise), or all of theirs. */
export function clientScope(actor: Actor, clientId: number | undefined): readonly number[] {
  if (clientId === undefined) return actor.clientIds;
  requireClientAccess(actor, clientId, 'Client');
  return [clientId];
}
