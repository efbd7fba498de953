import type { Actor } from '../core/access/actor.ts';
import type { AgentStatePorts, StoredPresence } from '../core/agent-states/change-agent-state.ts';
import type { PresenceLimits } from '../core/agent-states/presence-changes.ts';
import type { Campaign } from '../core/campaigns/campaign.ts';
import type { Client } from '../core/clients/client.ts';
import type { LeadQueuePort } from '../core/lead-queue/lead-queue-port.ts';
import type { AppDeps } from '../server/deps.ts';
import { readOnce } from './identity-map.ts';

/**
 * What one request works with: its actor, and the records several rules of it ask for, each read
 * once (an identity map per request). Campaigns, clients and the agent's presence are what the
 * hot path reads again and again; they are never written by the requests that read them here,
 * except the presence, whose writes pass through and keep it current.
 */
export interface RequestScope {
  actor: Actor;
  findCampaign(id: number): Promise<Campaign | undefined>;
  findClient(id: number): Promise<Client | undefined>;
  /** The agent-state ports, reading the organization's limits and each presence once. */
  agentStates: AppDeps['agentStates'];
  /** The queue's ports over this request's campaigns and clients. */
  queue: AppDeps['queue'];
}

export function openRequestScope(deps: AppDeps, actor: Actor): RequestScope {
  const findCampaign = readOnce(deps.catalog.findCampaign);
  const findClient = readOnce(deps.clients.findById);
  const queue: LeadQueuePort & AppDeps['queue'] = { ...deps.queue, findCampaign, findClient };
  return {
    actor,
    findCampaign,
    findClient,
    agentStates: { ...deps.agentStates, ...presenceOnce(deps.agentStates, actor) },
    queue,
  };
}

/** Storage that can read a setter's presence and their organization's limits in one statement. */
type PresenceStorage = AgentStatePorts & {
  findPresenceWithLimits?(
    userId: number,
    organizationId: number,
  ): Promise<{ stored: StoredPresence; limits: PresenceLimits }>;
};

/**
 * Agent-state ports that read the limits once and remember each presence as last read or written:
 * a request that checks the state, serves a lead and records it reads the presence once (with the
 * limits, for the request's own agent). A write another node made meanwhile still fails the
 * version check, and the next read goes to storage.
 */
export function presenceOnce(
  ports: PresenceStorage,
  agent?: { userId: number; organizationId: number },
): AgentStatePorts {
  const known = new Map<number, StoredPresence>();
  const limits = new Map<number, Promise<PresenceLimits>>();
  const both = ports.findPresenceWithLimits;
  const readAgent =
    agent && both
      ? readOnce(async (_: 'agent') => {
          const read = await both(agent.userId, agent.organizationId);
          if (!known.has(agent.userId)) known.set(agent.userId, read.stored);
          return read.limits;
        })
      : null;
  return {
    limits(organizationId) {
      if (readAgent && organizationId === agent?.organizationId) return readAgent('agent');
      const cached = limits.get(organizationId) ?? ports.limits(organizationId);
      limits.set(organizationId, cached);
      return cached;
    },
    async findPresence(userId) {
      if (readAgent && userId === agent?.userId) await readAgent('agent');
      const stored = known.get(userId) ?? (await ports.findPresence(userId));
      known.set(userId, stored);
      return stored;
    },
    async savePresence(organizationId, userId, before, change) {
      const saved = await ports.savePresence(organizationId, userId, before, change);
      if (saved) known.set(userId, { presence: change.presence, version: (before.version ?? 0) + 1 });
      else known.delete(userId);
      return saved;
    },
  };
}
