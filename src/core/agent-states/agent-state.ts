import type { Temporal } from 'temporal-polyfill';
import { agentStateKinds } from '../../contracts/agent-states.ts';

export { agentStateKinds };
export type AgentStateKind = (typeof agentStateKinds)[number];

/** What the state's time belongs to: the lead on screen, the campaign worked, its client. */
export interface StateWork {
  clientId: number | null;
  campaignId: number | null;
  leadId: number | null;
}

export const noWork: StateWork = { clientId: null, campaignId: null, leadId: null };

/** One stretch of one state; `endedAt` null while it is the setter's current state. */
export interface StateInterval extends StateWork {
  state: AgentStateKind;
  /** The pause reason's key (only while paused). */
  reasonKey: string | null;
  startedAt: Temporal.Instant;
  endedAt: Temporal.Instant | null;
}

/**
 * What happens when the current lead is finished: nothing, a pause with this reason, or the end
 * of the shift ("stop after this lead").
 */
export type StopAfter = { kind: 'pause'; reasonKey: string } | { kind: 'logout' } | null;

/** A setter's current state with what the server keeps beside it. */
export interface AgentPresence {
  current: StateInterval | null;
  /** The last sign of life from the setter's screen (a heartbeat or any state change). */
  lastSeenAt: Temporal.Instant | null;
  stopAfter: StopAfter;
}

/** The defaults in one place. */
export const agentStateDefaults = {
  /** No heartbeat for this long: the setter is logged out at their last heartbeat. */
  idleTimeoutSeconds: 120,
  /**
   * Seconds of wrap-up after a saved call before the screen serves the next lead by itself;
   * 0: the next lead comes at once (docs/decisions/0013-agent-states-and-time-attribution.md).
   */
  wrapUpSeconds: 0,
  maxWrapUpSeconds: 900,
} as const;

/** State changes are recorded to the whole second, so every duration is whole seconds. */
export const toWholeSecond = (instant: Temporal.Instant): Temporal.Instant =>
  instant.round({ smallestUnit: 'second', roundingMode: 'floor' });
