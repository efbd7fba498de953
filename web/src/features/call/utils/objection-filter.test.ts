import { describe, expect, it } from 'vitest';
import type { ObjectionDto } from '../../../../../src/contracts/objections.ts';
import { filterObjections, markObjection } from './objection-filter.ts';

const objection = (
  id: number,
  title: string,
  keywords: string[],
  responses: string[],
  position = id,
): ObjectionDto => ({
  id,
  clientId: 1,
  kind: 'objection',
  title,
  keywords,
  responses: responses.map((text, index) => ({ id: `r${index + 1}`, text })),
  position,
  active: true,
});

const library: ObjectionDto[] = [
  objection(1, 'Not a good time', ['busy', 'later'], ['When would suit you better?']),
  objection(2, 'Too expensive', ['price', 'cost'], ['Most customers save from the first month.']),
  objection(3, 'Send me an email', ['email'], ['Happy to — an expert will follow up.']),
  objection(4, 'Already have a provider', ['competitor'], ['How happy are you with them?']),
  { ...objection(5, 'Retired one', ['price'], ['Old answer']), active: false },
  objection(6, 'Nije pravo vreme', ['kasnije'], ['Kada vam odgovara?']),
];

const titles = (query: string) => filterObjections(library, query).map((item) => item.title);

describe('filterObjections', () => {
  it('an empty search lists the active library in its order', () => {
    expect(titles('  ')).toEqual([
      'Not a good time',
      'Too expensive',
      'Send me an email',
      'Already have a provider',
      'Nije pravo vreme',
    ]);
  });

  it.each([
    [
      'a title word’s start beats a response that merely contains the text',
      'exp',
      ['Too expensive', 'Send me an email'],
    ],
    ['a keyword finds an objection whose title does not say it', 'price', ['Too expensive']],
    ['every word must match', 'good time', ['Not a good time']],
    ['case is ignored', 'EMAIL', ['Send me an email']],
    ['accents are ignored', 'kásnije', ['Nije pravo vreme']],
    ['a retired objection is never found', 'old', []],
    ['nothing matches', 'weather', []],
  ])('%s', (_title, query, expected) => {
    expect(titles(query)).toEqual(expected);
  });
});

describe('markObjection', () => {
  it('marks an objection once; another response used later replaces the first', () => {
    const once = markObjection([], { objectionId: 2, responseId: 'r1' });
    const twice = markObjection([...once, { objectionId: 3, responseId: null }], {
      objectionId: 2,
      responseId: 'r2',
    });
    expect(twice).toEqual([
      { objectionId: 3, responseId: null },
      { objectionId: 2, responseId: 'r2' },
    ]);
  });
});
