import { describe, expect, it } from 'vitest';
import type { QualificationFormDto } from '../../../../../src/contracts/campaigns.ts';
import type { CallDraft } from '../hooks/use-call-draft.ts';
import { attemptBody, qualificationPayload } from './attempt-payload.ts';

const form: QualificationFormDto = {
  id: 4,
  clientId: 1,
  name: 'Solar fit',
  threshold: 60,
  questions: [
    {
      id: 'owner',
      label: 'Owns the home?',
      type: 'single_choice',
      criterion: 'authority',
      weight: 1,
      options: [],
    },
    { id: 'bill', label: 'Monthly bill', type: 'money', criterion: 'budget', weight: 2 },
    { id: 'roof', label: 'Roof types', type: 'multiple_choice', criterion: 'need', weight: 1, options: [] },
  ],
};

const draft = (patch: Partial<CallDraft> = {}): CallDraft => ({
  answers: {},
  interest: null,
  questionsAsked: '',
  notes: '',
  outcome: null,
  reason: '',
  callbackDate: '',
  callbackTime: '',
  callbackFor: 'me',
  startedAt: '2026-11-27T15:00:00.000Z',
  ...patch,
});

describe('qualificationPayload', () => {
  it('sends nothing for an untouched form', () => {
    expect(qualificationPayload(form, draft())).toBeUndefined();
  });

  it('sends only answered questions: blank text and empty selections are left out', () => {
    const payload = qualificationPayload(
      form,
      draft({ answers: { owner: 'yes', bill: null, roof: [] }, interest: 'hot' }),
    );
    expect(payload).toEqual({ formId: 4, answers: { owner: 'yes' }, interest: 'hot' });
  });

  it('keeps a zero amount, which is an answer', () => {
    expect(qualificationPayload(form, draft({ answers: { bill: 0 } }))?.answers).toEqual({ bill: 0 });
  });

  it('sends nothing when the campaign has no form', () => {
    expect(qualificationPayload(null, draft({ answers: { owner: 'yes' } }))).toBeUndefined();
  });
});

describe('attemptBody', () => {
  const filled = draft({
    answers: { owner: 'yes' },
    questionsAsked: 'Is there a warranty?',
    notes: ' Call after 5 ',
  });

  it('a no-answer carries timing and notes but no qualification and no prospect questions', () => {
    const body = attemptBody(9, 'no_answer', form, filled);
    expect(body).toMatchObject({ campaignId: 9, disposition: 'no_answer', notes: 'Call after 5' });
    expect(body.qualification).toBeUndefined();
    expect(body.questionsAsked).toBeUndefined();
  });

  it('a contact outcome carries the qualification and the questions the prospect asked', () => {
    const body = attemptBody(9, 'not_interested', form, filled, { reason: 'No budget' });
    expect(body).toMatchObject({
      reason: 'No budget',
      questionsAsked: 'Is there a warranty?',
      qualification: { formId: 4, answers: { owner: 'yes' } },
    });
  });
});
