import type { Temporal } from 'temporal-polyfill';
import { type AgentPresence, type StateInterval, toWholeSecond } from './agent-state.ts';
import { type AgentEvent, type IllegalChangeCode, transition, withIdleTimeout } from './state-machine.ts';

/** The presence after a change, and the intervals the change closed (oldest first). */
export interface PresenceChange {
  presence: AgentPresence;
  closed: StateInterval[];
}

export type EventResult =
  | { ok: true; value: PresenceChange }
  | { ok: false; error: { code: IllegalChangeCode } };

/** The limits a presence is read under (an organization's agent settings). */
export interface PresenceLimits {
  /** Seconds a wrap-up may last before it ends by itself; 0: it ends the moment it starts. */
  wrapUpSeconds: number;
  /** Seconds without a heartbeat after which the setter is logged out at their last one. */
  idleTimeoutSeconds: number;
}

/**
 * The presence after `event` at `now` (to the whole second): the open state closes at `now` and
 * the next one opens there; the setter's screen counts as seen. A refused change changes nothing.
 *
 * @example
 * applyEvent(readySince9, { kind: 'pause', reasonKey: 'lunch' }, at('09:30:12.7'))
 * // ok: ready 09:00–09:30:12 closed, paused 'lunch' open since 09:30:12
 */
export function applyEvent(presence: AgentPresence, event: AgentEvent, now: Temporal.Instant): EventResult {
  const at = toWholeSecond(now);
  const result = transition(presence, event);
  if (!result.ok) return result;
  const { next, stopAfter } = result.value;
  if (!next) return { ok: true, value: { presence: { ...presence, stopAfter, lastSeenAt: at }, closed: [] } };
  const { current } = presence;
  const closed =
    current && current.state !== 'logged_out' ? [{ ...current, endedAt: later(at, current.startedAt) }] : [];
  const startedAt = current ? later(at, current.startedAt) : at;
  return {
    ok: true,
    value: {
      presence: {
        current: { ...next.work, state: next.state, reasonKey: next.reasonKey, startedAt, endedAt: null },
        lastSeenAt: at,
        stopAfter,
      },
      closed,
    },
  };
}

/**
 * The presence as it truly is at `now`, whatever timers a screen lost: a wrap-up past its limit
 * ended at its limit (into ready, or what "stop after this lead" asked for); a screen silent past
 * the idle timeout was logged out at its last heartbeat. Derived on every read, so no interval
 * stays open after the setter has gone.
 *
 * @example
 * settle(wrapUpSince0900, at('09:05'), { wrapUpSeconds: 30, idleTimeoutSeconds: 120 })
 * // wrap-up 09:00:00–09:00:30 closed, ready open since 09:00:30
 */
export function settle(
  presence: AgentPresence,
  now: Temporal.Instant,
  limits: PresenceLimits,
): PresenceChange {
  const closed: StateInterval[] = [];
  let settled = presence;
  const { current, lastSeenAt } = presence;
  if (current?.state === 'wrap_up') {
    const limitAt = current.startedAt.add({ seconds: limits.wrapUpSeconds });
    const silentSince = lastSeenAt ?? current.startedAt;
    const timedOut = now.since(silentSince).total('seconds') > limits.idleTimeoutSeconds;
    const limitPassed = limitAt.epochMilliseconds <= now.epochMilliseconds;
    if (limitPassed && (!timedOut || limitAt.epochMilliseconds < silentSince.epochMilliseconds)) {
      const done = applyEvent(presence, { kind: 'wrap_up_done' }, limitAt);
      if (done.ok) {
        closed.push(...done.value.closed);
        // The screen was not seen at the limit: its last heartbeat stays what it was.
        settled = { ...done.value.presence, lastSeenAt: lastSeenAt ?? limitAt };
      }
    }
  }
  const idle = withIdleTimeout(settled, now, limits.idleTimeoutSeconds);
  if (idle.closed) closed.push(idle.closed);
  return { presence: idle.presence, closed };
}

function later(a: Temporal.Instant, b: Temporal.Instant): Temporal.Instant {
  return a.epochMilliseconds >= b.epochMilliseconds ? a : b;
}
