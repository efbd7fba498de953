import { describe, expect, it } from 'vitest';
import type { OutcomeDto, OutcomeFlags } from '../../../../../src/contracts/dispositions.ts';
import { callResults, outcomeDetail, pickableOutcomes } from './call-results.ts';

const noFlags: OutcomeFlags = {
  contact: true,
  qualified: false,
  appointment: false,
  callback: false,
  nurture: false,
  notInterested: false,
  doNotCall: false,
};

const outcome = (id: number, patch: Partial<OutcomeDto> = {}): OutcomeDto => ({
  id,
  clientId: 1,
  key: `o${id}`,
  label: `Outcome ${id}`,
  flags: noFlags,
  requiresReason: false,
  position: id,
  active: true,
  ...patch,
});

describe('callResults', () => {
  it('lists the six results in the order of their digits, contact made last', () => {
    expect(callResults.map((result) => `${result.hotkey}:${result.result}`)).toEqual([
      '1:no_answer',
      '2:busy',
      '3:voicemail_left',
      '4:wrong_number',
      '5:disconnected',
      '6:contact_made',
    ]);
  });
});

describe('outcomeDetail', () => {
  it.each([
    [
      'an appointment opens the booking',
      { ...noFlags, appointment: true, qualified: true },
      false,
      'booking',
    ],
    ['a callback opens the picker', { ...noFlags, callback: true }, false, 'callback'],
    ['do-not-call asks for confirmation', { ...noFlags, doNotCall: true }, false, 'confirm'],
    [
      'not interested with a required reason asks for it',
      { ...noFlags, notInterested: true },
      true,
      'reason',
    ],
    ['a nurture without a reason saves at once', { ...noFlags, nurture: true }, false, 'none'],
    [
      'do-not-call that requires a reason still confirms first (the stronger flag)',
      { ...noFlags, doNotCall: true },
      true,
      'confirm',
    ],
  ] as const)('%s', (_title, flags, requiresReason, expected) => {
    expect(outcomeDetail({ flags, requiresReason })).toBe(expected);
  });
});

describe('pickableOutcomes', () => {
  it('keeps the active outcomes by position, ten at most (one digit each)', () => {
    const outcomes = [
      outcome(3, { position: 0 }),
      outcome(1, { position: 2 }),
      outcome(2, { position: 1, active: false }),
      ...Array.from({ length: 12 }, (_, index) => outcome(10 + index, { position: 10 + index })),
    ];
    const picked = pickableOutcomes(outcomes);
    expect(picked).toHaveLength(10);
    expect(picked.slice(0, 3).map((item) => item.id)).toEqual([3, 1, 10]);
  });
});
