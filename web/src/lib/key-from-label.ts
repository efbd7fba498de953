// Serbian Cyrillic letters in the Latin spelling Serbian uses; diacritics are dropped afterwards.
const cyrillic: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'dj',
  е: 'e',
  ж: 'z',
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
  ћ: 'c',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'c',
  џ: 'dz',
  ш: 's',
};

/**
 * A stable machine key for a label, as outcome keys, question ids and option values need:
 * lower-case letters, digits and `_`, at most `maxLength`, unique among `taken` (a `_2`, `_3`…
 * suffix otherwise). Serbian in either script gives readable keys; a label with no letter or
 * digit gives `fallback`.
 *
 * @example
 * keyFromLabel('Not interested — price', ['not_interested_price']) // 'not_interested_price_2'
 * keyFromLabel('Није заинтересован') // 'nije_zainteresovan'
 */
export function keyFromLabel(
  label: string,
  taken: Iterable<string> = [],
  { fallback = 'item', maxLength = 40 }: { fallback?: string; maxLength?: number } = {},
): string {
  const base =
    [...label.toLowerCase()]
      .map((letter) => cyrillic[letter] ?? (letter === 'đ' ? 'dj' : letter))
      .join('')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, maxLength)
      .replace(/_+$/, '') || fallback;
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${base.slice(0, maxLength - suffix.length).replace(/_+$/, '')}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
