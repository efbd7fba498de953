import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DiffPart, diffWords, wordTokens } from './word-diff.ts';

const left = (parts: DiffPart[]) =>
  parts
    .filter((p) => p.kind !== 'added')
    .map((p) => p.text)
    .join('');
const right = (parts: DiffPart[]) =>
  parts
    .filter((p) => p.kind !== 'removed')
    .map((p) => p.text)
    .join('');
const same = (text: string): DiffPart => ({ kind: 'same', text });
const added = (text: string): DiffPart => ({ kind: 'added', text });
const removed = (text: string): DiffPart => ({ kind: 'removed', text });

describe('diffWords', () => {
  it.each<{ name: string; from: string; to: string; parts: DiffPart[] }>([
    { name: 'identical texts are one same part', from: 'Hi Ana', to: 'Hi Ana', parts: [same('Hi Ana')] },
    { name: 'two empty texts have no parts', from: '', to: '', parts: [] },
    { name: 'everything added to an empty text', from: '', to: 'Hi Ana', parts: [added('Hi Ana')] },
    { name: 'everything removed', from: 'Hi Ana', to: '', parts: [removed('Hi Ana')] },
    {
      name: 'a replaced word: removed first, then added',
      from: 'Hi Ana, this is Sam',
      to: 'Hello Ana, this is Sam',
      parts: [removed('Hi'), added('Hello'), same(' Ana, this is Sam')],
    },
    {
      name: 'a word appended at the end',
      from: 'Call me back',
      to: 'Call me back tomorrow',
      parts: [same('Call me back'), added(' tomorrow')],
    },
    {
      name: 'a lone space between two changed words joins them into one change',
      from: 'the quick brown fox',
      to: 'the slow red fox',
      parts: [same('the '), removed('quick brown'), added('slow red'), same(' fox')],
    },
    {
      name: 'unrelated texts are not matched space by space',
      from: 'a b c',
      to: 'x y z',
      parts: [removed('a b c'), added('x y z')],
    },
    {
      name: 'a changed line break shows as whitespace',
      from: 'One two',
      to: 'One\ntwo',
      parts: [same('One'), removed(' '), added('\n'), same('two')],
    },
    {
      name: 'variables are words of their own',
      from: 'Hi {{lead.firstName}}!',
      to: 'Hi there {{lead.firstName}}!',
      parts: [same('Hi '), added('there '), same('{{lead.firstName}}!')],
    },
  ])('$name', ({ from, to, parts }) => {
    expect(diffWords(from, to)).toEqual(parts);
  });

  it('same + added parts give the right text, same + removed the left, never two parts of a kind in a row', () => {
    const word = fc.constantFrom('Hi', 'Ana', 'call', 'back', '{{client.name}}', 'a', 'the', ',', 'x');
    const space = fc.constantFrom(' ', '  ', '\n', '\t');
    const text = fc.array(fc.oneof(word, space), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (from, to) => {
        const parts = diffWords(from, to);
        expect(left(parts)).toBe(from);
        expect(right(parts)).toBe(to);
        parts.forEach((part, i) => {
          expect(part.text).not.toBe('');
          expect(parts[i + 1]?.kind).not.toBe(part.kind);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('finds a longest common subsequence: every word kept when words are only inserted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 }),
        fc.nat(),
        (words, seed) => {
          const from = words.join(' ');
          const inserted = words.flatMap((w, i) => ((seed >> (i % 30)) & 1 ? [w, 'new'] : [w]));
          const parts = diffWords(from, inserted.join(' '));
          expect(parts.some((p) => p.kind === 'removed')).toBe(false);
        },
      ),
    );
  });

  it('compares 10,000-word scripts with 200 edits quickly, and unrelated ones without hanging', () => {
    const words = Array.from({ length: 10_000 }, (_, i) => `word${i % 997}`);
    const from = words.join(' ');
    const to = words.map((w, i) => (i % 50 === 0 ? 'changed' : w)).join(' ');
    let started = performance.now();
    const parts = diffWords(from, to);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(parts.filter((p) => p.kind === 'added')).toHaveLength(200);
    expect(right(parts)).toBe(to);

    const unrelated = Array.from({ length: 10_000 }, (_, i) => `other${i % 991}`).join(' ');
    started = performance.now();
    const replaced = diffWords(from, unrelated);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(left(replaced)).toBe(from);
    expect(right(replaced)).toBe(unrelated);
  });
});

describe('wordTokens', () => {
  it.each([
    ['Hi  Ana,\nyes', ['Hi', '  ', 'Ana,', '\n', 'yes']],
    [' lead', [' ', 'lead']],
    ['', []],
  ])('%j', (text, tokens) => {
    expect(wordTokens(text)).toEqual(tokens);
  });
});
