import { describe, expect, it } from 'vitest';
import type { ObjectionDto } from '../../../../../src/contracts/objections.ts';
import { isPeriod, lastDays, rate, statsRows } from './stats-view.ts';

const library: ObjectionDto[] = [
  {
    id: 1,
    clientId: 1,
    kind: 'objection',
    title: 'Too expensive',
    keywords: [],
    responses: [{ id: 'r1', text: 'Financing' }],
    position: 0,
    active: true,
  },
];

describe('objection stats view', () => {
  it('the last 30 days cross a month end and include today', () => {
    expect(lastDays('2026-03-05', 30)).toEqual({ from: '2026-02-04', to: '2026-03-05' });
  });

  it.each([
    ['one day', { from: '2026-06-01', to: '2026-06-01' }, true],
    ['ending before it starts', { from: '2026-06-02', to: '2026-06-01' }, false],
    ['a cleared field', { from: '', to: '2026-06-01' }, false],
  ])('isPeriod: %s', (_title, period, ok) => {
    expect(isPeriod(period)).toBe(ok);
  });

  it('most raised first; responses by use, named by current text, a removed one or none unnamed', () => {
    const rows = statsRows(
      {
        items: [
          { objectionId: 2, title: 'Busy', raised: 1, appointments: 0, responses: [] },
          {
            objectionId: 1,
            title: 'Too expensive',
            raised: 5,
            appointments: 2,
            responses: [
              { responseId: null, used: 1, appointments: 0 },
              { responseId: 'r1', used: 3, appointments: 2 },
              { responseId: 'r9', used: 1, appointments: 0 },
            ],
          },
        ],
      },
      library,
    );
    expect(rows.map((row) => row.title)).toEqual(['Too expensive', 'Busy']);
    expect(rows[0]?.responses.map((r) => [r.responseId, r.text])).toEqual([
      ['r1', 'Financing'],
      [null, null],
      ['r9', null],
    ]);
  });

  it('a rate of nothing is 0, not NaN', () => {
    expect(rate(0, 0)).toBe(0);
    expect(rate(1, 4)).toBe(0.25);
  });
});
