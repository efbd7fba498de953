import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.ts';
import { defaultOutcomes, defaultReasons } from './default-outcomes.ts';
import type { Outcome, OutcomeReason } from './outcome.ts';
import { type CallChoices, resolveCall, type TwoLevelCall } from './resolve-call.ts';

const clientId = 7;
const outcomes: Outcome[] = defaultOutcomes.map((o, i) => ({
  ...o,
  id: 100 + i,
  clientId,
  position: i,
  active: true,
}));
const reasons: OutcomeReason[] = Object.entries(defaultReasons).flatMap(([outcomeKey, labels], k) =>
  labels.map((label, i) => ({
    id: 500 + k * 10 + i,
    clientId,
    outcomeKey,
    label,
    position: i,
    active: true,
  })),
);
const outcome = (key: string) => outcomes.find((o) => o.key === key) as Outcome;
const reason = (outcomeKey: string, label: string) =>
  reasons.find((r) => r.outcomeKey === outcomeKey && r.label === label) as OutcomeReason;

const call = (over: Partial<TwoLevelCall>): TwoLevelCall => ({
  callResult: 'contact_made',
  outcomeId: null,
  reasonId: null,
  reasonText: null,
  ...over,
});
/** What the use case finds for the ids of the call. */
const lookup = (c: TwoLevelCall, pool = { outcomes, reasons }): CallChoices => ({
  outcome: pool.outcomes.find((o) => o.id === c.outcomeId),
  reason: pool.reasons.find((r) => r.id === c.reasonId),
});
const errorOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, field: error.field };
    throw error;
  }
  return undefined;
};

describe('resolveCall', () => {
  const notInterested = outcome('not_interested');
  const budget = reason('not_interested', 'No budget');
  const other = reason('not_interested', 'Other');

  it.each<[string, Partial<TwoLevelCall>, object]>([
    ['voicemail left', { callResult: 'voicemail_left' }, { disposition: 'voicemail', outcomeId: null }],
    [
      'disconnected with a note',
      { callResult: 'disconnected', reasonText: ' line dead ' },
      { disposition: 'wrong_number', reason: 'line dead' },
    ],
    [
      'a callback outcome',
      { outcomeId: outcome('interested_callback').id },
      { disposition: 'call_back', reason: null },
    ],
    [
      'not interested with a reason',
      { outcomeId: notInterested.id, reasonId: budget.id },
      { disposition: 'not_interested', reasonId: budget.id, reason: 'No budget' },
    ],
    [
      'a reason and the setter’s words',
      { outcomeId: notInterested.id, reasonId: budget.id, reasonText: 'maybe in spring' },
      { reason: 'No budget: maybe in spring', reasonText: 'maybe in spring' },
    ],
    [
      '“Other” with the setter’s words',
      { outcomeId: notInterested.id, reasonId: other.id, reasonText: 'moving abroad' },
      { reason: 'Other: moving abroad' },
    ],
    [
      'nurture without a reason (not required)',
      { outcomeId: outcome('nurture').id },
      { disposition: 'not_qualified', reasonId: null },
    ],
    [
      'do not call',
      { outcomeId: outcome('do_not_call').id },
      { disposition: 'do_not_call', outcomeId: outcome('do_not_call').id },
    ],
  ])('%s is accepted', (_name, over, expected) => {
    const c = call(over);
    expect(resolveCall(c, clientId, lookup(c))).toMatchObject(expected);
  });

  const otherClient = { ...notInterested, id: 900, clientId: 8 };
  const retired = { ...outcome('nurture'), id: 901, active: false };
  const foreignReason = { ...budget, id: 902, clientId: 8 };
  const retiredReason = { ...budget, id: 903, active: false };
  const pool = {
    outcomes: [...outcomes, otherClient, retired],
    reasons: [...reasons, foreignReason, retiredReason],
  };

  it.each<[string, Partial<TwoLevelCall>, { code: string; field: string }]>([
    ['contact without an outcome', {}, { code: 'VALIDATION', field: 'outcomeId' }],
    ['an unknown outcome', { outcomeId: 999 }, { code: 'VALIDATION', field: 'outcomeId' }],
    ['another client’s outcome', { outcomeId: otherClient.id }, { code: 'VALIDATION', field: 'outcomeId' }],
    ['a retired outcome', { outcomeId: retired.id }, { code: 'VALIDATION', field: 'outcomeId' }],
    [
      'the appointment outcome',
      { outcomeId: outcome('appointment').id },
      { code: 'BOOK_THROUGH_CALENDAR', field: 'outcomeId' },
    ],
    [
      'not interested without a reason',
      { outcomeId: notInterested.id },
      { code: 'VALIDATION', field: 'reasonId' },
    ],
    [
      'not interested with free text only',
      { outcomeId: notInterested.id, reasonText: 'no' },
      { code: 'VALIDATION', field: 'reasonId' },
    ],
    [
      'a reason of another outcome',
      { outcomeId: notInterested.id, reasonId: reason('not_qualified', 'Too small').id },
      { code: 'VALIDATION', field: 'reasonId' },
    ],
    [
      'another client’s reason',
      { outcomeId: notInterested.id, reasonId: foreignReason.id },
      { code: 'VALIDATION', field: 'reasonId' },
    ],
    [
      'a retired reason',
      { outcomeId: notInterested.id, reasonId: retiredReason.id },
      { code: 'VALIDATION', field: 'reasonId' },
    ],
    [
      '“Other” without words',
      { outcomeId: notInterested.id, reasonId: other.id, reasonText: '   ' },
      { code: 'VALIDATION', field: 'reasonText' },
    ],
    [
      'an outcome with a non-contact result',
      { callResult: 'no_answer', outcomeId: notInterested.id },
      { code: 'VALIDATION', field: 'outcomeId' },
    ],
    [
      'a reason with a non-contact result',
      { callResult: 'busy', reasonId: budget.id },
      { code: 'VALIDATION', field: 'reasonId' },
    ],
  ])('%s is refused, naming the field', (_name, over, expected) => {
    const c = call(over);
    expect(errorOf(() => resolveCall(c, clientId, lookup(c, pool)))).toEqual(expected);
  });
});
