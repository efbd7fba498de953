import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { type StateRuleInput, stateRuleDecision } from './apply-state-rules.ts';
import type { CallingRuleSet } from './rule-set.ts';
import { usStateCallingRules } from './us-state-rules.ts';

const decide = (state: string | null, timeZones: string[], now: string, callsInLast24h = 0) =>
  stateRuleDecision({
    state,
    timeZones,
    ruleSet: usStateCallingRules,
    now: Temporal.Instant.from(now),
    callsInLast24h,
  });

const newYork = ['America/New_York'];
const central = ['America/Chicago'];

describe('stateRuleDecision: table', () => {
  it.each([
    [
      'FL 07:00 Miami: before 8 a.m.',
      'FL',
      newYork,
      '2026-11-27T12:00:00Z',
      ['STATE_HOURS'],
      '2026-11-27T13:00:00Z',
    ],
    ['FL 08:00 Miami: opens', 'FL', newYork, '2026-11-27T13:00:00Z', [], null],
    ['FL 19:59 Miami: still open', 'FL', newYork, '2026-11-28T00:59:00Z', [], null],
    [
      'FL 20:00 Miami: closed at 8 p.m.',
      'FL',
      newYork,
      '2026-11-28T01:00:00Z',
      ['STATE_HOURS'],
      '2026-11-28T13:00:00Z',
    ],
    ['FL Sunday 10:00: Florida allows Sundays', 'FL', newYork, '2026-11-29T15:00:00Z', [], null],
    [
      'TX Sunday 11:30 Houston: before noon',
      'TX',
      central,
      '2026-11-29T17:30:00Z',
      ['STATE_HOURS'],
      '2026-11-29T18:00:00Z',
    ],
    ['TX Sunday 12:00 Houston: opens at noon', 'TX', central, '2026-11-29T18:00:00Z', [], null],
    [
      'TX Saturday 08:59 Houston: before 9 a.m.',
      'TX',
      central,
      '2026-11-28T14:59:00Z',
      ['STATE_HOURS'],
      '2026-11-28T15:00:00Z',
    ],
    [
      'TX Saturday 21:00 Houston: next is Sunday noon',
      'TX',
      central,
      '2026-11-29T03:00:00Z',
      ['STATE_HOURS'],
      '2026-11-29T18:00:00Z',
    ],
    [
      'LA Sunday 10:00 New Orleans: no calls on Sunday',
      'LA',
      central,
      '2026-11-29T16:00:00Z',
      ['STATE_NO_CALL_DAY'],
      '2026-11-30T14:00:00Z',
    ],
    [
      'LA Thanksgiving 10:00: holiday',
      'LA',
      central,
      '2026-11-26T16:00:00Z',
      ['STATE_NO_CALL_DAY'],
      '2026-11-27T14:00:00Z',
    ],
    [
      'LA Friday 24 Dec 2027: Christmas observed, then Saturday holiday, then Sunday',
      'LA',
      central,
      '2027-12-24T16:00:00Z',
      ['STATE_NO_CALL_DAY'],
      '2027-12-27T14:00:00Z',
    ],
    [
      'LA Saturday 07:00: before 8 a.m.',
      'LA',
      central,
      '2026-11-28T13:00:00Z',
      ['STATE_HOURS'],
      '2026-11-28T14:00:00Z',
    ],
    [
      'MS Sunday: no calls',
      'MS',
      central,
      '2026-11-29T16:00:00Z',
      ['STATE_NO_CALL_DAY'],
      '2026-11-30T14:00:00Z',
    ],
    ['MS Thanksgiving: holidays are no longer banned', 'MS', central, '2026-11-26T16:00:00Z', [], null],
    [
      'AL Thanksgiving: holiday',
      'AL',
      central,
      '2026-11-26T16:00:00Z',
      ['STATE_NO_CALL_DAY'],
      '2026-11-27T14:00:00Z',
    ],
    ['CA: no state rule', 'CA', ['America/Los_Angeles'], '2026-11-27T12:00:00Z', [], null],
    ['no state known', null, newYork, '2026-11-27T06:00:00Z', [], null],
  ] as const)('%s', (_title, state, zones, now, reasons, opensAt) => {
    const decision = decide(state, [...zones], now);
    expect(decision.reasons).toEqual(reasons);
    expect(decision.allowed).toBe(reasons.length === 0);
    expect(decision.opensAt?.toString() ?? null).toBe(opensAt);
  });

  it('names the rule, its source and the set version, and today’s window', () => {
    const decision = decide('tx', central, '2026-11-29T17:30:00Z');
    expect(decision.rule).toEqual({
      state: 'TX',
      source: 'Tex. Bus. & Com. Code § 301.051 (Telephone Solicitation Practices)',
      version: usStateCallingRules.version,
    });
    expect(decision.window).toEqual({ startLocal: '12:00', endLocal: '21:00' });
  });

  it('a no-call day has no window today', () => {
    expect(decide('LA', central, '2026-11-29T16:00:00Z').window).toBeNull();
  });

  it.each([
    [2, [], true],
    [3, ['STATE_CALL_CAP'], false],
    [7, ['STATE_CALL_CAP'], false],
  ] as const)('FL with %i calls in the last 24 h', (calls, reasons, allowed) => {
    const decision = decide('FL', newYork, '2026-11-27T15:00:00Z', calls);
    expect(decision.reasons).toEqual(reasons);
    expect(decision.allowed).toBe(allowed);
    // When the cap frees depends on when the earlier calls were made.
    expect(decision.opensAt).toBeNull();
  });

  it('FL at 20:30 on 30 June 2021 is not yet under the 2021 law; on 1 July it is', () => {
    expect(decide('FL', newYork, '2021-07-01T00:30:00Z')).toMatchObject({ allowed: true, rule: null });
    expect(decide('FL', newYork, '2021-07-02T00:30:00Z').reasons).toEqual(['STATE_HOURS']);
  });

  it('a Florida lead in both Eastern and Central time waits for 08:00 in Pensacola', () => {
    const decision = decide('FL', ['America/New_York', 'America/Chicago'], '2026-11-27T13:30:00Z');
    expect(decision.reasons).toEqual(['STATE_HOURS']);
    expect(decision.opensAt?.toString()).toBe('2026-11-27T14:00:00Z');
    // The window shown is the first zone's: 08:00–20:00 New York time.
    expect(decision.window).toEqual({ startLocal: '08:00', endLocal: '20:00' });
  });

  it('an El Paso lead (Mountain) and Houston (Central) zones: Texas Sunday noon in both', () => {
    const decision = decide('TX', ['America/Denver', 'America/Chicago'], '2026-11-29T18:30:00Z');
    expect(decision.reasons).toEqual(['STATE_HOURS']);
    expect(decision.opensAt?.toString()).toBe('2026-11-29T19:00:00Z');
  });

  it('refuses to decide a state rule without any zone', () => {
    expect(() => decide('FL', [], '2026-11-27T15:00:00Z')).toThrow(/time zone/);
  });
});

describe('stateRuleDecision: effective dates in the lead’s local date', () => {
  const capFrom28November: CallingRuleSet = {
    version: 'test',
    publishedAt: '2026-11-01',
    rules: [{ state: 'FL', effectiveFrom: '2026-11-28', maxCallsPer24h: 1, source: 'test' }],
  };
  const input = (now: string, timeZones: string[]): StateRuleInput => ({
    state: 'FL',
    timeZones,
    ruleSet: capFrom28November,
    now: Temporal.Instant.from(now),
    callsInLast24h: 1,
  });

  it.each([
    ['22:00 on the 27th in New York: not yet', '2026-11-28T03:00:00Z', newYork, []],
    ['00:00 on the 28th in New York: in force', '2026-11-28T05:00:00Z', newYork, ['STATE_CALL_CAP']],
    ['21:00 on the 27th in Los Angeles: not yet', '2026-11-28T05:00:00Z', ['America/Los_Angeles'], []],
    [
      'New York and Los Angeles: in force in one zone is enough',
      '2026-11-28T05:00:00Z',
      ['America/Los_Angeles', 'America/New_York'],
      ['STATE_CALL_CAP'],
    ],
  ] as const)('%s', (_title, now, zones, reasons) => {
    expect(stateRuleDecision(input(now, [...zones])).reasons).toEqual(reasons);
  });

  it('reports the rule of the first zone where one is in force', () => {
    const decision = stateRuleDecision(
      input('2026-11-28T05:00:00Z', ['America/Los_Angeles', 'America/New_York']),
    );
    expect(decision.rule).toEqual({ state: 'FL', source: 'test', version: 'test' });
    expect(decision.window).toBeNull();
  });

  it('a rule past its effectiveUntil does nothing', () => {
    const ended: CallingRuleSet = {
      ...capFrom28November,
      rules: [
        {
          state: 'FL',
          effectiveFrom: '2026-01-01',
          effectiveUntil: '2026-11-27',
          maxCallsPer24h: 1,
          source: 'test',
        },
      ],
    };
    const decision = stateRuleDecision({ ...input('2026-11-28T05:00:00Z', newYork), ruleSet: ended });
    expect(decision).toMatchObject({ allowed: true, rule: null });
  });
});
