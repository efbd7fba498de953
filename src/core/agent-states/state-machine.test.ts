import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { type AgentPresence, type AgentStateKind, noWork, type StateWork } from './agent-state.ts';
import { type AgentEvent, transition, withIdleTimeout } from './state-machine.ts';

const at = (time: string) => Temporal.Instant.from(`2026-12-07T${time}:00Z`);
const lead7: StateWork = { clientId: 1, campaignId: 2, leadId: 7 };
const campaign2: StateWork = { clientId: 1, campaignId: 2, leadId: null };

const presence = (
  state: AgentStateKind | null,
  extra: Partial<AgentPresence> & { work?: StateWork; reasonKey?: string } = {},
): AgentPresence => ({
  current: state
    ? {
        ...(extra.work ?? noWork),
        state,
        reasonKey: extra.reasonKey ?? null,
        startedAt: at('09:00'),
        endedAt: null,
      }
    : null,
  lastSeenAt: extra.lastSeenAt ?? at('09:00'),
  stopAfter: extra.stopAfter ?? null,
});

describe('transition', () => {
  const cases: [string, AgentPresence, AgentEvent, string | null, string?][] = [
    [
      'the call screen opened by a logged-out setter makes them ready',
      presence(null),
      { kind: 'start', work: campaign2 },
      'ready',
    ],
    [
      'opening the call screen again while on a call changes nothing',
      presence('on_call', { work: lead7 }),
      { kind: 'start', work: campaign2 },
      null,
    ],
    [
      'a lead served to a ready setter puts them on the call',
      presence('ready', { work: campaign2 }),
      { kind: 'lead_served', work: lead7 },
      'on_call',
    ],
    [
      'a lead served to a logged-out setter (no screen yet) starts their shift on the call',
      presence('logged_out'),
      { kind: 'lead_served', work: lead7 },
      'on_call',
    ],
    [
      'a paused setter is served nothing until they are ready',
      presence('paused', { reasonKey: 'break' }),
      { kind: 'lead_served', work: lead7 },
      'AGENT_PAUSED',
    ],
    [
      'a setter stopped after their last lead is served nothing',
      presence('logged_out', { reasonKey: 'stopped' }),
      { kind: 'lead_served', work: lead7 },
      'AGENT_STOPPED',
    ],
    [
      'a lead asked for in a wrap-up with a stop pending is refused',
      presence('wrap_up', { work: lead7, stopAfter: { kind: 'logout' } }),
      { kind: 'lead_served', work: { ...lead7, leadId: 8 } },
      'AGENT_STOPPED',
    ],
    [
      'the next lead asked for in a wrap-up ends the wrap-up',
      presence('wrap_up', { work: lead7 }),
      { kind: 'lead_served', work: { ...lead7, leadId: 8 } },
      'on_call',
    ],
    [
      'the same lead served again (a reload) keeps the call interval',
      presence('on_call', { work: lead7 }),
      { kind: 'lead_served', work: lead7 },
      null,
    ],
    [
      'Ready from a pause',
      presence('paused', { reasonKey: 'lunch' }),
      { kind: 'ready', work: campaign2 },
      'ready',
    ],
    [
      'Ready after a stop starts again',
      presence('logged_out', { reasonKey: 'stopped' }),
      { kind: 'ready', work: campaign2 },
      'ready',
    ],
    [
      'Ready in a wrap-up ends it',
      presence('wrap_up', { work: lead7 }),
      { kind: 'ready', work: campaign2 },
      'ready',
    ],
    [
      'a skipped lead makes the setter ready',
      presence('on_call', { work: lead7 }),
      { kind: 'lead_released' },
      'ready',
    ],
    [
      'a skipped lead with a stop pending ends the shift',
      presence('on_call', { work: lead7, stopAfter: { kind: 'logout' } }),
      { kind: 'lead_released' },
      'logged_out',
    ],
    [
      '"stop after this lead" while ready (no lead) stops at once',
      presence('ready', { work: campaign2 }),
      { kind: 'stop_after', stopAfter: { kind: 'pause', reasonKey: 'break' } },
      'paused',
    ],
    [
      '"stop after this lead" on a call waits',
      presence('on_call', { work: lead7 }),
      { kind: 'stop_after', stopAfter: { kind: 'logout' } },
      null,
    ],
    [
      'a dial while reading the lead starts the talk',
      presence('ready', { work: lead7 }),
      { kind: 'call_started', work: lead7 },
      'on_call',
    ],
    [
      'a dial while paused is refused',
      presence('paused', { reasonKey: 'lunch' }),
      { kind: 'call_started', work: lead7 },
      'AGENT_PAUSED',
    ],
    [
      'a dial while logged out is refused',
      presence('logged_out'),
      { kind: 'call_started', work: lead7 },
      'AGENT_LOGGED_OUT',
    ],
    [
      'a saved call starts the wrap-up',
      presence('on_call', { work: lead7 }),
      { kind: 'call_saved', work: lead7 },
      'wrap_up',
    ],
    [
      'a call saved without a dial (a desk phone) starts the wrap-up too',
      presence('ready', { work: lead7 }),
      { kind: 'call_saved', work: lead7 },
      'wrap_up',
    ],
    [
      'a pause while ready is at once',
      presence('ready', { work: campaign2 }),
      { kind: 'pause', reasonKey: 'lunch' },
      'paused',
    ],
    [
      'a pause on a call waits for the lead',
      presence('on_call', { work: lead7 }),
      { kind: 'pause', reasonKey: 'lunch' },
      null,
    ],
    [
      'resume from a pause makes the setter ready',
      presence('paused', { reasonKey: 'break' }),
      { kind: 'resume', work: campaign2 },
      'ready',
    ],
    [
      'resume when not paused is refused',
      presence('ready'),
      { kind: 'resume', work: campaign2 },
      'AGENT_NOT_PAUSED',
    ],
    [
      'the end of a wrap-up without anything pending makes the setter ready',
      presence('wrap_up', { work: lead7 }),
      { kind: 'wrap_up_done' },
      'ready',
    ],
    [
      'the end of a wrap-up when not in one is refused',
      presence('ready'),
      { kind: 'wrap_up_done' },
      'AGENT_NOT_IN_WRAP_UP',
    ],
    [
      '"stop after this lead" while logged out is refused',
      presence('logged_out'),
      { kind: 'stop_after', stopAfter: { kind: 'logout' } },
      'AGENT_LOGGED_OUT',
    ],
    ['logout from any state', presence('on_call', { work: lead7 }), { kind: 'logout' }, 'logged_out'],
    ['logout when logged out changes nothing', presence('logged_out'), { kind: 'logout' }, null],
    [
      'a heartbeat never changes the state',
      presence('paused', { reasonKey: 'break' }),
      { kind: 'heartbeat' },
      null,
    ],
  ];
  for (const [title, before, event, expected] of cases)
    it(title, () => {
      const result = transition(before, event);
      if (expected?.startsWith('AGENT_')) expect(result).toEqual({ ok: false, error: { code: expected } });
      else expect(result.ok && (result.value.next?.state ?? null)).toBe(expected);
    });

  it('a pause asked for on a call is applied when the wrap-up ends', () => {
    const asked = transition(presence('on_call', { work: lead7 }), { kind: 'pause', reasonKey: 'lunch' });
    expect(asked).toEqual({
      ok: true,
      value: { next: null, stopAfter: { kind: 'pause', reasonKey: 'lunch' } },
    });
    const saved = transition(
      presence('on_call', { work: lead7, stopAfter: { kind: 'pause', reasonKey: 'lunch' } }),
      {
        kind: 'call_saved',
        work: lead7,
      },
    );
    expect(saved.ok && saved.value.stopAfter).toEqual({ kind: 'pause', reasonKey: 'lunch' });
    const done = transition(
      presence('wrap_up', { work: lead7, stopAfter: { kind: 'pause', reasonKey: 'lunch' } }),
      {
        kind: 'wrap_up_done',
      },
    );
    expect(done).toEqual({
      ok: true,
      value: { next: { state: 'paused', reasonKey: 'lunch', work: noWork }, stopAfter: null },
    });
  });

  it('"stop after this lead" logs the setter out when the wrap-up ends', () => {
    const done = transition(presence('wrap_up', { work: lead7, stopAfter: { kind: 'logout' } }), {
      kind: 'wrap_up_done',
    });
    expect(done.ok && done.value.next?.state).toBe('logged_out');
  });

  it('Ready on a call cancels "stop after this lead"', () => {
    const ready = transition(presence('on_call', { work: lead7, stopAfter: { kind: 'logout' } }), {
      kind: 'ready',
      work: campaign2,
    });
    expect(ready).toEqual({ ok: true, value: { next: null, stopAfter: null } });
  });

  it('the stop after the last lead is marked, so the queue can tell it from a plain logout', () => {
    const done = transition(presence('wrap_up', { work: lead7, stopAfter: { kind: 'logout' } }), {
      kind: 'wrap_up_done',
    });
    expect(done.ok && done.value.next?.reasonKey).toBe('stopped');
    const plain = transition(presence('ready', { work: campaign2 }), { kind: 'logout' });
    expect(plain.ok && plain.value.next?.reasonKey).toBeNull();
  });

  it('the wrap-up ends ready in the same campaign, without the finished lead', () => {
    const done = transition(presence('wrap_up', { work: lead7 }), { kind: 'wrap_up_done' });
    expect(done.ok && done.value.next?.work).toEqual(campaign2);
  });
});

describe('withIdleTimeout', () => {
  it('a screen silent for more than two minutes is logged out at its last heartbeat', () => {
    const silent = presence('ready', { work: campaign2, lastSeenAt: at('09:12') });
    const { presence: after, closed } = withIdleTimeout(silent, at('09:20'), 120);
    expect(closed?.endedAt?.toString()).toBe('2026-12-07T09:12:00Z');
    expect(after.current?.state).toBe('logged_out');
    expect(after.current?.startedAt.toString()).toBe('2026-12-07T09:12:00Z');
  });

  it('exactly two minutes of silence is still logged in', () => {
    const quiet = presence('paused', { reasonKey: 'lunch', lastSeenAt: at('09:18') });
    expect(withIdleTimeout(quiet, at('09:20'), 120).closed).toBeNull();
  });

  it('a logged-out setter stays as they are', () => {
    expect(
      withIdleTimeout(presence('logged_out', { lastSeenAt: at('01:00') }), at('09:20'), 120).closed,
    ).toBeNull();
  });
});
