import chardet from 'chardet';
import iconv from 'iconv-lite';

/**
 * Single-byte encodings a spreadsheet from our users' machines is likely to be in, in the order
 * that wins a tie: Excel on Windows saves "CSV" in the system code page (windows-1250 for
 * Serbian and Croatian Latin, 1252 for Western Europe and the US, 1251 for Cyrillic); older Unix
 * tools wrote ISO-8859-2. Serbian letters mostly sit where 1250 and 1252 both have a letter
 * (č is è, ć is æ), so a Serbian sample can tie with 1252: 1250 comes first.
 */
const likelySingleByte = ['windows-1250', 'windows-1252', 'windows-1251', 'iso-8859-2'] as const;

const multiByte = new Set(['shift_jis', 'big5', 'euc-jp', 'euc-kr', 'gb18030']);

/** Letters common in our users' names and places; other letters count less, symbols not at all. */
const commonLetters = new Set('čćđšžČĆĐŠŽáàâäãåçéèêëíìîïñóòôöõøúùûüýÿÁÀÂÄÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕØÚÙÛÜÝß');

/**
 * The iconv-lite name of a file's encoding, from a sample of its first bytes.
 * 1. A byte-order mark decides (UTF-8, UTF-16LE/BE); 2. UTF-16 without one shows as NUL bytes in
 * one byte of each pair only; 3. bytes that are valid UTF-8 are UTF-8 (plain ASCII included);
 * 4. otherwise the likely code pages and chardet's guess compete by how plausible their decoded
 * words are, because on short samples chardet often names a neighbour (windows-1257 for Serbian
 * windows-1250, windows-1251 for "Müller"). This also settles ISO-8859-2 against windows-1250:
 * only bytes that decode differently can favour one (0x80–0x9F are control codes in ISO-8859-2);
 * when none differ, windows-1250 stands.
 *
 * @example
 * detectEncoding(iconv.encode('Ime;Grad\nĐorđević;Šabac\n', 'windows-1250')) // 'windows-1250'
 */
export function detectEncoding(sample: Buffer): string {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return utf16;
  if (isUtf8(sample)) return 'utf-8';
  const guess = chardet.detect(sample)?.toLowerCase() ?? '';
  if (multiByte.has(guess) && iconv.encodingExists(guess)) return guess;
  const candidates = [...likelySingleByte, fromChardet(guess)].filter(
    (name, i, all): name is string => name !== null && all.indexOf(name) === i,
  );
  let best = { name: 'windows-1250', score: Number.NEGATIVE_INFINITY };
  for (const name of candidates) {
    const score = plausibility(iconv.decode(sample, name));
    if (score > best.score) best = { name, score };
  }
  return best.name;
}

/**
 * The text of a file's first bytes in an encoding, for showing a user what the import will read
 * (the preview beside an encoding picker): a BOM is dropped, and so is a character cut off at the
 * end of the bytes.
 *
 * @example
 * decodePreview(iconv.encode('Ime;Grad\nĐorđe;Šabac', 'windows-1250'), 'windows-1250') // 'Ime;Grad\nĐorđe;Šabac'
 */
export function decodePreview(bytes: Buffer, encoding: string): string {
  // A decoder's write() holds back an incomplete last character, where decode() would show U+FFFD.
  return iconv.getDecoder(encoding, { stripBOM: true }).write(bytes);
}

/** chardet's name as iconv-lite knows it; ISO-8859-1 becomes its superset windows-1252. */
function fromChardet(name: string): string | null {
  if (name === 'iso-8859-1' || name === 'ascii') return 'windows-1252';
  return name !== '' && iconv.encodingExists(name) && !name.startsWith('utf') ? name : null;
}

const scripts = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u] as const;

/**
 * How much a decoded sample reads like names and places. Each non-ASCII letter scores, common
 * ones more; a word mixing scripts ("Mьller": Latin read as Cyrillic) and control characters
 * count against, as do U+FFFD (bytes the encoding does not define).
 */
function plausibility(text: string): number {
  let score = 0;
  for (const [word] of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    let special = 0;
    let common = 0;
    for (const char of word) {
      if (char.charCodeAt(0) < 0x80) continue;
      special++;
      if (commonLetters.has(char) || scripts[1].test(char)) common++;
    }
    // A lone letter ("50Ђ" for "50€" read as Cyrillic) says little either way.
    if (special === 0 || word.length === 1) continue;
    const mixed = scripts.filter((script) => script.test(word)).length > 1;
    score += mixed ? -2 * special : special + common;
  }
  return score - 5 * (text.match(/[\u0080-\u009f\ufffd]/gu)?.length ?? 0);
}

/** Strict UTF-8, allowing the sample to end in the middle of a character. */
function isUtf8(sample: Buffer): boolean {
  let end = sample.length;
  // Step back over a possibly cut multi-byte character (at most 3 continuation bytes).
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const byte = sample[end - i] ?? 0;
    if (byte >= 0xc0) {
      end -= i;
      break;
    }
    if (byte < 0x80) break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/**
 * Text saved as UTF-16 without a BOM. Text files have no NUL bytes, but UTF-16 has one in the
 * high byte of every ASCII character (delimiters, digits and line breaks at least), and never in
 * the low byte; Cyrillic text leaves fewer NULs than Latin, hence the low threshold. The high
 * bytes of text in one or two alphabets take few values (0x00 ASCII, 0x01 č/ć/đ, 0x04 Cyrillic,
 * 0x20 punctuation), where binary data takes many.
 */
function utf16WithoutBom(sample: Buffer): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(sample.length, 4096) / 2);
  if (pairs < 2) return null;
  const even = { zeros: 0, values: new Set<number>() };
  const odd = { zeros: 0, values: new Set<number>() };
  for (let i = 0; i < 2 * pairs; i++) {
    const byte = sample[i] ?? 0;
    const side = i % 2 === 0 ? even : odd;
    if (byte === 0) side.zeros++;
    side.values.add(byte);
  }
  const isHighByte = (high: typeof even, low: typeof even) =>
    high.zeros >= pairs * 0.05 && low.zeros <= pairs * 0.01 && high.values.size <= 8;
  if (isHighByte(odd, even)) return 'utf-16le';
  if (isHighByte(even, odd)) return 'utf-16be';
  return null;
}
