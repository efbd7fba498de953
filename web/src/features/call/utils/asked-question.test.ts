import { describe, expect, it } from 'vitest';
import { withAskedQuestion } from './asked-question.ts';

const warranty = { id: 7, title: 'Is there a warranty?' };

describe('withAskedQuestion', () => {
  it('an empty field takes the question; it is marked as raised in the call', () => {
    expect(withAskedQuestion({ questionsAsked: '', objections: [] }, warranty)).toEqual({
      questionsAsked: 'Is there a warranty?',
      objections: [{ objectionId: 7, responseId: null }],
    });
  });

  it('free text stays; the question comes on its own line', () => {
    expect(
      withAskedQuestion({ questionsAsked: 'Can we meet after work?\n', objections: [] }, warranty)
        .questionsAsked,
    ).toBe('Can we meet after work?\nIs there a warranty?');
  });

  it('picking it twice adds it once and keeps the response already marked for it', () => {
    const once = {
      questionsAsked: 'Is there a warranty?',
      objections: [{ objectionId: 7, responseId: 'r2' }],
    };
    expect(withAskedQuestion(once, warranty)).toEqual(once);
  });
});
