import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { AppointmentOutcome } from '../appointments/appointment-state.ts';
import { appointmentCorrectionProblem, sameOutcome } from './appointment-correction.ts';

const at = (iso: string) => Temporal.Instant.from(iso);
const startsAt = at('2026-06-10T15:00:00Z');
const after = at('2026-06-10T16:00:00Z');
const won: AppointmentOutcome = { result: 'won', amountMinor: 500000, currency: 'USD', reason: null };
const lost: AppointmentOutcome = {
  result: 'lost',
  amountMinor: null,
  currency: null,
  reason: 'Too expensive',
};

describe('appointmentCorrectionProblem', () => {
  it.each([
    ['a no-show corrected to held', 'no_show', null, 'held', null, after, null],
    ['held corrected to no-show drops nothing it should keep', 'held', null, 'no_show', null, after, null],
    ['a held meeting gets its sale afterwards', 'held', null, 'held', won, after, null],
    ['won corrected to lost, with its reason', 'held', won, 'held', lost, after, null],
    ['a cancelled meeting that did happen becomes held', 'cancelled', null, 'held', null, after, null],
    ['a live appointment is marked, not corrected', 'scheduled', null, 'held', null, after, 'CONFLICT'],
    [
      'held only once the meeting has started',
      'cancelled',
      null,
      'held',
      null,
      at('2026-06-10T14:00:00Z'),
      'CONFLICT',
    ],
    [
      'cancelled is possible before the start',
      'no_show',
      null,
      'cancelled',
      null,
      at('2026-06-10T14:00:00Z'),
      null,
    ],
    ['a sale only on a held meeting', 'held', null, 'no_show', won, after, 'CONFLICT'],
    ['a won sale needs its amount', 'held', null, 'held', { ...won, amountMinor: null }, after, 'VALIDATION'],
    ['a lost sale needs its reason', 'held', null, 'held', { ...lost, reason: ' ' }, after, 'VALIDATION'],
    ['nothing changed', 'held', won, 'held', { ...won }, after, 'VALIDATION'],
  ] as const)('%s', (_title, status, current, to, outcome, now, code) => {
    const problem = appointmentCorrectionProblem({ status, startsAt }, current, { status: to, outcome }, now);
    expect(problem?.code ?? null).toBe(code);
  });

  it('clearing the sale of a held meeting is a change', () => {
    expect(
      appointmentCorrectionProblem(
        { status: 'held', startsAt },
        won,
        { status: 'held', outcome: null },
        after,
      ),
    ).toBeNull();
  });
});

describe('sameOutcome', () => {
  it('compares result, amount, currency and reason; null only equals null', () => {
    expect(sameOutcome(won, { ...won })).toBe(true);
    expect(sameOutcome(won, { ...won, amountMinor: 1 })).toBe(false);
    expect(sameOutcome(lost, { ...lost, reason: 'Other' })).toBe(false);
    expect(sameOutcome(null, null)).toBe(true);
    expect(sameOutcome(won, null)).toBe(false);
  });
});
