import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanName, splitFullName } from './names.ts';

describe('cleanName', () => {
  it.each([
    ['trims and collapses spaces', '  Petar \t Petrović\n', 'Petar Petrović'],
    ['keeps capitals: JOHN SMITH stays as is', 'JOHN SMITH', 'JOHN SMITH'],
    ['keeps lower case', 'john smith', 'john smith'],
    ['turns no-break and zero-width spaces into one space', 'Ana\u00a0\u200bMarić', 'Ana Marić'],
    ['empty stays empty', '   ', ''],
  ])('%s', (_title, raw, name) => {
    expect(cleanName(raw)).toBe(name);
  });
});

describe('splitFullName', () => {
  it.each([
    ['first and last', 'Petar Petrović', 'Petar', 'Petrović'],
    ['Cyrillic', 'Милица Јовановић', 'Милица', 'Јовановић'],
    ['a single word is a first name', 'Madonna', 'Madonna', ''],
    ['"Last, First"', 'Smith, John', 'John', 'Smith'],
    ['a middle name stays with the first name', 'Mary Ann Smith', 'Mary Ann', 'Smith'],
    ['surname particles stay with the surname', 'Vincent van Gogh', 'Vincent', 'van Gogh'],
    ['capitalised particles too', 'Dick Van Dyke', 'Dick', 'Van Dyke'],
    ['several particles', 'Ana de la Cruz', 'Ana', 'de la Cruz'],
    ['an honorific is dropped', 'Dr. Jane Doe', 'Jane', 'Doe'],
    ['a suffix stays with the surname', 'John Smith Jr.', 'John', 'Smith Jr.'],
    ['a suffix after a comma stays too', 'John Smith, Jr.', 'John', 'Smith Jr.'],
    ['extra spaces', '  JOHN   SMITH ', 'JOHN', 'SMITH'],
    ['empty', '', '', ''],
  ])('%s: "%s"', (_title, raw, firstName, lastName) => {
    expect(splitFullName(raw)).toEqual({ firstName, lastName });
  });
});

describe('cleanName shortcut', () => {
  it('equals collapsing every whitespace run then trimming, on any text (property)', () => {
    const collapseThenTrim = (raw: string) => raw.replace(/[\s\u200b\ufeff]+/g, ' ').trim();
    const text = fc.string({
      unit: fc.constantFrom('a', 'B', ' ', '  ', '\t', '\n', '\u00a0', '\u200b', '\ufeff', 'ć'),
    });
    fc.assert(fc.property(fc.oneof(text, fc.string()), (raw) => cleanName(raw) === collapseThenTrim(raw)));
  });
});
