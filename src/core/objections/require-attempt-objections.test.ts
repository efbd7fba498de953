import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.ts';
import type { AttemptObjection, Objection } from './objection.ts';
import { requireAttemptObjections } from './require-attempt-objections.ts';

const objection = (id: number, clientId: number, responseIds: string[]): Objection => ({
  id,
  clientId,
  kind: 'objection',
  title: `Objection ${id}`,
  keywords: [],
  responses: responseIds.map((rid) => ({ id: rid, text: `Say ${rid}` })),
  position: id,
  active: true,
});
const found = [objection(1, 10, ['a', 'b']), objection(2, 10, ['a']), objection(3, 11, ['a'])];
const fieldOf = (requested: AttemptObjection[]) => {
  try {
    requireAttemptObjections(requested, found, 10);
  } catch (error) {
    if (error instanceof AppError) return error.field;
    throw error;
  }
  return undefined;
};

describe('requireAttemptObjections', () => {
  it('keeps the client’s objections with their own responses or none, each pair once', () => {
    const requested = [
      { objectionId: 1, responseId: 'b' },
      { objectionId: 2, responseId: null },
      { objectionId: 1, responseId: 'b' },
      { objectionId: 1, responseId: 'a' },
    ];
    expect(requireAttemptObjections(requested, found, 10)).toEqual([
      { objectionId: 1, responseId: 'b' },
      { objectionId: 2, responseId: null },
      { objectionId: 1, responseId: 'a' },
    ]);
  });

  it.each<[string, AttemptObjection[], string]>([
    ['an unknown objection', [{ objectionId: 9, responseId: null }], 'objections.0.objectionId'],
    ['another client’s objection', [{ objectionId: 3, responseId: 'a' }], 'objections.0.objectionId'],
    [
      'a response of another objection',
      [
        { objectionId: 2, responseId: 'a' },
        { objectionId: 2, responseId: 'b' },
      ],
      'objections.1.responseId',
    ],
  ])('%s is refused, naming the entry', (_name, requested, field) => {
    expect(fieldOf(requested)).toBe(field);
  });
});
