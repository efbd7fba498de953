import type { Temporal } from 'temporal-polyfill';
import {
  type AgentPresence,
  type AgentStateKind,
  noWork,
  type StateInterval,
  type StateWork,
  type StopAfter,
} from './agent-state.ts';

/** What the setter did, or what the server saw. */
export type AgentEvent =
  | { kind: 'start'; work: StateWork }
  | { kind: 'ready'; work: StateWork }
  | { kind: 'lead_served'; work: StateWork }
  | { kind: 'call_started'; work: StateWork }
  | { kind: 'call_saved'; work: StateWork }
  | { kind: 'lead_released' }
  | { kind: 'pause'; reasonKey: string }
  | { kind: 'resume'; work: StateWork }
  | { kind: 'stop_after'; stopAfter: StopAfter }
  | { kind: 'wrap_up_done' }
  | { kind: 'logout' }
  | { kind: 'heartbeat' };

/** Why a change is refused: stable codes the screen and the API switch on. */
export const illegalChangeCodes = [
  'AGENT_LOGGED_OUT',
  'AGENT_PAUSED',
  'AGENT_NOT_PAUSED',
  'AGENT_NOT_IN_WRAP_UP',
  /** "Stop after this lead" took effect: the queue serves nothing until the setter is ready again. */
  'AGENT_STOPPED',
] as const;

/** The logged-out state "stop after this lead" ends in: the queue serves nothing until Ready. */
export const stoppedReasonKey = 'stopped';
export type IllegalChangeCode = (typeof illegalChangeCodes)[number];

/** The state to open next (null: the current one stays) and what is pending after the lead. */
export interface Transition {
  next: { state: AgentStateKind; reasonKey: string | null; work: StateWork } | null;
  stopAfter: StopAfter;
}

export type TransitionResult =
  | { ok: true; value: Transition }
  | { ok: false; error: { code: IllegalChangeCode } };

const to = (state: AgentStateKind, work: StateWork = noWork, reasonKey: string | null = null) => ({
  state,
  reasonKey,
  work,
});
const stay = (stopAfter: StopAfter): TransitionResult => ({ ok: true, value: { next: null, stopAfter } });
const move = (next: Transition['next'], stopAfter: StopAfter): TransitionResult => ({
  ok: true,
  value: { next, stopAfter },
});
const refuse = (code: IllegalChangeCode): TransitionResult => ({ ok: false, error: { code } });

const sameWork = (a: StateWork, b: StateWork) =>
  a.clientId === b.clientId && a.campaignId === b.campaignId && a.leadId === b.leadId;

/**
 * The one table of allowed changes. A lead served puts the setter on the call (the lead is on
 * screen: reading, dialing, talking — SetterDesk does not dial, so this is the call's time); a
 * paused or stopped setter is served nothing until they say they are ready. A pause or a stop
 * asked for on a call waits for the lead to be finished; the wrap-up ends with the next lead,
 * with its limit or with what "stop after this lead" asked for.
 *
 * @example
 * transition({ current: ready, lastSeenAt, stopAfter: null }, { kind: 'pause', reasonKey: 'lunch' })
 * // { ok: true, value: { next: { state: 'paused', reasonKey: 'lunch', work: noWork }, stopAfter: null } }
 */
export function transition(presence: AgentPresence, event: AgentEvent): TransitionResult {
  const current: StateInterval | null = presence.current;
  const state: AgentStateKind = current?.state ?? 'logged_out';
  const { stopAfter } = presence;
  const working = current ?? { ...noWork, state, reasonKey: null };
  const campaignOnly = { ...noWork, clientId: working.clientId, campaignId: working.campaignId };
  switch (event.kind) {
    case 'heartbeat':
      return stay(stopAfter);
    case 'start':
      if (state === 'logged_out') return move(to('ready', event.work), null);
      if (state === 'ready' && !sameWork(working, event.work))
        return move(to('ready', event.work), stopAfter);
      return stay(stopAfter);
    case 'ready':
      if (state === 'on_call') return stay(null);
      if (state === 'ready' && sameWork(working, event.work)) return stay(null);
      return move(to('ready', event.work), null);
    case 'lead_served':
      if (state === 'logged_out' && working.reasonKey === stoppedReasonKey) return refuse('AGENT_STOPPED');
      if (state === 'paused') return refuse('AGENT_PAUSED');
      if (state === 'on_call' && sameWork(working, event.work)) return stay(stopAfter);
      if (stopAfter !== null && (state === 'on_call' || state === 'wrap_up')) return refuse('AGENT_STOPPED');
      return move(to('on_call', event.work), state === 'logged_out' ? null : stopAfter);
    case 'call_started':
      if (state === 'logged_out') return refuse('AGENT_LOGGED_OUT');
      if (state === 'paused') return refuse('AGENT_PAUSED');
      if (state === 'on_call' && sameWork(working, event.work)) return stay(stopAfter);
      return move(to('on_call', event.work), stopAfter);
    case 'call_saved':
      if (state === 'logged_out') return refuse('AGENT_LOGGED_OUT');
      if (state === 'paused') return refuse('AGENT_PAUSED');
      return move(to('wrap_up', event.work), stopAfter);
    case 'lead_released':
      if (state !== 'on_call') return stay(stopAfter);
      return finish(stopAfter, campaignOnly);
    case 'pause':
      if (state === 'logged_out') return refuse('AGENT_LOGGED_OUT');
      if (state === 'on_call') return stay({ kind: 'pause', reasonKey: event.reasonKey });
      if (state === 'paused' && working.reasonKey === event.reasonKey) return stay(null);
      return move(to('paused', noWork, event.reasonKey), null);
    case 'resume':
      if (state !== 'paused') return refuse('AGENT_NOT_PAUSED');
      return move(to('ready', event.work), null);
    case 'stop_after':
      if (state === 'logged_out') return refuse('AGENT_LOGGED_OUT');
      if (state === 'on_call' || event.stopAfter === null) return stay(event.stopAfter);
      if (state === 'paused' && event.stopAfter.kind === 'pause') return stay(null);
      return finish(event.stopAfter, campaignOnly);
    case 'wrap_up_done':
      if (state !== 'wrap_up') return refuse('AGENT_NOT_IN_WRAP_UP');
      return finish(stopAfter, campaignOnly);
    case 'logout':
      if (state === 'logged_out') return stay(null);
      return move(to('logged_out'), null);
    default: {
      const never: never = event;
      return never;
    }
  }
}

/** A lead finished: what "stop after this lead" asked for, else ready in the same campaign. */
function finish(stopAfter: StopAfter, campaignOnly: StateWork): TransitionResult {
  if (stopAfter?.kind === 'pause') return move(to('paused', noWork, stopAfter.reasonKey), null);
  if (stopAfter?.kind === 'logout') return move(to('logged_out', noWork, stoppedReasonKey), null);
  return move(to('ready', campaignOnly), null);
}

/**
 * The presence as it truly is at `now`: a screen silent for longer than the idle timeout was
 * closed at its last heartbeat, so the open state ends there and the setter is logged out since.
 *
 * @example
 * withIdleTimeout(readySince9WithLastHeartbeat912, at('09:20'), 120).current
 * // { state: 'logged_out', startedAt: 09:12, … } — and `closed` is the ready interval 09:00–09:12
 */
export function withIdleTimeout(
  presence: AgentPresence,
  now: Temporal.Instant,
  idleTimeoutSeconds: number,
): { presence: AgentPresence; closed: StateInterval | null } {
  const { current, lastSeenAt } = presence;
  if (!current || current.state === 'logged_out' || !lastSeenAt) return { presence, closed: null };
  const silentFor = now.since(lastSeenAt).total('seconds');
  if (silentFor <= idleTimeoutSeconds) return { presence, closed: null };
  // A heartbeat never predates the state's start; guard a clock step anyway.
  const endedAt = later(lastSeenAt, current.startedAt);
  return {
    presence: {
      ...presence,
      stopAfter: null,
      current: { ...noWork, state: 'logged_out', reasonKey: null, startedAt: endedAt, endedAt: null },
    },
    closed: { ...current, endedAt },
  };
}

function later(a: Temporal.Instant, b: Temporal.Instant): Temporal.Instant {
  return a.epochMilliseconds >= b.epochMilliseconds ? a : b;
}
