import { describe, expect, it } from 'vitest';
import type { SaveClientOutcomesRequest } from '../../contracts/dispositions.ts';
import { AppError } from '../shared/app-error.ts';
import { defaultOutcomes, defaultReasons } from './default-outcomes.ts';
import { type ClientOutcomes, planOutcomeSave } from './plan-outcome-save.ts';

const existing: ClientOutcomes = {
  outcomes: defaultOutcomes.map((o, i) => ({ ...o, id: 10 + i, clientId: 1, position: i, active: true })),
  reasons: Object.entries(defaultReasons).flatMap(([outcomeKey, labels], k) =>
    labels.map((label, i) => ({
      id: 100 + k * 10 + i,
      clientId: 1,
      outcomeKey,
      label,
      position: i,
      active: true,
    })),
  ),
};
/** The request that saves the defaults unchanged. */
const unchanged = (): SaveClientOutcomesRequest => ({
  outcomes: defaultOutcomes.map((o) => ({ ...o, active: true })),
  reasons: Object.entries(defaultReasons).flatMap(([outcomeKey, labels]) =>
    labels.map((label) => ({ outcomeKey, label, active: true })),
  ),
});
const fieldOf = (request: SaveClientOutcomesRequest) => {
  try {
    planOutcomeSave(existing, request);
  } catch (error) {
    if (error instanceof AppError) return error.field;
    throw error;
  }
  return undefined;
};

describe('planOutcomeSave', () => {
  it('saving the list unchanged keeps every id and retires nothing', () => {
    const plan = planOutcomeSave(existing, unchanged());
    expect(plan.outcomes.map((o) => o.id)).toEqual(existing.outcomes.map((o) => o.id));
    expect(plan.reasons.map((r) => r.id)).toEqual(existing.reasons.map((r) => r.id));
    expect(plan.retireOutcomeIds).toEqual([]);
    expect(plan.retireReasonIds).toEqual([]);
  });

  it('an outcome left out is retired, a new one inserted, the order becomes the positions', () => {
    const request = unchanged();
    request.outcomes = request.outcomes.filter((o) => o.key !== 'nurture').reverse();
    request.outcomes.push({
      ...request.outcomes[0]!,
      key: 'sent_info',
      label: 'Info sent',
      requiresReason: false,
    });
    request.outcomes.at(-1)!.flags = { ...request.outcomes.at(-1)!.flags, doNotCall: false };
    const plan = planOutcomeSave(existing, request);
    expect(plan.retireOutcomeIds).toEqual([14]);
    expect(plan.outcomes.at(-1)).toMatchObject({ id: null, key: 'sent_info', position: 5 });
    expect(plan.outcomes[0]).toMatchObject({ id: 15, key: 'do_not_call', position: 0 });
  });

  it('reasons are matched by outcome and label (case and accents aside), the rest retired or inserted', () => {
    const request = unchanged();
    request.reasons = [
      { outcomeKey: 'not_interested', label: 'no budget', active: true },
      { outcomeKey: 'not_interested', label: 'Price', active: true },
      { outcomeKey: 'not_qualified', label: 'Other', active: true },
    ];
    const plan = planOutcomeSave(existing, request);
    expect(plan.reasons).toEqual([
      { id: 100, outcomeKey: 'not_interested', label: 'no budget', position: 0, active: true },
      { id: null, outcomeKey: 'not_interested', label: 'Price', position: 1, active: true },
      { id: 113, outcomeKey: 'not_qualified', label: 'Other', position: 0, active: true },
    ]);
    expect(plan.retireReasonIds).toEqual([101, 102, 103, 104, 110, 111, 112]);
  });

  const without = (change: (r: SaveClientOutcomesRequest) => void) => {
    const request = unchanged();
    change(request);
    return request;
  };
  it.each<[string, SaveClientOutcomesRequest, string]>([
    ['a key used twice', without((r) => r.outcomes.push({ ...r.outcomes[0]! })), 'outcomes.6.key'],
    [
      'no active appointment outcome',
      without((r) => {
        r.outcomes[1]!.active = false;
      }),
      'outcomes',
    ],
    [
      'no do-not-call outcome',
      without((r) => {
        r.outcomes = r.outcomes.filter((o) => !o.flags.doNotCall);
      }),
      'outcomes',
    ],
    [
      'a reason of a missing outcome',
      without((r) => r.reasons.push({ outcomeKey: 'gone', label: 'X', active: true })),
      'reasons.9.outcomeKey',
    ],
    [
      'a reason listed twice',
      without((r) => r.reasons.push({ ...r.reasons[0]!, label: 'NO BUDGET' })),
      'reasons.9.label',
    ],
    [
      'a required reason with none left',
      without((r) => {
        r.reasons = r.reasons.filter((x) => x.outcomeKey !== 'not_qualified');
      }),
      'outcomes.3.requiresReason',
    ],
  ])('%s is refused, naming the field', (_name, request, field) => {
    expect(fieldOf(request)).toBe(field);
  });
});
