import { describe, expect, it } from 'vitest';
import type { QualificationForm, QualificationQuestion } from './qualification-form.ts';
import { validateQualificationForm } from './validate-qualification-form.ts';

const question = (overrides: Partial<QualificationQuestion> = {}): QualificationQuestion => ({
  id: 'q1',
  label: 'Timeline',
  type: 'date',
  criterion: 'timeline',
  weight: 1,
  ...overrides,
});
const form = (questions: QualificationQuestion[], threshold = 50): QualificationForm => ({
  questions,
  threshold,
});

describe('validateQualificationForm', () => {
  it('accepts a sound form', () => {
    expect(
      validateQualificationForm(
        form([
          question(),
          question({ id: 'q2', type: 'single_choice', options: [{ value: 'a', label: 'A', points: 10 }] }),
          question({ id: 'q3', weight: 0 }),
        ]),
      ),
    ).toEqual([]);
  });

  it.each<{ name: string; form: QualificationForm; problem: string }>([
    {
      name: 'duplicate ids',
      form: form([question(), question()]),
      problem: 'Question id "q1" is used more than once',
    },
    { name: 'an empty id', form: form([question({ id: ' ' })]), problem: 'Question "Timeline" has no id' },
    {
      name: 'a single choice without options',
      form: form([question({ type: 'single_choice' })]),
      problem: 'Question "q1" is a choice question without options',
    },
    {
      name: 'a multiple choice with an empty option list',
      form: form([question({ type: 'multiple_choice', options: [] })]),
      problem: 'Question "q1" is a choice question without options',
    },
    {
      name: 'duplicate option values',
      form: form([
        question({
          type: 'multiple_choice',
          options: [
            { value: 'a', label: 'A', points: 1 },
            { value: 'a', label: 'Also A', points: 2 },
          ],
        }),
      ]),
      problem: 'Question "q1" has duplicate option values',
    },
    {
      name: 'a negative weight',
      form: form([question({ weight: -1 })]),
      problem: 'Question "q1" has a negative or invalid weight (-1)',
    },
    {
      name: 'a NaN weight',
      form: form([question({ weight: Number.NaN })]),
      problem: 'Question "q1" has a negative or invalid weight (NaN)',
    },
    {
      name: 'a threshold above 100',
      form: form([question()], 101),
      problem: 'Threshold must be between 0 and 100 (got 101)',
    },
    {
      name: 'a threshold below 0',
      form: form([question()], -1),
      problem: 'Threshold must be between 0 and 100 (got -1)',
    },
    {
      name: 'an unknown type',
      form: form([question({ type: 'slider' as QualificationQuestion['type'] })]),
      problem: 'Question "q1" has an unknown type "slider"',
    },
    {
      name: 'an unknown criterion',
      form: form([question({ criterion: 'mood' as QualificationQuestion['criterion'] })]),
      problem: 'Question "q1" has an unknown criterion "mood"',
    },
  ])('reports $name', ({ form: input, problem }) => {
    expect(validateQualificationForm(input)).toEqual([problem]);
  });

  it('reports every problem at once', () => {
    expect(
      validateQualificationForm(form([question({ weight: -2 }), question({ type: 'single_choice' })], 300)),
    ).toHaveLength(4);
  });
});
