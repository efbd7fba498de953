import chardet from 'chardet';
import iconv from 'iconv-lite';

/**
 * Single-byte encodings a spreadsheet from our users' machines is likely to be in: Excel on
 * Windows saves "CSV" in the system code page (windows-1250 for Serbian Latin, 1251 for
 * Cyrillic, 1252 for Western Europe and the US); older Unix tools wrote ISO-8859-2. On a tie
 * the earlier one wins.
 */
const likelySingleByte = ['windows-1250', 'windows-1252', 'windows-1251', 'iso-8859-2'] as const;

const multiByte = new Set(['shift_jis', 'big5', 'euc-jp', 'euc-kr', 'gb18030']);

/** Letters common in our users' names and places; other letters count less, symbols not at all. */
const commonLetters = new Set('čćđšžČĆĐŠŽáàâäãåçéèêëíìîïñóòôöõúùûüýÿÁÀÂÄÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝß');

/**
 * The iconv-lite name of a file's encoding, from a sample of its first bytes.
 * 1. A byte-order mark decides (UTF-8, UTF-16LE/BE); 2. UTF-16 without one shows as every other
 * byte zero; 3. bytes that are valid UTF-8 are UTF-8 (plain ASCII included); 4. otherwise chardet's
 * guess competes with the code pages above by how plausible their decoded letters are, because on
 * short samples chardet often names a neighbour (windows-1257 for Serbian windows-1250). This
 * also settles ISO-8859-2 against windows-1250: only bytes that decode differently can favour
 * one (0x80–0x9F are control codes in ISO-8859-2); when none differ, chardet's pick stands.
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
  const candidates = [fromChardet(guess), ...likelySingleByte].filter(
    (name, i, all): name is string => name !== null && all.indexOf(name) === i,
  );
  let best = { name: 'windows-1252', score: Number.NEGATIVE_INFINITY };
  for (const name of candidates) {
    const score = plausibility(iconv.decode(sample, name));
    if (score > best.score) best = { name, score };
  }
  return best.name;
}

/** chardet's name as iconv-lite knows it; ISO-8859-1 becomes its superset windows-1252. */
function fromChardet(name: string): string | null {
  if (name === 'iso-8859-1' || name === 'ascii') return 'windows-1252';
  return name !== '' && iconv.encodingExists(name) && !name.startsWith('utf') ? name : null;
}

function plausibility(text: string): number {
  let score = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue;
    if (commonLetters.has(char) || /\p{Script=Cyrillic}/u.test(char)) score += 2;
    else if (/\p{L}/u.test(char)) score += 1;
    else if (/[\p{Cc}\uFFFD]/u.test(char)) score -= 5;
  }
  return score;
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

/** Text saved as UTF-16 without a BOM: mostly-ASCII text leaves every other byte zero. */
function utf16WithoutBom(sample: Buffer): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(sample.length, 4096) / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (sample[2 * i] === 0) evenZeros++;
    if (sample[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}
