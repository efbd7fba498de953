import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { defaultCallingWindow } from '../calling-hours/calling-window-policy.ts';
import { usStateCallingRules } from '../calling-rules/us-state-rules.ts';
import { AppError } from '../shared/app-error.ts';
import {
  type CallbackRules,
  callbackTimeDecision,
  nextPermittedCallbackTimes,
  requireCallbackPermitted,
} from './callback-permit.ts';

const at = (text: string) => Temporal.Instant.from(text);
const newYork: CallbackRules = {
  candidates: [{ timeZone: 'America/New_York', source: 'phone' }],
  callingWindow: defaultCallingWindow,
};
const local = (instant: Temporal.Instant, zone = 'America/New_York') =>
  instant.toZonedDateTimeISO(zone).toPlainDateTime().toString({ smallestUnit: 'minute' });
// Tue 8 Dec 2026, 15:00 in New York.
const now = at('2026-12-08T20:00:00Z');

describe('callback times', () => {
  it('22:30 lead time is refused when the window ends at 21:00, and earlier, next-morning times are offered', () => {
    const requested = at('2026-12-09T03:30:00Z'); // Tue 22:30 New York
    expect(callbackTimeDecision(newYork, requested)).toEqual({
      allowed: false,
      reasons: ['OUTSIDE_CALLING_WINDOW'],
      timeZone: 'America/New_York',
    });
    expect(nextPermittedCallbackTimes(newYork, requested, now).map((i) => local(i))).toEqual([
      '2026-12-08T20:45',
      '2026-12-09T08:00',
      '2026-12-10T08:00',
    ]);
  });

  it('20:45 lead time is allowed (the window closes at 21:00)', () => {
    expect(callbackTimeDecision(newYork, at('2026-12-09T01:45:00Z')).allowed).toBe(true);
  });

  it('a blackout day is refused; the same time the next day is offered', () => {
    const rules = { ...newYork, callingWindow: { ...defaultCallingWindow, blackoutDates: ['2026-12-25'] } };
    const requested = at('2026-12-25T15:00:00Z'); // Fri 25 Dec 10:00
    expect(callbackTimeDecision(rules, requested).reasons).toEqual(['BLACKOUT_DATE']);
    const offered = nextPermittedCallbackTimes(rules, requested, now).map((i) => local(i));
    expect(offered).toEqual(['2026-12-26T08:00', '2026-12-26T10:00', '2026-12-27T08:00']);
  });

  it('a Texas lead on a Sunday morning is refused by the state rule (calls from 12:00)', () => {
    const rules: CallbackRules = {
      candidates: [{ timeZone: 'America/Chicago', source: 'postal_code' }],
      callingWindow: defaultCallingWindow,
      stateRules: { ruleSet: usStateCallingRules, state: 'TX' },
    };
    const sunday10 = at('2026-12-13T16:00:00Z'); // Sun 10:00 Chicago
    const decision = callbackTimeDecision(rules, sunday10);
    expect(decision.reasons).toContain('STATE_HOURS');
    const offered = nextPermittedCallbackTimes(rules, sunday10, now).map((i) => local(i, 'America/Chicago'));
    expect(offered[0]).toBe('2026-12-13T12:00');
    expect(() => requireCallbackPermitted(rules, sunday10, now)).toThrow(AppError);
  });

  it('the refusal names callbackAt and carries the offered times', () => {
    try {
      requireCallbackPermitted(newYork, at('2026-12-09T03:30:00Z'), now);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const appError = error as AppError;
      expect(appError.code).toBe('CALLBACK_OUTSIDE_WINDOW');
      expect(appError.field).toBe('callbackAt');
      expect((appError.details as { nextPermitted: string[] }).nextPermitted).toHaveLength(3);
    }
  });

  it('property: every time offered is permitted, after now, and soonest first', () => {
    const zones = ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Pacific/Honolulu'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 14 * 24 * 4 }),
        fc.constantFrom('08:00', '09:30', '12:00'),
        fc.constantFrom('17:00', '21:00', '24:00'),
        (zone, quarters, startLocal, endLocal) => {
          const rules: CallbackRules = {
            candidates: [{ timeZone: zone, source: 'phone' }],
            callingWindow: { ...defaultCallingWindow, startLocal, endLocal, blackoutDates: ['2026-12-25'] },
          };
          const requested = now.add({ minutes: 15 * quarters });
          const offered = nextPermittedCallbackTimes(rules, requested, now);
          if (callbackTimeDecision(rules, requested).allowed) return;
          expect(offered.length).toBeGreaterThan(0);
          offered.forEach((time, i) => {
            expect(callbackTimeDecision(rules, time).allowed).toBe(true);
            expect(time.epochMilliseconds).toBeGreaterThan(now.epochMilliseconds);
            const previous = offered[i - 1];
            if (previous) expect(time.epochMilliseconds).toBeGreaterThan(previous.epochMilliseconds);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
