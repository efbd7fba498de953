import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cyrillicToLatin, foldForSearch, latinToCyrillic, matchesSearch } from './serbian-script.ts';

describe('Serbian script', () => {
  it.each([
    ['Ђорђе Љубић', 'Đorđe Ljubić'],
    ['ЉУБА', 'LJUBA'],
    ['Његош, Џајић', 'Njegoš, Džajić'],
  ])('cyrillicToLatin(%s) → %s', (cyrillic, latin) => {
    expect(cyrillicToLatin(cyrillic)).toBe(latin);
  });

  it('latinToCyrillic reads lj, nj and dž as one letter', () => {
    expect(latinToCyrillic('Njegoš, Džajić, Ljubljana')).toBe('Његош, Џајић, Љубљана');
  });

  it.each([
    ['Ђорђе', 'djordje'],
    ['Đorđe', 'djordje'],
    ['DJORDJE', 'djordje'],
    ['цена', 'cena'],
    ['Céna', 'cena'],
    ['Ünïcödé Straße', 'unicode strasse'],
  ])('foldForSearch(%s) → %s', (raw, folded) => {
    expect(foldForSearch(raw)).toBe(folded);
  });

  it('"цена" finds the keyword "cena", and the other way round', () => {
    expect(matchesSearch('cena', 'цена')).toBe(true);
    expect(matchesSearch('Цена је висока', 'cena')).toBe(true);
  });

  it('folding a folded text changes nothing (property)', () => {
    const unit = fc.constantFrom('a', 'Z', ' ', 'š', 'Ђ', 'љ', 'Џ', 'é', 'ß', 'đ', '1', 'İ');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit }), fc.string()), (raw) => {
        const once = foldForSearch(raw);
        expect(foldForSearch(once)).toBe(once);
      }),
    );
  });

  it('Serbian Latin words survive latin → cyrillic → latin (property)', () => {
    const letters = 'abcčćdđefghijklmnoprsštuvzž'.split('').concat(['lj', 'nj', 'dž']);
    const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 8 }).map((l) => l.join(''));
    fc.assert(
      fc.property(word, (w) => {
        // A bare "l"/"n"/"d" before "j"/"ž" is itself the digraph in Serbian spelling.
        const latin = cyrillicToLatin(latinToCyrillic(w));
        expect(latinToCyrillic(latin)).toBe(latinToCyrillic(w));
        expect(foldForSearch(latin)).toBe(foldForSearch(w));
      }),
    );
  });
});
