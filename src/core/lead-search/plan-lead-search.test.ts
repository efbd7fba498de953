import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planLeadSearch, textSpellings } from './plan-lead-search.ts';
import { phonePrefixRange, prefixRangeEnd } from './prefix-range.ts';

const us = { id: 1, country: 'US' };
const rs = { id: 2, country: 'RS' };

const phonePrefixes = (text: string, clients = [us]) =>
  planLeadSearch(text, clients).terms.map((t) => (t.kind === 'phone' ? [t.prefix, t.clientIds] : t.kind));

describe('planLeadSearch: phone numbers', () => {
  it.each([
    ['national digits typed so far', '212555', [['+1212555', [1]]]],
    ['punctuation is ignored', '(212) 555-01', [['+121255501', [1]]]],
    ['a leading 1 is the North American country code', '1 212 555', [['+1212555', [1]]]],
    ['a full E.164 number', '+12125550100', [['+12125550100', [1]]]],
    ['00 is the international prefix', '00 1 212 555', [['+1212555', [1]]]],
    ['one digit is not yet a search', '2', []],
  ])('%s: %s', (_title, text, expected) => {
    expect(phonePrefixes(text)).toEqual(expected);
  });

  it.each([
    [
      'a Serbian number with its trunk 0, beside a US client',
      '064 123',
      [
        ['+1064123', [1]],
        ['+38164123', [2]],
      ],
    ],
    [
      'a Serbian number typed with its country code',
      '381 64',
      [
        ['+138164', [1]],
        ['+38138164', [2]],
        ['+38164', [2]],
      ],
    ],
    ['an international number is the same prefix for every client', '+381 64', [['+38164', [1, 2]]]],
  ])('%s', (_title, text, expected) => {
    expect(phonePrefixes(text, [us, rs])).toEqual(expected);
  });
});

describe('textSpellings: either alphabet, either case', () => {
  it.each([
    [
      'Latin typed for a Serbian client is also read in Cyrillic',
      'petar',
      [rs],
      [
        ['petar', [2]],
        ['петар', [2]],
        ['Петар', [2]],
      ],
    ],
    [
      'Cyrillic typed is also read with capital initials and in Latin',
      'петар',
      [rs],
      [
        ['петар', [2]],
        ['Петар', [2]],
        ['petar', [2]],
      ],
    ],
    [
      'digraphs are one letter',
      'Njegoš',
      [rs],
      [
        ['Njegoš', [2]],
        ['Његош', [2]],
      ],
    ],
    ['a client outside Serbian-writing countries gets the text as typed', 'petar', [us], [['petar', [1]]]],
    [
      'two clients: the other alphabet only for the Serbian one',
      'ana',
      [us, rs],
      [
        ['ana', [1, 2]],
        ['ана', [2]],
        ['Ана', [2]],
      ],
    ],
    [
      'non-ASCII text is also read with capitals, for any client',
      'émile',
      [us],
      [
        ['émile', [1]],
        ['Émile', [1]],
      ],
    ],
  ])('%s: %s', (_title, text, clients, expected) => {
    expect(textSpellings(text, clients)).toEqual(expected);
  });

  it('names in the other alphabet never search emails', () => {
    const terms = planLeadSearch('petar', [rs]).terms.filter((t) => t.kind === 'text');
    expect(terms.filter((t) => t.field === 'email').map((t) => t.prefix)).toEqual(['petar']);
  });

  it('every spelling of a two-word text keeps both words', () => {
    const prefixes = planLeadSearch('петар пет', [rs]).terms.flatMap((t) =>
      t.kind === 'text' && t.field === 'first_name' ? [[t.prefix, t.and?.prefix]] : [],
    );
    expect(prefixes).toEqual([
      ['петар', 'пет'],
      ['Петар', 'Пет'],
      ['petar', 'pet'],
    ]);
  });
});

describe('planLeadSearch: names', () => {
  it('one word is a prefix of first name, last name, company or email', () => {
    expect(planLeadSearch('Smi', [us]).terms).toEqual(
      ['first_name', 'last_name', 'company', 'email'].map((field) => ({
        kind: 'text',
        clientIds: [1],
        field,
        prefix: 'Smi',
        and: null,
      })),
    );
  });

  it.each([
    [
      '"first last" and "last, first" are both tried',
      'Smith, Jo',
      ['first_name:Smith+last_name:Jo', 'last_name:Smith+first_name:Jo', 'company:Smith Jo'],
    ],
    [
      'an email stays one word',
      'ana.p@ex',
      ['first_name:ana.p@ex', 'last_name:ana.p@ex', 'company:ana.p@ex', 'email:ana.p@ex'],
    ],
    ['a blank text reads nothing', '   ', []],
  ])('%s', (_title, text, expected) => {
    const terms = planLeadSearch(text, [us]).terms.map((t) =>
      t.kind === 'text' ? `${t.field}:${t.prefix}${t.and ? `+${t.and.field}:${t.and.prefix}` : ''}` : t.kind,
    );
    expect(terms).toEqual(expected);
  });

  it('no clients, no terms', () => {
    expect(planLeadSearch('smith', []).terms).toEqual([]);
  });
});

describe('prefix ranges', () => {
  it.each([
    ['+1212555', '+1212556'],
    ['+1219', '+122'],
    ['+99', null],
  ])('phone %s ends before %s', (prefix, before) => {
    expect(phonePrefixRange(prefix)).toEqual({ from: prefix, before });
  });

  it('every text starting with the prefix lies in its range, and no other', () => {
    const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 4 }), fc.string({ maxLength: 6 }), (prefix, text) => {
        const inRange = byteOrder(text, prefix) >= 0 && byteOrder(text, `${prefix}${prefixRangeEnd}`) < 0;
        expect(inRange).toBe(text.startsWith(prefix));
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^\+\d{1,6}$/), fc.stringMatching(/^\+\d{1,15}$/), (prefix, phone) => {
        const { from, before } = phonePrefixRange(prefix);
        const inRange = phone >= from && (before === null || phone < before);
        expect(inRange).toBe(phone.startsWith(prefix));
      }),
    );
  });
});
