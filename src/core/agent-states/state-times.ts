import { Temporal } from 'temporal-polyfill';
import type { AgentStateKind, StateInterval } from './agent-state.ts';

export interface Period {
  from: Temporal.Instant;
  /** Exclusive. */
  to: Temporal.Instant;
}

/** Seconds per state in a period; loggedInSeconds = ready + talk + wrap-up + pause, always. */
export interface StateTimes {
  loggedInSeconds: number;
  readySeconds: number;
  talkSeconds: number;
  wrapUpSeconds: number;
  pauseSeconds: number;
  pauseByReason: Record<string, number>;
  /** Ready, talk and wrap-up time that belongs to a client (its lead or its campaign). */
  byClient: Record<number, number>;
  /** Ready time outside any campaign (shared between clients by the rule of ADR 0013). */
  unattributedSeconds: number;
}

const field: Record<Exclude<AgentStateKind, 'logged_out'>, keyof StateTimes> = {
  ready: 'readySeconds',
  on_call: 'talkSeconds',
  wrap_up: 'wrapUpSeconds',
  paused: 'pauseSeconds',
};

const emptyTimes = (): StateTimes => ({
  loggedInSeconds: 0,
  readySeconds: 0,
  talkSeconds: 0,
  wrapUpSeconds: 0,
  pauseSeconds: 0,
  pauseByReason: {},
  byClient: {},
  unattributedSeconds: 0,
});

/**
 * How a setter's time in `period` was spent, from their state intervals: each is clipped to the
 * period, the open one counts up to `now`, nothing after `now` counts. State changes are recorded
 * to the second, so with a period of whole seconds every figure is whole seconds.
 *
 * @example
 * stateTimes([ready 09:00–09:10, onCall 09:10–09:15 (client 3), paused 'lunch' 09:15–open], today, at('09:45'))
 * // { loggedInSeconds: 2700, readySeconds: 600, talkSeconds: 300, pauseSeconds: 1800,
 * //   pauseByReason: { lunch: 1800 }, byClient: { 3: 300 }, unattributedSeconds: 600, … }
 */
export function stateTimes(
  intervals: readonly StateInterval[],
  period: Period,
  now: Temporal.Instant,
): StateTimes {
  const times = emptyTimes();
  const periodEnd = Temporal.Instant.compare(now, period.to) < 0 ? now : period.to;
  for (const interval of intervals) {
    if (interval.state === 'logged_out') continue;
    const start = Math.max(interval.startedAt.epochMilliseconds, period.from.epochMilliseconds);
    const end = Math.min((interval.endedAt ?? now).epochMilliseconds, periodEnd.epochMilliseconds);
    if (end <= start) continue;
    const seconds = (end - start) / 1000;
    times.loggedInSeconds += seconds;
    (times[field[interval.state]] as number) += seconds;
    if (interval.state === 'paused') {
      const reason = interval.reasonKey ?? 'other';
      times.pauseByReason[reason] = (times.pauseByReason[reason] ?? 0) + seconds;
    } else if (interval.clientId !== null) {
      times.byClient[interval.clientId] = (times.byClient[interval.clientId] ?? 0) + seconds;
    } else {
      times.unattributedSeconds += seconds;
    }
  }
  return times;
}

/**
 * The local day of `date` in `timeZone` as a period: 23 or 25 hours on a DST day.
 *
 * @example
 * localDayPeriod(Temporal.PlainDate.from('2026-03-08'), 'America/New_York')
 * // { from: 2026-03-08T05:00:00Z, to: 2026-03-09T04:00:00Z } — 23 hours
 */
export function localDayPeriod(date: Temporal.PlainDate, timeZone: string): Period {
  return {
    from: date.toZonedDateTime({ timeZone }).toInstant(),
    to: date.add({ days: 1 }).toZonedDateTime({ timeZone }).toInstant(),
  };
}

/**
 * Unattributed ready time shared between clients in proportion to the time attributed to each,
 * in whole seconds that add up exactly (the largest remainders get the odd seconds); with nothing
 * attributed it stays unshared.
 *
 * @example
 * shareUnattributed({ 1: 300, 2: 100 }, 41) // { 1: 331, 2: 110 }
 */
export function shareUnattributed(
  byClient: Readonly<Record<number, number>>,
  unattributedSeconds: number,
): Record<number, number> {
  const entries = Object.entries(byClient).map(([id, seconds]) => ({ id: Number(id), seconds }));
  const total = entries.reduce((sum, e) => sum + e.seconds, 0);
  if (total === 0 || unattributedSeconds === 0) return { ...byClient };
  const shares = entries.map((e) => {
    const exact = (unattributedSeconds * e.seconds) / total;
    return { ...e, whole: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = unattributedSeconds - shares.reduce((sum, s) => sum + s.whole, 0);
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder || a.id - b.id)) {
    if (left === 0) break;
    share.whole += 1;
    left -= 1;
  }
  return Object.fromEntries(shares.map((s) => [s.id, s.seconds + s.whole]));
}
