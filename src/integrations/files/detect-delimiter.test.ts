import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './detect-delimiter.ts';

describe('detectDelimiter', () => {
  it.each([
    ['comma', 'a,b,c\n1,2,3\n', ','],
    ['semicolon', 'a;b;c\n1;2;3\n', ';'],
    ['tab', 'a\tb\tc\n1\t2\t3\n', '\t'],
    ['pipe', 'a|b|c\n1|2|3\n', '|'],
    ['semicolon with commas inside addresses', 'Ime;Adresa\nPetar;Knez Mihailova 1, Beograd\n', ';'],
    ['comma with a semicolon in one value', 'name,notes\nAna,call after 5; not before\nBo,ok\n', ','],
    ['comma with delimiters inside quotes', 'name,notes\n"Smith; John","a;b;c"\n"Doe; Jane",x\n', ','],
    ['a quoted line break does not end the line', 'a;b\n"line 1\nline, 2";x\n1;2\n', ';'],
    ['CRLF line ends', 'a;b\r\n1;2\r\n', ';'],
    ['a header-only file', 'Ime;Prezime;Telefon', ';'],
    ['a one-row file where papaparse would guess comma', 'Name;Address\nAna;1 Main St, Springfield\n', ';'],
    [
      'a ragged later line: the delimiter matching the header on most lines wins',
      'a;b\n1;2\n3;4;5\n6;7\n',
      ';',
    ],
    ['a single column', 'phone\n2125550100\n', ','],
    ['empty text', '', ','],
  ])('%s → %j', (_title, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('looks at the first five lines only', () => {
    const text = `a;b\n${'1;2\n'.repeat(4)}${'x,y,z\n'.repeat(100)}`;
    expect(detectDelimiter(text)).toBe(';');
  });
});
