/**
 * Serbian is written in two alphabets that map letter for letter: Cyrillic (ћирилица) and Latin
 * (latinica). This is the one table between them; every search, key and header match that must
 * treat "цена" and "cena" alike goes through it.
 */
const cyrillicLetters: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
};

const latinLetters: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(cyrillicLetters).map(([cyrillic, latin]) => [latin, cyrillic]),
);

const isUpper = (char: string | undefined): boolean =>
  char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();

/** A lower-case letter in the case of `model`; a digraph in capitals only inside a capital word. */
function inCaseOf(model: string, letter: string, next: string | undefined): string {
  if (!isUpper(model)) return letter;
  return letter.length > 1 && !isUpper(next)
    ? `${letter[0]?.toUpperCase()}${letter.slice(1)}`
    : letter.toUpperCase();
}

/**
 * Serbian Cyrillic in Latin script, keeping case; other characters pass through.
 *
 * @example
 * cyrillicToLatin('Ђорђе Љубић') // 'Đorđe Ljubić'
 * cyrillicToLatin('ЉУБА') // 'LJUBA'
 */
export function cyrillicToLatin(text: string): string {
  const chars = [...text];
  return chars
    .map((char, i) => {
      const latin = cyrillicLetters[char.toLowerCase()];
      return latin === undefined ? char : inCaseOf(char, latin, chars[i + 1]);
    })
    .join('');
}

/**
 * Serbian Latin in Cyrillic script, keeping case: the digraphs lj, nj and dž are one letter each
 * (љ, њ, џ); other characters pass through. A "dj" written for đ stays д + ј: only the fold below
 * reads it as đ.
 *
 * @example
 * latinToCyrillic('Njegoš, Džajić, Ljubljana') // 'Његош, Џајић, Љубљана'
 */
export function latinToCyrillic(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    const pair = `${char}${chars[i + 1] ?? ''}`.toLowerCase();
    const digraph = latinLetters[pair];
    if (pair.length === 2 && digraph !== undefined) {
      out += isUpper(char) ? digraph.toUpperCase() : digraph;
      i++;
      continue;
    }
    const letter = latinLetters[char.toLowerCase()];
    out += letter === undefined ? char : isUpper(char) ? letter.toUpperCase() : letter;
  }
  return out;
}

const plainAscii = /^[ -~]*$/;

/**
 * Text as a search compares it: lower case, Serbian Cyrillic in Latin, no diacritics, and đ spelled
 * 'dj' as Latin without diacritics writes it. "Ђорђе", "Đorđe", "DJORDJE" and "djordje" all fold to
 * 'djordje'; "цена" and "Céna" to 'cena'. Folding a folded text changes nothing.
 *
 * @example
 * foldForSearch('Ђорђе Петровић') // 'djordje petrovic'
 * foldForSearch('Šećer') // 'secer'
 */
export function foldForSearch(text: string): string {
  // Printable ASCII has nothing to transliterate or decompose: only the case changes.
  if (plainAscii.test(text)) return text.toLowerCase();
  return cyrillicToLatin(text.toLowerCase())
    .replaceAll('đ', 'dj')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replaceAll('ß', 'ss')
    .normalize('NFC');
}

/**
 * Whether a text contains what was typed, in either alphabet, any case, with or without diacritics.
 *
 * @example
 * matchesSearch('Cena je previsoka', 'цена') // true
 */
export function matchesSearch(text: string, query: string): boolean {
  return foldForSearch(text).includes(foldForSearch(query));
}
