import { describe, expect, it } from 'vitest';
import type { QualificationFormDto } from '../../../../../src/contracts/campaigns.ts';
import { type CallDraft, emptyDraft } from '../hooks/call-draft.ts';
import { type AttemptContext, attemptBody, bookingExtras, qualificationPayload } from './attempt-payload.ts';

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

const shownAt = '2026-11-27T15:00:00.000Z';
const now = '2026-11-27T15:03:00.000Z';
const draft = (patch: Partial<CallDraft> = {}): CallDraft => ({ ...emptyDraft(shownAt), ...patch });
const context: AttemptContext = { campaignId: 9, form, script: { scriptId: 3, version: 2, variantId: null } };

const filled = draft({
  answers: { owner: 'yes' },
  interest: 'warm',
  questionsAsked: ' Is there a warranty? ',
  notes: ' Call after 5 ',
  objections: [{ objectionId: 11, responseId: 'r2' }],
  dialedAt: '2026-11-27T15:01:00.000Z',
  hungUpAt: '2026-11-27T15:02:30.000Z',
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

  it('sends the interest judged even with no question answered', () => {
    expect(qualificationPayload(form, draft({ interest: 'cold' }))).toEqual({
      formId: 4,
      answers: {},
      interest: 'cold',
    });
  });

  it('sends nothing when there is no form', () => {
    expect(qualificationPayload(null, draft({ answers: { owner: 'yes' } }))).toBeUndefined();
  });
});

describe('attemptBody', () => {
  it('a call the prospect made to us (incoming-call action) is logged as inbound', () => {
    const body = attemptBody({ ...context, inbound: true }, filled, { callResult: 'busy' }, now);
    expect(body.direction).toBe('inbound');
  });

  it('the marketing source an inbound caller named goes with the call and its booking', () => {
    const named = { ...context, inbound: true, marketingSourceId: 12 };
    expect(attemptBody(named, filled, { callResult: 'busy' }, now).marketingSourceId).toBe(12);
    expect(bookingExtras(named, filled, now).marketingSourceId).toBe(12);
    expect('marketingSourceId' in attemptBody(context, filled, { callResult: 'busy' }, now)).toBe(false);
  });

  it('a no-answer carries timing, notes and script, but nothing only a conversation tells', () => {
    expect(attemptBody(context, filled, { callResult: 'no_answer', outcomeId: 5, reasonId: 7 }, now)).toEqual(
      {
        campaignId: 9,
        callResult: 'no_answer',
        direction: 'outbound',
        startedAt: '2026-11-27T15:01:00.000Z',
        durationSeconds: 90,
        callbackFor: 'me',
        notes: 'Call after 5',
        scriptId: 3,
        scriptVersion: 2,
      },
    );
  });

  it('a contact with a reason carries the outcome, reason, qualification, questions and objections', () => {
    const body = attemptBody(
      context,
      filled,
      { callResult: 'contact_made', outcomeId: 5, reasonId: 7, reasonText: ' Too pricey ' },
      now,
    );
    expect(body).toMatchObject({
      callResult: 'contact_made',
      outcomeId: 5,
      reasonId: 7,
      reasonText: 'Too pricey',
      questionsAsked: 'Is there a warranty?',
      qualification: { formId: 4, answers: { owner: 'yes' }, interest: 'warm' },
      objections: [{ objectionId: 11, responseId: 'r2' }],
    });
    expect(body.disposition).toBeUndefined();
  });

  it('a callback carries its instant and who calls back', () => {
    const body = attemptBody(
      context,
      draft(),
      { callResult: 'contact_made', outcomeId: 1, callbackAt: '2026-11-28T16:00:00Z', callbackFor: 'anyone' },
      now,
    );
    expect(body).toMatchObject({ callbackAt: '2026-11-28T16:00:00Z', callbackFor: 'anyone' });
  });

  it('an empty free text and no reason picked send no reason at all', () => {
    const body = attemptBody(
      context,
      draft(),
      { callResult: 'contact_made', outcomeId: 1, reasonId: null, reasonText: '  ' },
      now,
    );
    expect(body).not.toHaveProperty('reasonId');
    expect(body).not.toHaveProperty('reasonText');
  });

  it('a setter’s approved variant is named; a lead opened without a campaign has none', () => {
    const body = attemptBody(
      { campaignId: null, form: null, script: { scriptId: 3, version: 4, variantId: 8 } },
      draft(),
      { callResult: 'busy' },
      now,
    );
    expect(body).toMatchObject({ campaignId: null, scriptId: 3, scriptVersion: 4, scriptVariantId: 8 });
  });

  it('without a dial the call counts from when the lead came on screen', () => {
    expect(attemptBody(context, draft(), { callResult: 'busy' }, now)).toMatchObject({
      startedAt: shownAt,
      durationSeconds: 180,
    });
  });
});

describe('bookingExtras', () => {
  it('a booking carries the contact’s details and the campaign, but no start, result or reason', () => {
    const extras = bookingExtras(context, filled, now);
    expect(extras).toMatchObject({
      campaignId: 9,
      durationSeconds: 90,
      questionsAsked: 'Is there a warranty?',
      objections: [{ objectionId: 11, responseId: 'r2' }],
      scriptId: 3,
      scriptVersion: 2,
    });
    expect(extras).not.toHaveProperty('startedAt');
    expect(extras).not.toHaveProperty('callbackFor');
    expect(extras).not.toHaveProperty('callResult');
  });
});
