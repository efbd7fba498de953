import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { AgentStateKind, StateInterval } from './agent-state.ts';
import { localDayPeriod, shareUnattributed, stateTimes } from './state-times.ts';

const at = (iso: string) => Temporal.Instant.from(iso);
const interval = (
  state: AgentStateKind,
  startedAt: string,
  endedAt: string | null,
  extra: Partial<StateInterval> = {},
): StateInterval => ({
  state,
  startedAt: at(startedAt),
  endedAt: endedAt ? at(endedAt) : null,
  reasonKey: null,
  clientId: null,
  campaignId: null,
  leadId: null,
  ...extra,
});

describe('stateTimes', () => {
  const day = localDayPeriod(Temporal.PlainDate.from('2026-12-07'), 'America/New_York');

  it('a morning of ready, a call, a wrap-up and a lunch still running adds up to the logged-in time', () => {
    const log = [
      interval('ready', '2026-12-07T14:00:00Z', '2026-12-07T14:10:00Z'),
      interval('on_call', '2026-12-07T14:10:00Z', '2026-12-07T14:15:00Z', { clientId: 3, leadId: 9 }),
      interval('wrap_up', '2026-12-07T14:15:00Z', '2026-12-07T14:16:00Z', { clientId: 3, leadId: 9 }),
      interval('paused', '2026-12-07T14:16:00Z', null, { reasonKey: 'lunch' }),
    ];
    const times = stateTimes(log, day, at('2026-12-07T14:46:00Z'));
    expect(times).toEqual({
      loggedInSeconds: 2760,
      readySeconds: 600,
      talkSeconds: 300,
      wrapUpSeconds: 60,
      pauseSeconds: 1800,
      pauseByReason: { lunch: 1800 },
      byClient: { 3: 360 },
      unattributedSeconds: 600,
    });
  });

  it('a shift across midnight counts in each day only its own part', () => {
    // 23:30 to 00:45 New York time, one ready interval.
    const log = [interval('ready', '2026-12-08T04:30:00Z', '2026-12-08T05:45:00Z', { clientId: 1 })];
    const later = at('2026-12-09T12:00:00Z');
    expect(stateTimes(log, day, later).readySeconds).toBe(30 * 60);
    const nextDay = localDayPeriod(Temporal.PlainDate.from('2026-12-08'), 'America/New_York');
    expect(stateTimes(log, nextDay, later).readySeconds).toBe(45 * 60);
  });

  it('on the spring-forward day a state open all day counts 23 hours, on the fall-back day 25', () => {
    const spring = localDayPeriod(Temporal.PlainDate.from('2026-03-08'), 'America/New_York');
    const fall = localDayPeriod(Temporal.PlainDate.from('2026-11-01'), 'America/New_York');
    const open = [interval('paused', '2026-03-01T00:00:00Z', null, { reasonKey: 'training' })];
    const later = at('2026-12-01T00:00:00Z');
    expect(stateTimes(open, spring, later).loggedInSeconds).toBe(23 * 3600);
    expect(stateTimes(open, fall, later).pauseByReason).toEqual({ training: 25 * 3600 });
  });

  it('the open state counts to now, not to the end of the day', () => {
    const log = [interval('on_call', '2026-12-07T15:00:00Z', null, { clientId: 2 })];
    expect(stateTimes(log, day, at('2026-12-07T15:02:30Z')).talkSeconds).toBe(150);
  });

  it('logged-out time is no part of the logged-in time', () => {
    const log = [
      interval('ready', '2026-12-07T15:00:00Z', '2026-12-07T15:01:00Z'),
      interval('logged_out', '2026-12-07T15:01:00Z', null),
    ];
    expect(stateTimes(log, day, at('2026-12-07T20:00:00Z')).loggedInSeconds).toBe(60);
  });

  it('a state before the period does not count at all', () => {
    const log = [interval('ready', '2026-12-06T15:00:00Z', '2026-12-06T16:00:00Z')];
    expect(stateTimes(log, day, at('2026-12-07T20:00:00Z')).loggedInSeconds).toBe(0);
  });
});

describe('shareUnattributed', () => {
  it('shares idle ready time by the attributed time, to the second', () => {
    expect(shareUnattributed({ 1: 300, 2: 100 }, 41)).toEqual({ 1: 331, 2: 110 });
  });
  it('three equal clients and one odd second: the lowest id gets it', () => {
    expect(shareUnattributed({ 1: 10, 2: 10, 3: 10 }, 4)).toEqual({ 1: 12, 2: 11, 3: 11 });
  });
  it('with nothing attributed nothing is shared', () => {
    expect(shareUnattributed({}, 30)).toEqual({});
  });
});
