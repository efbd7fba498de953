import type { Temporal } from 'temporal-polyfill';
import type { SaveClientOutcomesRequest } from '../../contracts/dispositions.ts';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import { type ClientOutcomes, type OutcomeSavePlan, planOutcomeSave } from './plan-outcome-save.ts';

export interface ClientOutcomesPort {
  /** The client's outcomes and reasons, retired ones included. */
  clientOutcomes(clientId: number): Promise<ClientOutcomes>;
  /** Writes the plan in one transaction. */
  saveOutcomes(clientId: number, plan: OutcomeSavePlan, now: Temporal.Instant): Promise<void>;
}

/** Active first, then by position: the order the call screen shows them in. */
const byActiveThenPosition = <T extends { active: boolean; position: number; id: number }>(a: T, b: T) =>
  Number(b.active) - Number(a.active) || a.position - b.position || a.id - b.id;

/** A client's outcomes and reasons, for any user of the client (another client's answers 404). */
export async function readClientOutcomes(
  port: ClientOutcomesPort,
  actor: Actor,
  clientId: number,
): Promise<ClientOutcomes> {
  requireClientAccess(actor, clientId, 'Client');
  const found = await port.clientOutcomes(clientId);
  return {
    outcomes: [...found.outcomes].sort(byActiveThenPosition),
    reasons: [...found.reasons].sort(
      (a, b) => a.outcomeKey.localeCompare(b.outcomeKey) || byActiveThenPosition(a, b),
    ),
  };
}

/** Replaces a client's outcome list (manager, admin): see `planOutcomeSave` for the rules. */
export async function saveClientOutcomes(
  port: ClientOutcomesPort,
  actor: Actor,
  clientId: number,
  request: SaveClientOutcomesRequest,
  now: Temporal.Instant,
): Promise<ClientOutcomes> {
  requireClientAccess(actor, clientId, 'Client');
  requireRole(actor, ['manager', 'admin']);
  const plan = planOutcomeSave(await port.clientOutcomes(clientId), request);
  await port.saveOutcomes(clientId, plan, now);
  return readClientOutcomes(port, actor, clientId);
}
