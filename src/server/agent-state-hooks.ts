import type { RequestScope } from '../application/request-scope.ts';
import type { Actor } from '../core/access/actor.ts';
import type { AgentPresence, StateWork } from '../core/agent-states/agent-state.ts';
import {
  type AgentStatePorts,
  changeAgentState,
  peekAgentState,
  recordAgentEvent,
} from '../core/agent-states/change-agent-state.ts';
import { type AgentEvent, stoppedReasonKey } from '../core/agent-states/state-machine.ts';
import { AppError } from '../core/shared/app-error.ts';
import type { AppDeps } from './deps.ts';

/**
 * The system's side of a setter's state (docs/decisions/0013-agent-states-and-time-attribution.md):
 * the routes that claim, skip and log calls tell the state here, so the server alone decides when
 * a call and its wrap-up start and end. A hook never fails the request that called it for a
 * change the state machine refuses (a manager logging a call off shift).
 */
/** Whose state, read through the request's scope when there is one (its presence read once). */
type Agent = Actor | RequestScope;
const actorOf = (agent: Agent): Actor => ('actor' in agent ? agent.actor : agent);
const portsOf = (deps: AppDeps, agent: Agent): AgentStatePorts =>
  'actor' in agent ? agent.agentStates : deps.agentStates;
const agentOf = (agent: Agent) => ({
  userId: actorOf(agent).userId,
  organizationId: actorOf(agent).organizationId,
});

const record = (deps: AppDeps, agent: Agent, event: AgentEvent) =>
  recordAgentEvent(portsOf(deps, agent), agentOf(agent), event, deps.clock());

/**
 * Before the queue serves a lead: a paused setter, or one whose "stop after this lead" has come
 * (a pending stop in the wrap-up takes effect now), is served nothing: 409 AGENT_PAUSED or
 * AGENT_STOPPED until they say they are ready.
 */
export async function requireServable(deps: AppDeps, agent: Agent): Promise<void> {
  const ports = portsOf(deps, agent);
  const now = deps.clock();
  // Only looked at: serving the lead saves the settled state with the change it makes.
  let read: { presence: AgentPresence } = await peekAgentState(ports, agentOf(agent), now);
  const current = read.presence.current;
  if (current?.state === 'wrap_up' && read.presence.stopAfter)
    read = await changeAgentState(ports, agentOf(agent), [{ kind: 'wrap_up_done' }], now);
  const state = read.presence.current;
  if (state?.state === 'paused')
    throw new AppError('AGENT_PAUSED', { message: 'You are paused: choose Ready to take the next lead' });
  if (state?.state === 'logged_out' && state.reasonKey === stoppedReasonKey)
    throw new AppError('AGENT_STOPPED', {
      message: 'You stopped after your last lead: choose Ready to take the next one',
    });
}

/** A lead served (claimed from the queue): the setter is on that lead's call. */
export const agentLeadServed = (deps: AppDeps, agent: Agent, work: StateWork) =>
  record(deps, agent, { kind: 'lead_served', work });

/** A call logged (an attempt, or a booking that records its disposition): the wrap-up starts. */
export async function agentCallSaved(deps: AppDeps, agent: Agent, work: StateWork): Promise<void> {
  await record(deps, agent, { kind: 'call_saved', work });
}

/** A served lead given back without a call (skip, release): the lead is finished. */
export const agentLeadReleased = (deps: AppDeps, agent: Agent) =>
  record(deps, agent, { kind: 'lead_released' });

/** Signing in opens a setter's shift (ready); the call screen's heartbeats keep it open. */
export async function agentSignedIn(deps: AppDeps, actor: Actor): Promise<void> {
  if (actor.role === 'setter')
    await record(deps, actor, { kind: 'start', work: { clientId: null, campaignId: null, leadId: null } });
}

/** Signing out closes the open state at once. */
export const agentSignedOut = (deps: AppDeps, actor: Actor) => record(deps, actor, { kind: 'logout' });
