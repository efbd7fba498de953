import { describe, expect, it } from 'vitest';
import en from './en.json';
import sr from './sr.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf key, with plural suffixes folded: Serbian has a "few" form English lacks. */
function keys(tree: Tree, prefix = ''): Set<string> {
  const found = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') found.add(path.replace(/_(zero|one|two|few|many|other)$/, ''));
    else for (const inner of keys(value, `${path}.`)) found.add(inner);
  }
  return found;
}

describe('translations', () => {
  it('English and Serbian name the same strings', () => {
    const english = keys(en as Tree);
    const serbian = keys(sr as Tree);
    expect([...english].filter((key) => !serbian.has(key))).toEqual([]);
    expect([...serbian].filter((key) => !english.has(key))).toEqual([]);
  });

  it('Serbian is written in Cyrillic, apart from names, codes and placeholders', () => {
    const latinWords = (text: string) =>
      text
        .replace(/\{\{[^}]+\}\}/g, '')
        .match(/\b[a-z]{4,}\b/g)
        ?.filter((word) => !['ime', 'primer'].includes(word)) ?? [];
    const strings: string[] = [];
    const collect = (tree: Tree) => {
      for (const value of Object.values(tree))
        typeof value === 'string' ? strings.push(value) : collect(value);
    };
    collect(sr as Tree);
    expect(strings.flatMap(latinWords)).toEqual([]);
  });
});
