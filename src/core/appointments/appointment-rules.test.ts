import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  canSelfServe,
  isLive,
  leadStatusAfter,
  outcomeProblem,
  selfServiceExpiry,
  statusChangeProblem,
} from './appointment-rules.ts';
import type { AppointmentOutcome, MarkableStatus } from './appointment-state.ts';
import type { AppointmentStatus } from './rep.ts';

const at = (iso: string) => Temporal.Instant.from(iso);
const startsAt = at('2026-06-12T14:00:00Z');
const before = at('2026-06-12T13:59:00Z');
const after = at('2026-06-12T14:00:00Z');

describe('statusChangeProblem', () => {
  const cases: [AppointmentStatus, MarkableStatus, Temporal.Instant, RegExp | null][] = [
    ['scheduled', 'confirmed', before, null],
    ['confirmed', 'confirmed', before, null],
    ['confirmed', 'confirmed', after, null],
    ['scheduled', 'confirmed', after, /already started/],
    ['scheduled', 'held', before, /once it has started/],
    ['scheduled', 'held', after, null],
    ['confirmed', 'no_show', after, null],
    ['confirmed', 'no_show', before, /once it has started/],
    ['scheduled', 'cancelled', before, null],
    ['confirmed', 'cancelled', after, null],
    ['held', 'no_show', after, /already held/],
    ['no_show', 'held', after, /already no-show/],
    ['cancelled', 'confirmed', before, /already cancelled/],
    ['rescheduled', 'cancelled', before, /already rescheduled/],
  ];
  it.each(cases)('%s → %s at %s: %s', (status, to, now, problem) => {
    const answer = statusChangeProblem({ status, startsAt }, to, now);
    if (problem === null) expect(answer).toBeNull();
    else expect(answer).toMatch(problem);
  });
});

describe('outcomeProblem', () => {
  const won = (amountMinor: number | null): AppointmentOutcome => ({
    result: 'won',
    amountMinor,
    currency: 'USD',
    reason: null,
  });
  const lost = (reason: string | null): AppointmentOutcome => ({
    result: 'lost',
    amountMinor: null,
    currency: null,
    reason,
  });
  const cases: [string, AppointmentStatus, AppointmentOutcome, string | null][] = [
    ['a sale of a held meeting', 'held', won(125_000), null],
    ['a sale of zero (a free pilot) is still a sale', 'held', won(0), null],
    ['a sale without its amount', 'held', won(null), 'amountMinor'],
    ['a loss with its reason', 'held', lost('Chose a competitor'), null],
    ['a loss whose reason is blank', 'held', lost('   '), 'reason'],
    ['an outcome of a meeting not yet held', 'confirmed', won(100), 'outcome'],
    ['an outcome of a no-show', 'no_show', lost('No budget'), 'outcome'],
  ];
  it.each(cases)('%s', (_title, status, outcome, field) => {
    expect(outcomeProblem({ status }, outcome)?.field ?? null).toBe(field);
  });
});

describe('leadStatusAfter', () => {
  it.each([
    ['held', 'appointment_held'],
    ['no_show', 'callback'],
    ['cancelled', 'attempting'],
    ['won', 'won'],
    ['lost', 'lost'],
  ] as const)('%s moves the lead to %s', (change, status) => {
    expect(leadStatusAfter(change)).toBe(status);
  });
});

describe('self-service', () => {
  it('the link expires the configured days after the start, across a DST change', () => {
    expect(selfServiceExpiry(at('2026-10-30T14:00:00Z'), 7).toString()).toBe('2026-11-06T14:00:00Z');
  });

  const cases: [string, AppointmentStatus, Temporal.Instant, Temporal.Instant | null, boolean][] = [
    ['a scheduled appointment before its start', 'scheduled', before, null, true],
    ['a confirmed one, link valid', 'confirmed', before, at('2026-06-19T14:00:00Z'), true],
    ['once it has started', 'scheduled', after, null, false],
    ['a cancelled one', 'cancelled', before, null, false],
    ['a rescheduled one (its new time has its own link)', 'rescheduled', before, null, false],
    ['with an expired link', 'scheduled', before, at('2026-06-12T13:00:00Z'), false],
  ];
  it.each(cases)('%s: %s', (_title, status, now, selfServiceExpiresAt, expected) => {
    expect(canSelfServe({ status, startsAt, selfServiceExpiresAt }, now)).toBe(expected);
    expect(isLive(status)).toBe(status === 'scheduled' || status === 'confirmed');
  });
});
