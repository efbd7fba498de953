import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { type AgentStateKind, agentStateKinds, type StateInterval } from './agent-state.ts';
import { localDayPeriod, shareUnattributed, stateTimes } from './state-times.ts';

const dstDays = ['2026-03-08', '2026-11-01', '2026-03-29', '2026-10-25', '2026-12-07'];
const zones = ['America/New_York', 'Europe/Belgrade', 'Pacific/Honolulu', 'Australia/Lord_Howe'];

/** A log as the server writes it: each state starts where the previous one ended, the last is open. */
const logArb = fc
  .record({
    start: fc.integer({ min: -36 * 3600, max: 36 * 3600 }),
    steps: fc.array(
      fc.record({
        state: fc.constantFrom<AgentStateKind>(...agentStateKinds),
        seconds: fc.integer({ min: 1, max: 4 * 3600 }),
        clientId: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
        reasonKey: fc.constantFrom('break', 'lunch', 'training'),
      }),
      { minLength: 1, maxLength: 30 },
    ),
  })
  .map(({ start, steps }) => (day: string) => {
    let cursor = Temporal.Instant.from(`${day}T12:00:00Z`).add({ seconds: start });
    return steps.map((step, index): StateInterval => {
      const startedAt = cursor;
      cursor = cursor.add({ seconds: step.seconds });
      return {
        state: step.state,
        startedAt,
        endedAt: index === steps.length - 1 ? null : cursor,
        reasonKey: step.state === 'paused' ? step.reasonKey : null,
        clientId: step.state === 'paused' ? null : step.clientId,
        campaignId: null,
        leadId: null,
      };
    });
  });

const arbitrary = fc.record({
  day: fc.constantFrom(...dstDays),
  zone: fc.constantFrom(...zones),
  log: logArb,
  nowOffset: fc.integer({ min: -24 * 3600, max: 72 * 3600 }),
});

describe('stateTimes properties', () => {
  it('ready + talk + wrap-up + pause is the logged-in time; pauses by reason add up; clients + unattributed = work', () => {
    fc.assert(
      fc.property(arbitrary, ({ day, zone, log, nowOffset }) => {
        const period = localDayPeriod(Temporal.PlainDate.from(day), zone);
        const now = Temporal.Instant.from(`${day}T12:00:00Z`).add({ seconds: nowOffset });
        const t = stateTimes(log(day), period, now);
        expect(t.readySeconds + t.talkSeconds + t.wrapUpSeconds + t.pauseSeconds).toBe(t.loggedInSeconds);
        expect(Object.values(t.pauseByReason).reduce((a, b) => a + b, 0)).toBe(t.pauseSeconds);
        const attributed = Object.values(t.byClient).reduce((a, b) => a + b, 0);
        expect(attributed + t.unattributedSeconds).toBe(t.loggedInSeconds - t.pauseSeconds);
        // No overlaps: never more time than the period holds up to now.
        const span = Math.max(
          0,
          Math.min(now.epochMilliseconds, period.to.epochMilliseconds) - period.from.epochMilliseconds,
        );
        expect(t.loggedInSeconds * 1000).toBeLessThanOrEqual(span);
        for (const seconds of [t.readySeconds, t.talkSeconds, t.wrapUpSeconds, t.pauseSeconds])
          expect(Number.isInteger(seconds) && seconds >= 0).toBe(true);
      }),
    );
  });

  it('two halves of a period count what the whole period counts', () => {
    fc.assert(
      fc.property(arbitrary, fc.integer({ min: 0, max: 23 * 3600 }), ({ day, zone, log, nowOffset }, cut) => {
        const period = localDayPeriod(Temporal.PlainDate.from(day), zone);
        const now = Temporal.Instant.from(`${day}T12:00:00Z`).add({ seconds: nowOffset });
        const middle = period.from.add({ seconds: cut });
        const whole = stateTimes(log(day), period, now);
        const first = stateTimes(log(day), { from: period.from, to: middle }, now);
        const second = stateTimes(log(day), { from: middle, to: period.to }, now);
        expect(first.loggedInSeconds + second.loggedInSeconds).toBe(whole.loggedInSeconds);
        expect(first.talkSeconds + second.talkSeconds).toBe(whole.talkSeconds);
      }),
    );
  });

  it('sharing idle time keeps every second', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.integer({ min: 1, max: 9 }).map(String), fc.integer({ min: 1, max: 50_000 })),
        fc.integer({ min: 0, max: 50_000 }),
        (raw, idle) => {
          const byClient = Object.fromEntries(Object.entries(raw).map(([k, v]) => [Number(k), v]));
          const shared = shareUnattributed(byClient, idle);
          const before = Object.values(byClient).reduce((a, b) => a + b, 0);
          const after = Object.values(shared).reduce((a, b) => a + b, 0);
          expect(after).toBe(before === 0 ? 0 : before + idle);
        },
      ),
    );
  });
});
