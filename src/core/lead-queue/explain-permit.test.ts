import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { defaultCallingWindow } from '../calling-hours/calling-window-policy.ts';
import { stateRuleDecision } from '../calling-rules/apply-state-rules.ts';
import { usStateCallingRules } from '../calling-rules/us-state-rules.ts';
import { explainPermit } from './explain-permit.ts';

const denver = [{ timeZone: 'America/Denver', source: 'phone' as const }];
const newYork = [{ timeZone: 'America/New_York', source: 'phone' as const }];
const at = (iso: string) => Temporal.Instant.from(iso);
const explain = (candidates: typeof denver, iso: string, state: string | null = null, calls = 0) => {
  const now = at(iso);
  const stateRule = state
    ? stateRuleDecision({
        state,
        timeZones: candidates.map((c) => c.timeZone),
        ruleSet: usStateCallingRules,
        now,
        callsInLast24h: calls,
      })
    : null;
  return explainPermit({
    candidates,
    clientTimeZone: 'America/New_York',
    callingWindow: defaultCallingWindow,
    now,
    stateRule,
  });
};

describe('explainPermit', () => {
  it.each([
    [
      '07:12 in Denver: outside the window, opens at 08:00',
      denver,
      '2026-11-27T14:12:00Z',
      null,
      0,
      'not callable: outside calling window (07:12 in America/Denver); opens 08:00 local',
    ],
    [
      '10:00 in Denver: callable until 20:59',
      denver,
      '2026-11-27T17:00:00Z',
      null,
      0,
      'callable now until 20:59 local (America/Denver)',
    ],
    [
      '19:30 in Florida: the state closes at 20:00',
      newYork,
      '2026-11-27T00:30:00Z',
      'FL',
      0,
      'callable now until 19:59 local (America/New_York)',
    ],
    [
      '20:30 in Florida: inside the default window, outside the state’s hours',
      newYork,
      '2026-11-27T01:30:00Z',
      'FL',
      0,
      'not callable: outside the state’s calling hours (20:30 in America/New_York); opens 08:00 local',
    ],
    [
      'a fourth call in 24 hours to a Florida number',
      newYork,
      '2026-11-27T15:00:00Z',
      'FL',
      3,
      'not callable: the state’s daily call cap is reached (10:00 in America/New_York); FL allows few calls a day',
    ],
  ])('%s', (_title, candidates, iso, state, calls, summary) => {
    expect(explain(candidates, iso, state, calls).summary).toBe(summary);
  });

  it('reports the window that applied: the state’s hours narrow the campaign’s', () => {
    const report = explain(newYork, '2026-11-27T01:30:00Z', 'FL');
    expect(report).toMatchObject({
      allowed: false,
      reasons: ['STATE_HOURS'],
      timeZones: ['America/New_York'],
      window: { startLocal: '08:00', endLocal: '20:00' },
      opensAt: '2026-11-27T13:00:00Z',
      stateRule: { state: 'FL', version: usStateCallingRules.version },
    });
  });
});
