import { describe, expect, it } from 'vitest';
import {
  createQualificationFormRequestSchema,
  type QualificationFormDto,
} from '../../../../../src/contracts/campaigns.ts';
import { scoreQualification } from '../../../../../src/core/qualification/score-qualification.ts';
import {
  draftToForm,
  type FormDraft,
  formDraftFrom,
  formRequest,
  lockedDraft,
  newOption,
  newQuestion,
  type QuestionDraft,
} from './form-draft.ts';
import { formProblems, formRuleProblems } from './form-problems.ts';
import { previewAnswers } from './preview-answers.ts';

const solarForm: Pick<QualificationFormDto, 'threshold' | 'questions'> = {
  threshold: 60,
  questions: [
    {
      id: 'homeowner',
      label: 'Do you own the home?',
      type: 'single_choice',
      criterion: 'authority',
      weight: 2,
      required: true,
      options: [
        { value: 'own', label: 'Owns the home', points: 100 },
        { value: 'rent', label: 'Rents', points: 0, knockOut: true },
      ],
    },
    {
      id: 'bill',
      label: 'Monthly electric bill (USD)',
      type: 'money',
      criterion: 'budget',
      weight: 2,
      scoring: [
        { atLeast: 80, points: 40 },
        { atLeast: 150, points: 80 },
      ],
    },
    {
      id: 'timeline',
      label: 'When?',
      type: 'multiple_choice',
      criterion: 'timeline',
      weight: 1,
      options: [{ value: 'now', label: 'Within 3 months', points: 100 }],
    },
    { id: 'notes', label: 'Anything else', type: 'text', criterion: 'custom', weight: 0 },
  ],
};
const stored: QualificationFormDto = { id: 3, clientId: 1, name: 'Solar qualification', ...solarForm };

const question = (patch: Partial<QuestionDraft>): QuestionDraft => ({ ...newQuestion(), ...patch });

/** A knock-out form: owns the home (100) or rents (knock-out); threshold 50. */
function homeownerDraft(): FormDraft {
  return {
    name: 'Quick check',
    threshold: 50,
    questions: [
      question({
        label: 'Do you own the home?',
        options: [newOption('Owns it', 100), { ...newOption('Rents', 0), knockOut: true }],
      }),
    ],
  };
}

describe('form draft', () => {
  it('a stored form comes back as the same form: ids, values, knock-outs and bands kept', () => {
    const form = draftToForm(formDraftFrom(stored));
    const optional = (q: (typeof solarForm.questions)[number]) => ({ ...q, required: q.required ?? false });
    expect(form).toEqual({ threshold: 60, questions: solarForm.questions.map(optional) });
  });

  it('a renamed stored question keeps its id; new questions and options get ids from their labels', () => {
    const draft = formDraftFrom(stored);
    const [first, ...rest] = draft.questions;
    const renamed = { ...(first as QuestionDraft), label: 'Is it your house?' };
    const added = question({
      label: 'Budget — monthly',
      options: [newOption('Under $100'), newOption('Timeline')],
    });
    const form = draftToForm({
      ...draft,
      questions: [renamed, ...rest, added, question({ label: 'Timeline' })],
    });
    expect(form.questions.map((q) => q.id)).toEqual([
      'homeowner',
      'bill',
      'timeline',
      'notes',
      'budget_monthly',
      'timeline_2',
    ]);
    expect(form.questions[4]?.options?.map((o) => o.value)).toEqual(['under_100', 'timeline']);
  });

  it('sends options only for choices and bands only for numbers and money, bands in order', () => {
    const draft: FormDraft = {
      name: ' Money ',
      threshold: 40,
      questions: [
        question({
          label: 'Budget',
          type: 'money',
          bands: [
            { draftId: 'b2', atLeast: 500, points: 100 },
            { draftId: 'b1', atLeast: 100, points: 50 },
          ],
        }),
        question({ label: 'Notes', type: 'text' }),
      ],
    };
    const request = formRequest(draft);
    expect(request.name).toBe('Money');
    expect(request.questions[0]).toEqual({
      id: 'budget',
      label: 'Budget',
      type: 'money',
      criterion: 'interest',
      weight: 1,
      required: false,
      scoring: [
        { atLeast: 100, points: 50 },
        { atLeast: 500, points: 100 },
      ],
    });
    expect(request.questions[1]).not.toHaveProperty('options');
    expect(createQualificationFormRequestSchema.parse({ ...request, clientId: 1 })).toMatchObject(request);
  });

  it.each([
    ['a blank name', { name: '  ' }, { name: 'required' }],
    ['a threshold over 100', { threshold: 101 }, { threshold: 'threshold' }],
    ['no question', { questions: [] }, { questions: 'noQuestions' }],
    [
      'a choice without options',
      { questions: [question({ label: 'Q', options: [] })] },
      { 'questions.0.options': 'noOptions' },
    ],
    [
      'an unnamed option and points over 100',
      { questions: [question({ label: 'Q', options: [{ ...newOption('', 120) }] })] },
      { 'questions.0.options.0.label': 'required', 'questions.0.options.0.points': 'points' },
    ],
    [
      'a cleared band',
      {
        questions: [
          question({
            label: 'Q',
            type: 'number',
            bands: [{ draftId: 'b', atLeast: Number.NaN, points: 10 }],
          }),
        ],
      },
      { 'questions.0.bands.0.atLeast': 'required' },
    ],
    [
      'a negative weight',
      { questions: [question({ label: 'Q', type: 'text', weight: -1 })] },
      { 'questions.0.weight': 'weight' },
    ],
  ] satisfies [string, Partial<FormDraft>, Record<string, string>][])(
    'finds %s',
    (_title, patch, problems) => {
      expect(formProblems({ ...homeownerDraft(), ...patch })).toEqual(problems);
    },
  );

  it('applies the server’s own rule: a stored duplicate option value is named', () => {
    const draft = formDraftFrom(stored);
    const [first] = draft.questions;
    const options = (first as QuestionDraft).options.map((o) => ({ ...o, savedValue: 'own' }));
    const broken = { ...draft, questions: [{ ...(first as QuestionDraft), options }] };
    expect(formRuleProblems(broken)).toEqual(['Question "homeowner" has duplicate option values']);
    expect(formRuleProblems(homeownerDraft())).toEqual([]);
  });
});

describe('preview answers', () => {
  it('choosing the knock-out option turns qualified into not qualified', () => {
    const draft = homeownerDraft();
    const [q] = draft.questions;
    const [owns, rents] = q?.options ?? [];
    const form = draftToForm(draft);
    const owner = scoreQualification(
      previewAnswers(draft, { [q?.draftId ?? '']: owns?.draftId ?? '' }),
      form,
    );
    expect(owner).toMatchObject({ score: 100, qualified: true, byCriterion: { interest: 100 } });
    const renter = scoreQualification(
      previewAnswers(draft, { [q?.draftId ?? '']: rents?.draftId ?? '' }),
      form,
    );
    expect(renter).toMatchObject({ score: 0, qualified: false, knockedOutBy: ['do_you_own_the_home'] });
  });

  it('answers follow label edits, and an answer of another type than the question counts as none', () => {
    const draft = homeownerDraft();
    const [q] = draft.questions;
    const answers = { [q?.draftId ?? '']: q?.options[0]?.draftId ?? '' };
    const relabelled = { ...draft, questions: [{ ...(q as QuestionDraft), label: 'Owner?' }] };
    expect(previewAnswers(relabelled, answers)).toEqual({ owner: 'owns_it' });
    const retyped = { ...draft, questions: [{ ...(q as QuestionDraft), type: 'number' as const }] };
    expect(previewAnswers(retyped, answers)).toEqual({ do_you_own_the_home: null });
    const multiple = { ...draft, questions: [{ ...(q as QuestionDraft), type: 'multiple_choice' as const }] };
    expect(previewAnswers(multiple, answers)).toEqual({ do_you_own_the_home: ['owns_it'] });
  });
});

describe('locked draft', () => {
  it('after a save, renaming a new question or option no longer changes its id or value', () => {
    const locked = lockedDraft(homeownerDraft());
    const [q] = locked.questions;
    const renamed: FormDraft = {
      ...locked,
      questions: [
        {
          ...(q as QuestionDraft),
          label: 'Owner?',
          options: (q as QuestionDraft).options.map((o) => ({ ...o, label: `${o.label}!` })),
        },
      ],
    };
    const form = draftToForm(renamed);
    expect(form.questions[0]?.id).toBe('do_you_own_the_home');
    expect(form.questions[0]?.options?.map((o) => o.value)).toEqual(['owns_it', 'rents']);
  });
});
