import { describe, expect, it } from 'vitest';
import type { ClientOutcomesDto } from '../../../../../src/contracts/dispositions.ts';
import { saveClientOutcomesRequestSchema } from '../../../../../src/contracts/dispositions.ts';
import {
  newOutcome,
  newReason,
  type OutcomeDraft,
  outcomeKeys,
  outcomeProblems,
  outcomesChanged,
  outcomesDraftFrom,
  outcomesRequest,
} from './outcomes-draft.ts';

const flags = {
  contact: true,
  qualified: false,
  appointment: false,
  callback: false,
  nurture: false,
  notInterested: true,
  doNotCall: false,
};

const stored: ClientOutcomesDto = {
  outcomes: [
    {
      id: 1,
      clientId: 7,
      key: 'not_interested',
      label: 'Not interested',
      flags,
      requiresReason: true,
      position: 0,
      active: true,
    },
    {
      id: 2,
      clientId: 7,
      key: 'other',
      label: 'Other',
      flags,
      requiresReason: false,
      position: 1,
      active: false,
    },
  ],
  reasons: [
    { id: 11, clientId: 7, outcomeKey: 'not_interested', label: 'Bad timing', position: 1, active: true },
    { id: 10, clientId: 7, outcomeKey: 'not_interested', label: 'No budget', position: 0, active: true },
    { id: 12, clientId: 7, outcomeKey: 'not_interested', label: 'Price', position: 2, active: false },
  ],
};

const named = (label: string, patch: Partial<OutcomeDraft> = {}): OutcomeDraft => ({
  ...newOutcome(),
  label,
  ...patch,
});

/** What every list needs besides: an active appointment outcome and an active do-not-call one. */
const essentials = () => [
  named('Booked', { flags: { ...flags, appointment: true } }),
  named('Do not call', { flags: { ...flags, doNotCall: true } }),
];

describe('outcomes draft', () => {
  it('reads reasons under their outcome by position, and writes the same list back unchanged', () => {
    const draft = outcomesDraftFrom(stored);
    expect(draft[0]?.reasons.map((r) => r.label)).toEqual(['No budget', 'Bad timing', 'Price']);
    expect(outcomesRequest(draft)).toEqual({
      outcomes: [
        { key: 'not_interested', label: 'Not interested', flags, requiresReason: true, active: true },
        { key: 'other', label: 'Other', flags, requiresReason: false, active: false },
      ],
      reasons: [
        { outcomeKey: 'not_interested', label: 'No budget', active: true },
        { outcomeKey: 'not_interested', label: 'Bad timing', active: true },
        { outcomeKey: 'not_interested', label: 'Price', active: false },
      ],
    });
    expect(outcomesChanged(draft, outcomesDraftFrom(stored))).toBe(false);
  });

  it('a new outcome named like a retired one gets its own key; a renamed stored one keeps its key', () => {
    const draft = outcomesDraftFrom(stored);
    const renamed = { ...(draft[0] as OutcomeDraft), label: 'No thanks' };
    expect(
      outcomeKeys([renamed, draft[1] as OutcomeDraft, named(' Other! '), named('Call me — later')]),
    ).toEqual(['not_interested', 'other', 'other_2', 'call_me_later']);
  });

  it('the request passes the contract, with labels trimmed and reasons under the new key', () => {
    const fresh = named(' Wants a brochure ', { reasons: [newReason(' By mail '), newReason('By email')] });
    const request = outcomesRequest([...outcomesDraftFrom(stored), fresh]);
    expect(saveClientOutcomesRequestSchema.parse(request)).toEqual(request);
    expect(request.outcomes[2]).toMatchObject({ key: 'wants_a_brochure', label: 'Wants a brochure' });
    expect(request.reasons.slice(-2)).toEqual([
      { outcomeKey: 'wants_a_brochure', label: 'By mail', active: true },
      { outcomeKey: 'wants_a_brochure', label: 'By email', active: true },
    ]);
  });

  it.each([
    ['a blank label', [named('  ')], { 'outcomes.0.label': 'required' }],
    [
      'the same label twice among active ones',
      [named('Busy'), named('busy ')],
      { 'outcomes.1.label': 'duplicate' },
    ],
    ['the same label on a retired one is fine', [named('Busy'), named('Busy', { active: false })], {}],
    [
      'a reason required but none active',
      [named('No', { requiresReason: true, reasons: [{ ...newReason('x'), active: false }] })],
      { 'outcomes.0.reasons': 'noReasons' },
    ],
    ['a blank reason', [named('No', { reasons: [newReason(' ')] })], { 'outcomes.0.reasons.0': 'required' }],
    [
      'a repeated reason',
      [named('No', { reasons: [newReason('Price'), newReason('price')] })],
      { 'outcomes.0.reasons.1': 'duplicate' },
    ],
    [
      'a reason repeated with other accents',
      [named('No', { reasons: [newReason('Cena'), newReason('céna')] })],
      { 'outcomes.0.reasons.1': 'duplicate' },
    ],
  ] satisfies [string, OutcomeDraft[], Record<string, string>][])(
    'finds %s',
    (_title, outcomes, problems) => {
      expect(outcomeProblems([...outcomes, ...essentials()])).toEqual(problems);
    },
  );

  it.each([
    ['every outcome retired', essentials().map((o) => ({ ...o, active: false })), 'noneActive'],
    [
      'no active appointment outcome',
      [{ ...essentials()[0], active: false } as OutcomeDraft, ...essentials().slice(1)],
      'noAppointment',
    ],
    ['no do-not-call outcome', essentials().slice(0, 1), 'noDoNotCall'],
    [
      'more than 50 outcomes',
      [...essentials(), ...Array.from({ length: 49 }, (_, i) => named(`Outcome ${i}`))],
      'tooMany',
    ],
  ] satisfies [string, OutcomeDraft[], string][])('the list as a whole: %s', (_title, outcomes, problem) => {
    expect(outcomeProblems(outcomes)).toEqual({ outcomes: problem });
  });
});
