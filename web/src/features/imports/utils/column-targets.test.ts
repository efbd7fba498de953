import { describe, expect, it } from 'vitest';
import { customTargetFor, fileBaseName, mappingIssues, sampleValues } from './column-targets.ts';

describe('customTargetFor', () => {
  it.each([
    ['Napomena', 'firstName', 'custom:napomena'],
    ['Napomena (Šef)', undefined, 'custom:napomena_sef'],
    // A suffixed key from the server keeps two "Notes" columns apart.
    ['Notes!', 'custom:notes_2', 'custom:notes_2'],
  ])('%s (now %s) offers %s', (header, current, expected) => {
    expect(customTargetFor(header, current)).toBe(expected);
  });
});

describe('mappingIssues', () => {
  it('two columns on one field are named; ignore and custom fields may repeat', () => {
    const mapping = { A: 'email', B: 'email', C: 'ignore', D: 'ignore', E: 'phone' };
    expect(mappingIssues(mapping)).toEqual({ repeated: ['email'], noPhone: false });
  });

  it('a mapping with only a second phone column still has a phone', () => {
    expect(mappingIssues({ Mobile: 'phone2' }).noPhone).toBe(false);
  });

  it('a mapping with no phone column at all is flagged', () => {
    expect(mappingIssues({ Ime: 'firstName', Napomena: 'custom:napomena' })).toEqual({
      repeated: [],
      noPhone: true,
    });
  });
});

describe('sampleValues', () => {
  it('skips blanks and repeats, stops at the count', () => {
    const rows: Record<string, string>[] = [
      { Grad: ' ' },
      { Grad: 'Niš' },
      { Grad: 'Niš' },
      {},
      { Grad: 'Beograd' },
      { Grad: 'Novi Sad' },
    ];
    expect(
      sampleValues(
        rows.map((cells) => ({ cells })),
        'Grad',
      ),
    ).toEqual(['Niš', 'Beograd']);
  });
});

describe('fileBaseName', () => {
  it.each([
    ['leads.csv', 'leads'],
    ['leads-2026.final.xlsx', 'leads-2026.final'],
    ['.hidden', '.hidden'],
    ['no-extension', 'no-extension'],
  ])('%s → %s', (fileName, expected) => {
    expect(fileBaseName(fileName)).toBe(expected);
  });
});
