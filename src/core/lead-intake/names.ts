/** Whitespace other than a single plain space: what `cleanName` collapses. */
const needsCollapsing = /[^\S ]|\u200b| {2}/;

/**
 * A text cell trimmed with runs of whitespace (tabs, line breaks, no-break and zero-width spaces)
 * collapsed to one space. Letter case is kept: 'JOHN SMITH' may be a company's own spelling.
 *
 * @example
 * cleanName('  Petar \t Petrović\n') // 'Petar Petrović'
 */
export function cleanName(raw: string): string {
  // Most cells have only single plain spaces inside, which the replacement would keep as they are.
  return needsCollapsing.test(raw) ? raw.replace(/[\s\u200b\ufeff]+/g, ' ').trim() : raw.trim();
}

/** `cleanName`, with an empty result as null. */
export function cleanOptional(raw: string | undefined): string | null {
  const text = cleanName(raw ?? '');
  return text === '' ? null : text;
}

/** Lower-case words that belong to the surname that follows them: 'van Gogh', 'de la Cruz'. */
const surnameParticles = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'du',
  'la',
  'le',
  'st.',
  'bin',
  'al',
]);
const honorifics = /^(mr|mrs|ms|miss|mx|dr|prof)\.?$/i;
const suffixes = /^(jr|sr|ii|iii|iv|phd|md|esq)\.?$/i;

/**
 * A full name split into first and last name. 'Last, First' is understood; otherwise the last
 * word (with particles such as 'van', 'de') is the last name and the rest the first name.
 * A single word is a first name. Honorifics ('Mr.', 'Dr.') are dropped.
 *
 * @example
 * splitFullName('Petar Petrović') // { firstName: 'Petar', lastName: 'Petrović' }
 * splitFullName('Smith, John') // { firstName: 'John', lastName: 'Smith' }
 * splitFullName('Mary Ann van der Berg') // { firstName: 'Mary Ann', lastName: 'van der Berg' }
 */
export function splitFullName(raw: string): { firstName: string; lastName: string } {
  const text = cleanName(raw);
  const comma = text.split(',').map((part) => part.trim());
  if (comma.length === 2 && comma[0] && comma[1] && !suffixes.test(comma[1])) {
    return { firstName: comma[1], lastName: comma[0] };
  }
  const words = text
    .replace(/,/g, ' ')
    .split(' ')
    .filter((w) => w !== '');
  while (words.length > 1 && honorifics.test(words[0] ?? '')) words.shift();
  const suffix = words.length > 2 && suffixes.test(words.at(-1) ?? '') ? words.pop() : undefined;
  if (words.length <= 1) return { firstName: words[0] ?? '', lastName: suffix ?? '' };
  let start = words.length - 1;
  while (start > 1 && surnameParticles.has((words[start - 1] ?? '').toLowerCase())) start--;
  const lastName = [...words.slice(start), ...(suffix ? [suffix] : [])].join(' ');
  return { firstName: words.slice(0, start).join(' '), lastName };
}
