import { describe, expect, it } from 'vitest';
import type { Objection } from './objection.ts';
import { combineObjectionCounts } from './objection-stats.ts';

const objection = (id: number, position: number, active = true): Objection => ({
  id,
  clientId: 1,
  kind: 'objection',
  title: `O${id}`,
  keywords: [],
  responses: [],
  position,
  active,
});

describe('combineObjectionCounts', () => {
  it('lists active objections and retired ones that came up, most raised first, ties in library order', () => {
    const items = combineObjectionCounts(
      [objection(1, 2), objection(2, 1), objection(3, 0, false), objection(4, 3, false), objection(5, 4)],
      [
        { objectionId: 1, calls: 2, appointments: 1 },
        { objectionId: 4, calls: 3, appointments: 0 },
      ],
      [
        { objectionId: 1, responseId: 'a', calls: 1, appointments: 0 },
        { objectionId: 1, responseId: null, calls: 2, appointments: 1 },
        { objectionId: 4, responseId: 'b', calls: 3, appointments: 0 },
      ],
    );
    expect(items).toEqual([
      {
        objectionId: 4,
        title: 'O4',
        raised: 3,
        appointments: 0,
        responses: [{ responseId: 'b', used: 3, appointments: 0 }],
      },
      {
        objectionId: 1,
        title: 'O1',
        raised: 2,
        appointments: 1,
        responses: [
          { responseId: null, used: 2, appointments: 1 },
          { responseId: 'a', used: 1, appointments: 0 },
        ],
      },
      { objectionId: 2, title: 'O2', raised: 0, appointments: 0, responses: [] },
      { objectionId: 5, title: 'O5', raised: 0, appointments: 0, responses: [] },
    ]);
  });
});
