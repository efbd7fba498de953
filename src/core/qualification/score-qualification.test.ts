import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, QualificationForm, QualificationQuestion } from './qualification-form.ts';
import { isAnswered, questionPoints, scoreQualification } from './score-qualification.ts';

const budget: QualificationQuestion = {
  id: 'budget',
  label: 'Monthly budget',
  type: 'money',
  criterion: 'budget',
  weight: 3,
  required: true,
  scoring: [
    { atLeast: 100_000, points: 100 },
    { atLeast: 0, points: 10 },
    { atLeast: 50_000, points: 60 },
  ],
};
const decider: QualificationQuestion = {
  id: 'decider',
  label: 'Who decides?',
  type: 'single_choice',
  criterion: 'authority',
  weight: 2,
  options: [
    { value: 'me', label: 'I do', points: 100 },
    { value: 'partner', label: 'With my partner', points: 60 },
    { value: 'landlord', label: 'My landlord', points: 0, knockOut: true },
  ],
};
const needs: QualificationQuestion = {
  id: 'needs',
  label: 'What needs fixing?',
  type: 'multiple_choice',
  criterion: 'need',
  weight: 1,
  options: [
    { value: 'roof', label: 'Roof', points: 70 },
    { value: 'gutters', label: 'Gutters', points: 40 },
    { value: 'windows', label: 'Windows', points: 20 },
  ],
};
const notes: QualificationQuestion = {
  id: 'notes',
  label: 'Notes',
  type: 'text',
  criterion: 'custom',
  weight: 0,
};
const start: QualificationQuestion = {
  id: 'start',
  label: 'Start by',
  type: 'date',
  criterion: 'timeline',
  weight: 1,
};
const form: QualificationForm = { threshold: 60, questions: [budget, decider, needs, notes, start] };

describe('scoreQualification', () => {
  it.each<{ name: string; answers: Answers; expected: object }>([
    {
      name: 'a strong lead qualifies',
      answers: { budget: 120_000, decider: 'me', needs: ['roof', 'gutters'], start: '2026-07-01' },
      // (100·3 + 100·2 + 100·1 + 100·1) / 7
      expected: { score: 100, qualified: true, knockedOutBy: [], missingRequired: [] },
    },
    {
      name: 'multiple choice points are summed and capped at 100',
      answers: { budget: 120_000, decider: 'me', needs: ['roof', 'gutters', 'windows'], start: '2026-07-01' },
      expected: { score: 100, byCriterion: { budget: 100, authority: 100, need: 100, timeline: 100 } },
    },
    {
      name: 'money scores the highest threshold met, whatever the order of the steps',
      answers: { budget: 75_000, decider: 'partner', needs: ['windows'], start: '' },
      // (60·3 + 60·2 + 20·1 + 0·1) / 7 = 45.7
      expected: {
        score: 46,
        qualified: false,
        byCriterion: { budget: 60, authority: 60, need: 20, timeline: 0 },
      },
    },
    {
      name: 'a knock-out disqualifies whatever the score',
      answers: { budget: 500_000, decider: 'landlord', needs: ['roof'], start: '2026-07-01' },
      expected: { qualified: false, knockedOutBy: ['decider'] },
    },
    {
      name: 'a missing required answer disqualifies and scores 0 for that question',
      answers: { budget: null, decider: 'me', needs: ['roof', 'gutters'], start: '2026-07-01' },
      // (0·3 + 100·2 + 100 + 100) / 7 = 57.1
      expected: { score: 57, qualified: false, missingRequired: ['budget'] },
    },
    {
      name: 'a weight-0 text question is asked but never scored',
      answers: { budget: 120_000, decider: 'me', needs: ['roof', 'gutters'], start: '2026-07-01', notes: '' },
      expected: { score: 100, byCriterion: { budget: 100, authority: 100, need: 100, timeline: 100 } },
    },
    {
      name: 'nothing answered scores 0 and lists the required question',
      answers: {},
      expected: { score: 0, qualified: false, missingRequired: ['budget'], knockedOutBy: [] },
    },
  ])('$name', ({ answers, expected }) => {
    expect(scoreQualification(answers, form)).toMatchObject(expected);
  });

  it('the score is exactly the threshold: qualified (rounding half up)', () => {
    const half: QualificationForm = {
      threshold: 50,
      questions: [
        { ...needs, id: 'a', weight: 1, options: [{ value: 'x', label: 'x', points: 99 }] },
        { ...needs, id: 'b', weight: 1, options: [{ value: 'x', label: 'x', points: 0 }] },
      ],
    };
    expect(scoreQualification({ a: ['x'], b: ['x'] }, half)).toMatchObject({ score: 50, qualified: true });
  });

  it('a form without weighted questions scores 0 and qualifies at threshold 0', () => {
    const unweighted: QualificationForm = { threshold: 0, questions: [notes] };
    expect(scoreQualification({ notes: 'called back twice' }, unweighted)).toEqual({
      score: 0,
      qualified: true,
      knockedOutBy: [],
      missingRequired: [],
      byCriterion: {},
    });
  });

  it('ignores answers to unknown questions and inherited property names', () => {
    const result = scoreQualification(
      { constructor: 'x', toString: 'y', budget: 120_000 },
      { threshold: 0, questions: [budget] },
    );
    expect(result).toMatchObject({ score: 100, qualified: true });
    expect(
      scoreQualification({}, { threshold: 0, questions: [{ ...notes, id: 'constructor', required: true }] })
        .missingRequired,
    ).toEqual(['constructor']);
  });
});

describe('questionPoints', () => {
  it.each([
    { name: 'an unknown option scores 0', question: decider, answer: 'neighbour', points: 0 },
    { name: 'a single choice sent as a list', question: decider, answer: ['partner'], points: 60 },
    { name: 'a multiple choice sent as one value', question: needs, answer: 'gutters', points: 40 },
    { name: 'repeated choices count once', question: needs, answer: ['windows', 'windows'], points: 20 },
    { name: 'money below every threshold', question: budget, answer: -5, points: 0 },
    { name: 'money exactly on a threshold', question: budget, answer: 50_000, points: 60 },
    { name: 'a number typed as text', question: budget, answer: '100000', points: 100 },
    { name: 'a number that is not one', question: budget, answer: 'lots', points: 0 },
    { name: 'whitespace is no answer', question: start, answer: '   ', points: 0 },
    { name: 'a date answered', question: start, answer: '2026-09-01', points: 100 },
    {
      name: 'points above 100 are clamped',
      question: { ...decider, options: [{ value: 'me', label: 'Me', points: 250 }] },
      answer: 'me',
      points: 100,
    },
    {
      name: 'negative points are clamped',
      question: { ...decider, options: [{ value: 'me', label: 'Me', points: -20 }] },
      answer: 'me',
      points: 0,
    },
  ])('$name → $points', ({ question, answer, points }) => {
    expect(questionPoints(question, answer)).toBe(points);
  });

  it.each([
    [null, false],
    [undefined, false],
    ['', false],
    [[], false],
    [[' '], false],
    [Number.NaN, false],
    [0, true],
    ['no', true],
    [['a'], true],
  ])('isAnswered(%j) is %s', (answer, expected) => {
    expect(isAnswered(answer)).toBe(expected);
  });
});

describe('scoreQualification: properties', () => {
  const answerArb = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -1000, max: 200_000 }),
    fc.constantFrom('me', 'partner', 'landlord', 'roof', '', '2026-01-01'),
    fc.subarray(['roof', 'gutters', 'windows', 'me']),
  );
  const answersArb = fc.record(
    { budget: answerArb, decider: answerArb, needs: answerArb, notes: answerArb, start: answerArb },
    { requiredKeys: [] },
  );

  it('scores stay within 0..100 and the verdict follows its three rules', () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 0, max: 100 }), (answers, threshold) => {
        const result = scoreQualification(answers, { ...form, threshold });
        for (const value of [result.score, ...Object.values(result.byCriterion)]) {
          expect(Number.isInteger(value) && value >= 0 && value <= 100).toBe(true);
        }
        const expected =
          result.knockedOutBy.length === 0 &&
          result.missingRequired.length === 0 &&
          result.score >= threshold;
        expect(result.qualified).toBe(expected);
      }),
    );
  });

  it('raising a question weight never moves the score away from that question points', () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 1, max: 10 }), (answers, extra) => {
        const before = scoreQualification(answers, form).score;
        const heavier = {
          ...form,
          questions: form.questions.map((q) => (q.id === 'decider' ? { ...q, weight: q.weight + extra } : q)),
        };
        const after = scoreQualification(answers, heavier).score;
        const points = questionPoints(decider, answers.decider);
        expect(Math.abs(after - points)).toBeLessThanOrEqual(Math.abs(before - points) + 1);
      }),
    );
  });
});
