import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../shared/serbian-script.ts';
import type { Objection } from './objection.ts';
import { searchObjections } from './search-objections.ts';

const objection = (id: number, title: string, keywords: string[], responses: string[]): Objection => ({
  id,
  clientId: 1,
  kind: 'objection',
  title,
  keywords,
  responses: responses.map((text, i) => ({ id: `r${i + 1}`, text })),
  position: id,
  active: true,
});

const library = [
  objection(
    1,
    'Send me an email',
    ['mail', 'brochure'],
    ['Happy to: what should it cover so it is worth reading?'],
  ),
  objection(
    2,
    'The price is too high',
    ['cost', 'expensive'],
    ['Compared with what you pay the utility today…'],
  ),
  objection(3, 'Not interested', ['no', 'busy'], ['Fair enough: is it the timing or the product?']),
  objection(
    4,
    'We already have a provider',
    ['supplier', 'pricing'],
    ['Most of our customers switched from one.'],
  ),
  objection(5, 'Céna je previsoka', ['skupo'], ['Razumem: u poređenju sa čim?']),
  objection(6, 'Who gave you my number?', ['privacy', 'gdpr'], ['You asked for a quote on our website.']),
];
const titles = (query: string) => searchObjections(library, query).map((o) => o.id);

describe('searchObjections', () => {
  it.each<[string, string, number[]]>([
    ['an empty query gives the library in order', '', [1, 2, 3, 4, 5, 6]],
    ['blank space is an empty query', '   ', [1, 2, 3, 4, 5, 6]],
    ['a title word prefix beats keyword prefixes, which tie in library order', 'pri', [2, 4, 6]],
    ['a keyword prefix beats a response that contains the text', 'mail', [1]],
    ['a response’s text is searched last', 'utility', [2]],
    ['a title word beats a keyword for the same word', 'email', [1]],
    ['case does not matter', 'EMAIL', [1]],
    ['accents do not matter: "cena" finds "Céna"', 'cena', [5]],
    ['accents typed where the text has none', 'prícé', [2]],
    ['đ is typed as d, č as c', 'poredenju', [5]],
    ['every word must match', 'price high', [2]],
    ['a word that matches nothing empties the result', 'price zebra', []],
    ['a prefix of a word inside the title matches', 'prov', [4]],
    ['punctuation in the query is ignored', 'who gave?', [6]],
  ])('%s (%s)', (_name, query, expected) => {
    expect(titles(query)).toEqual(expected);
  });

  it('an unordered library comes back by position', () => {
    const shuffled = [...library].reverse();
    expect(searchObjections(shuffled, '').map((o) => o.id)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('folds text for comparison', () => {
    expect(foldForSearch('Đorđe ČĆŠŽ Ünïcode')).toBe('djordje ccsz unicode');
  });
});
