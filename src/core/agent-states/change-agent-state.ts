import type { Temporal } from 'temporal-polyfill';
import { AppError } from '../shared/app-error.ts';
import type { AgentPresence } from './agent-state.ts';
import { applyEvent, type PresenceChange, type PresenceLimits, settle } from './presence-changes.ts';
import type { AgentEvent, IllegalChangeCode } from './state-machine.ts';

export interface StoredPresence {
  presence: AgentPresence;
  version: number | null;
}

/** What the agent-state use cases need of storage. */
export interface AgentStatePorts {
  findPresence(userId: number): Promise<StoredPresence>;
  /** False when another write came first. */
  savePresence(
    organizationId: number,
    userId: number,
    before: StoredPresence,
    change: PresenceChange,
  ): Promise<boolean>;
  limits(organizationId: number): Promise<PresenceLimits>;
}

export interface AgentRef {
  userId: number;
  organizationId: number;
}

export type ChangeResult =
  | { ok: true; presence: AgentPresence; limits: PresenceLimits }
  | { ok: false; code: IllegalChangeCode; presence: AgentPresence; limits: PresenceLimits };

const attempts = 4;

/**
 * Settles the setter's presence at `now` (a lost wrap-up timer, a silent screen) and applies the
 * events in order, all in one write that fails over to a fresh read when another change came
 * first. A refused event stops there: what was settled is still saved, the refusal is returned.
 *
 * @example
 * await changeAgentState(ports, actor, [{ kind: 'pause', reasonKey: 'lunch' }], now)
 * // { ok: true, presence: { current: { state: 'paused', reasonKey: 'lunch', … }, … } }
 */
export async function changeAgentState(
  ports: AgentStatePorts,
  agent: AgentRef,
  events: readonly AgentEvent[],
  now: Temporal.Instant,
): Promise<ChangeResult> {
  const limits = await ports.limits(agent.organizationId);
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const before = await ports.findPresence(agent.userId);
    const settled = settle(before.presence, now, limits);
    let presence = settled.presence;
    const closed = [...settled.closed];
    let refused: IllegalChangeCode | null = null;
    for (const event of events) {
      const result = applyEvent(presence, event, now);
      if (!result.ok) {
        refused = result.error.code;
        break;
      }
      presence = result.value.presence;
      closed.push(...result.value.closed);
    }
    const changed = closed.length > 0 || !samePresence(before.presence, presence);
    if (
      changed &&
      !(await ports.savePresence(agent.organizationId, agent.userId, before, { presence, closed }))
    )
      continue;
    return refused ? { ok: false, code: refused, presence, limits } : { ok: true, presence, limits };
  }
  throw new AppError('CONFLICT', { message: 'The agent state changed meanwhile; try again' });
}

/**
 * The presence as it is now, settled but not saved: for a check before a change that will save it
 * (the queue's "may this setter be served"). Settling is a pure function of the stored presence,
 * the limits and the time, so saving it later records the same times.
 */
export async function peekAgentState(
  ports: AgentStatePorts,
  agent: AgentRef,
  now: Temporal.Instant,
): Promise<{ presence: AgentPresence; limits: PresenceLimits }> {
  const limits = await ports.limits(agent.organizationId);
  const before = await ports.findPresence(agent.userId);
  return { presence: settle(before.presence, now, limits).presence, limits };
}

/** The presence as it is now, settled and saved (GET requests and the manager's floor). */
export function readAgentState(ports: AgentStatePorts, agent: AgentRef, now: Temporal.Instant) {
  return changeAgentState(ports, agent, [], now);
}

/**
 * Like `changeAgentState`, for the system's own hooks (a lead claimed, a call logged): a change
 * the state machine refuses (e.g. a call logged by a manager who is not on shift) is not an error
 * of the request that caused it.
 */
export async function recordAgentEvent(
  ports: AgentStatePorts,
  agent: AgentRef,
  event: AgentEvent,
  now: Temporal.Instant,
): Promise<void> {
  await changeAgentState(ports, agent, [event], now);
}

function samePresence(a: AgentPresence, b: AgentPresence): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
