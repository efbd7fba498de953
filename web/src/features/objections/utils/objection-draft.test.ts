import { describe, expect, it } from 'vitest';
import { type ObjectionDto, saveObjectionRequestSchema } from '../../../../../src/contracts/objections.ts';
import {
  nextResponseId,
  objectionDraftFrom,
  objectionProblems,
  objectionRequest,
  withActive,
  withNewResponse,
} from './objection-draft.ts';

const tooExpensive: ObjectionDto = {
  id: 4,
  clientId: 1,
  kind: 'objection',
  title: 'Too expensive',
  keywords: ['price', 'cost'],
  responses: [
    { id: 'r1', text: 'Financing starts at $0 down.' },
    { id: 'r3', text: 'Most homes save more than the payment.' },
  ],
  position: 2,
  active: true,
};

describe('objection draft', () => {
  it.each([
    ['the first id', [], 'r1'],
    ['one past the highest, gaps kept', ['r1', 'r4', 'r2'], 'r5'],
    ['ids of another shape are ignored', ['custom', 'r', 'r2b'], 'r1'],
  ])('nextResponseId: %s', (_title, used, id) => {
    expect(nextResponseId(used)).toBe(id);
  });

  it('a removed response’s id is not given to the next new response', () => {
    const draft = objectionDraftFrom(tooExpensive);
    const removed = { ...draft, responses: draft.responses.filter((r) => r.id !== 'r3') };
    expect(withNewResponse(removed).responses.map((r) => r.id)).toEqual(['r1', 'r4']);
  });

  it('builds a request the contract accepts: trimmed, keywords deduplicated ignoring case', () => {
    const draft = {
      ...objectionDraftFrom(null),
      title: '  Send me an email ',
      keywords: [' email', 'Email', '', 'mail '],
      responses: [{ id: 'r1', text: ' Happy to — what is the best address? ' }],
    };
    const request = objectionRequest(draft);
    expect(request).toEqual({
      kind: 'objection',
      title: 'Send me an email',
      keywords: ['email', 'mail'],
      responses: [{ id: 'r1', text: 'Happy to — what is the best address?' }],
      active: true,
    });
    expect(saveObjectionRequestSchema.parse(request)).toEqual(request);
  });

  it('retiring keeps the text, ids and position, changing only active', () => {
    expect(withActive(tooExpensive, false)).toEqual({
      kind: 'objection',
      title: 'Too expensive',
      keywords: ['price', 'cost'],
      responses: tooExpensive.responses,
      position: 2,
      active: false,
    });
  });

  it.each([
    ['a blank title', { title: ' ' }, { title: 'required' }],
    ['no response', { responses: [] }, { responses: 'noResponses' }],
    [
      'an empty response',
      {
        responses: [
          { id: 'r1', text: 'ok' },
          { id: 'r2', text: ' ' },
        ],
      },
      { 'responses.1': 'required' },
    ],
  ])('finds %s', (_title, patch, problems) => {
    expect(objectionProblems({ ...objectionDraftFrom(tooExpensive), ...patch })).toEqual(problems);
  });

  it('a new entry starts as the kind the library shows; an edited one keeps its kind', () => {
    expect(objectionDraftFrom(null, 'question').kind).toBe('question');
    expect(objectionRequest(objectionDraftFrom({ ...tooExpensive, kind: 'fact' })).kind).toBe('fact');
  });
});
