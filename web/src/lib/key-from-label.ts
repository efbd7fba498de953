import { foldForSearch } from '../../../src/core/shared/serbian-script.ts';

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
    foldForSearch(label)
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
